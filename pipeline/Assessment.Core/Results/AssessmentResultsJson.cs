using System.Text.Json;
using System.Text.Json.Serialization;

namespace Assessment.Core.Results;

/// <summary>
/// Writes and reads <see cref="AssessmentResultsDocument"/> as JSON: snake_case names, every field written (nulls
/// included, so the shape never depends on the data), indented, invariant numbers (System.Text.Json never uses the
/// culture). Reading requires every field of the record's constructor, so a document missing one is refused.
/// </summary>
public static class AssessmentResultsJson
{
    /// <summary>The major versions this build reads (see <see cref="AssessmentResultsDocument.CurrentSchemaVersion"/>).</summary>
    public static IReadOnlyList<int> SupportedMajorVersions { get; } = [1];

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
        NumberHandling = JsonNumberHandling.Strict,
    };

    /// <summary>The document as indented JSON text, ending in a newline.</summary>
    public static string Serialize(AssessmentResultsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return JsonSerializer.Serialize(document, Options) + "\n";
    }

    /// <summary>The document in <paramref name="json"/>.</summary>
    /// <exception cref="JsonException">The text is not JSON, or lacks a required field, or a field has the wrong type
    /// (<see cref="JsonException.LineNumber"/> and <see cref="JsonException.BytePositionInLine"/> say where, from 0).</exception>
    public static AssessmentResultsDocument Deserialize(string json) =>
        JsonSerializer.Deserialize<AssessmentResultsDocument>(json, Options) ?? throw new JsonException("The document is null.");

    /// <summary>
    /// The <c>schema_version</c> of <paramref name="json"/> before anything else is read, so that a document of another
    /// major version is refused for its version rather than for the first field it lacks; null when there is none.
    /// </summary>
    /// <exception cref="JsonException">The text is not JSON.</exception>
    public static string? SchemaVersionOf(string json)
    {
        using var parsed = JsonDocument.Parse(json);
        return parsed.RootElement.ValueKind == JsonValueKind.Object
            && parsed.RootElement.TryGetProperty("schema_version", out var version)
            && version.ValueKind == JsonValueKind.String ? version.GetString() : null;
    }

    /// <summary>True when <paramref name="version"/> is "major.minor" with a major this build reads.</summary>
    public static bool IsSupported(string? version)
    {
        if (version is null) return false;
        var dot = version.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 && int.TryParse(version.AsSpan(0, dot), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var major)
            && int.TryParse(version.AsSpan(dot + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _)
            && SupportedMajorVersions.Contains(major);
    }
}
