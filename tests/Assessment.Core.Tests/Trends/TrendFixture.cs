using System.Globalization;
using System.Text.Json;

namespace Assessment.Core.Tests.Trends;

/// <summary>
/// Reads the JSON written by Fixtures/trends/make_fixtures.py (scipy, numpy, matplotlib). Non-finite numbers are the
/// strings "NaN", "Infinity" and "-Infinity".
/// </summary>
internal static class TrendFixture
{
    public static JsonElement Load(string fileName) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "trends", fileName))).RootElement.Clone();

    public static double Number(this JsonElement element, string property)
    {
        var value = element.GetProperty(property);
        return value.ValueKind == JsonValueKind.String
            ? double.Parse(value.GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture)
            : value.GetDouble();
    }

    public static string Text(this JsonElement element, string property) => element.GetProperty(property).GetString()!;

    public static IReadOnlyList<string> Texts(this JsonElement element, string property) =>
        [.. element.GetProperty(property).EnumerateArray().Select(e => e.GetString()!)];
}
