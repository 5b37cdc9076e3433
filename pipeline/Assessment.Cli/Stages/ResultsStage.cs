using Assessment.Core.Configuration;
using Assessment.Core.Results;
using Assessment.Files.Configuration;
using Assessment.Files.Results;
using Spectre.Console;

namespace Assessment.Cli.Stages;

/// <summary>
/// The results file: reads the previous assessment (<c>previous:</c> or <c>--previous</c>) before anything is loaded,
/// so that a wrong file stops the run at once, and writes this run's <c>assessment.json</c>.
/// </summary>
internal static class ResultsStage
{
    /// <summary>The previous assessment, checked to be of this area and an earlier period; null when none is configured.</summary>
    /// <exception cref="ConfigurationException">The file is missing, not JSON, of an unsupported schema version, of
    /// another area or partnership, or not of an earlier period (file named).</exception>
    public static AssessmentResultsDocument? ReadPrevious(IAnsiConsole console, AssessmentSettings settings)
    {
        if (settings.PreviousAssessmentPath is not { } path) return null;
        var previous = AssessmentResultsFile.ReadPrevious(path, settings.Partnership, settings.Area.Name, Definition(settings.Area), settings.Period.Current);
        console.MarkupLine($"Previous assessment: [bold]{Markup.Escape(previous.Run.CurrentPeriod.ToRange().ToLongString())}[/] ({Markup.Escape(path)}).");
        return previous;
    }

    /// <summary>How <paramref name="area"/> is drawn, as assessment.json records it: the prefixes, the LSOA codes sorted, or the boundary file's name.</summary>
    public static AreaDefinitionResult Definition(AreaSettings area) => area.Kind switch
    {
        AreaKind.LsoaNamePrefix => new("lsoa_name_prefix", [.. area.LsoaNamePrefixes!]),
        AreaKind.LsoaCodes => new("lsoa_codes", [.. area.LsoaCodes!.Order(StringComparer.Ordinal)]),
        _ => new("boundary", [Path.GetFileName(area.BoundaryPath!)]),
    };

    /// <summary>Writes <paramref name="document"/> as <c>&lt;out&gt;/assessment.json</c> and returns its path.</summary>
    public static string Write(AssessmentSettings settings, AssessmentResultsDocument document) =>
        AssessmentResultsFile.Write(settings.OutputDirectory, document);
}
