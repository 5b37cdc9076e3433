using System.Text.Json;
using Assessment.Core.Model;
using Assessment.Core.Results;
using Assessment.Files.Configuration;
using Assessment.Files.Output;

namespace Assessment.Files.Results;

/// <summary>
/// <c>&lt;out&gt;/assessment.json</c>: writes a run's <see cref="AssessmentResultsDocument"/>, and reads last year's back as
/// the previous assessment, refusing one that cannot be compared rather than comparing it silently.
/// </summary>
public static class AssessmentResultsFile
{
    /// <summary>The file's name in the output folder.</summary>
    public const string FileName = "assessment.json";

    /// <summary>Writes <paramref name="document"/> to <c>&lt;folder&gt;/assessment.json</c> atomically and returns the path.</summary>
    /// <exception cref="IOException">The folder cannot be written.</exception>
    public static string Write(string folder, AssessmentResultsDocument document)
    {
        var path = Path.Combine(folder, FileName);
        AtomicFile.WriteAllText(path, AssessmentResultsJson.Serialize(document));
        return path;
    }

    /// <summary>Reads the document at <paramref name="path"/> without checking what it is of.</summary>
    /// <exception cref="ConfigurationException">The file is missing, is not JSON (line and column named), has a
    /// <c>schema_version</c> this build does not read, or lacks a field the schema requires; the message names the file.</exception>
    public static AssessmentResultsDocument Read(string path)
    {
        if (!File.Exists(path))
            throw new ConfigurationException($"The previous assessment {path} was not found: give the assessment.json written by last year's run (previous: in the configuration, or --previous).");
        var text = File.ReadAllText(path);
        try
        {
            var version = AssessmentResultsJson.SchemaVersionOf(text);
            if (!AssessmentResultsJson.IsSupported(version))
                throw new ConfigurationException($"{path}: schema_version is {(version is null ? "missing" : $"\"{version}\"")}; this version of assessment reads " +
                    $"{string.Join(" and ", AssessmentResultsJson.SupportedMajorVersions.Select(m => $"{m}.x"))} (it writes {AssessmentResultsDocument.CurrentSchemaVersion}).");
            return AssessmentResultsJson.Deserialize(text);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $", line {line + 1}, column {(ex.BytePositionInLine ?? 0) + 1}" : "";
            throw new ConfigurationException($"{path}{where}: not a valid assessment.json: {ex.Message}", ex);
        }
    }

    /// <summary>
    /// Reads the previous assessment at <paramref name="path"/> and checks that it is of the same partnership and area,
    /// drawn the same way, and of a period that ends before <paramref name="current"/> ends.
    /// </summary>
    /// <exception cref="ConfigurationException">As <see cref="Read"/>; or the document is of another partnership, area or
    /// area definition, or of a period that is not earlier; the message names the file and both values.</exception>
    public static AssessmentResultsDocument ReadPrevious(string path, string partnership, string areaName, AreaDefinitionResult definition, MonthRange current)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var previous = Read(path);
        var run = previous.Run;
        if (!Same(run.Partnership, partnership) || !Same(run.AreaName, areaName))
            throw new ConfigurationException($"{path} is the assessment of {run.AreaName} ({run.Partnership}), not of {areaName} ({partnership}): " +
                "a previous assessment of another area is not compared. Give this area's own assessment.json from last year.");
        if (run.AreaDefinition.Kind != definition.Kind || !run.AreaDefinition.Values.SequenceEqual(definition.Values, StringComparer.Ordinal))
            throw new ConfigurationException($"{path} drew {areaName} as {Describe(run.AreaDefinition)}, and this run draws it as {Describe(definition)}: " +
                "the two would count different places, so they are not compared.");
        var before = run.CurrentPeriod.ToRange();
        if (before.Last >= current.Last)
            throw new ConfigurationException($"{path} assesses {before.ToLongString()}, which does not end before this assessment's period ({current.ToLongString()}): " +
                "the previous assessment must be of an earlier period.");
        return previous;
    }

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    private static string Describe(AreaDefinitionResult definition) =>
        $"{definition.Kind} {string.Join(", ", definition.Values.Take(5).Select(v => $"\"{v}\""))}{(definition.Values.Count > 5 ? $" and {definition.Values.Count - 5} more" : "")}";
}
