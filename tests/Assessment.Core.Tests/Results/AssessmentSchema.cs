using System.Text.Json;
using Json.Schema;

namespace Assessment.Tests.Shared;

/// <summary>The repository's <c>docs/assessment.schema.json</c> (JSON Schema 2020-12), loaded once, and a validation that lists every failure.</summary>
internal static class AssessmentSchema
{
    public static string Path => System.IO.Path.Combine(RepositoryPaths.Root, "docs", "assessment.schema.json");

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromFile(Path));

    /// <summary>Every failure of <paramref name="json"/> against the schema ("instance location: message"); empty when valid.</summary>
    public static IReadOnlyList<string> Errors(string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid) return [];
        var errors = (result.Details ?? []).Append(result)
            .SelectMany(d => (d.Errors ?? new Dictionary<string, string>()).Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
            .Distinct(StringComparer.Ordinal).ToList();
        return errors.Count > 0 ? errors : ["invalid, with no message"];
    }
}
