using System.Globalization;
using System.Text.Json;

namespace Assessment.Core.Tests.Statistics;

/// <summary>
/// Reads the JSON reference values written by Fixtures/statistics/make_fixtures.py (scipy/numpy).
/// Non-finite numbers are stored as the strings "NaN", "Infinity" and "-Infinity".
/// </summary>
internal static class StatisticsFixture
{
    private static readonly Dictionary<string, JsonElement> Cache = [];
    private static readonly Lock Gate = new();

    public static JsonElement Load(string fileName)
    {
        lock (Gate)
        {
            if (Cache.TryGetValue(fileName, out var cached)) return cached;
            var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "statistics", fileName);
            var root = JsonDocument.Parse(File.ReadAllText(path)).RootElement.Clone();
            Cache[fileName] = root;
            return root;
        }
    }

    /// <summary>The elements of an array property of a fixture file.</summary>
    public static IReadOnlyList<JsonElement> Cases(string fileName, string property) =>
        [.. Load(fileName).GetProperty(property).EnumerateArray()];

    /// <summary>The case whose "name" or "note" property equals <paramref name="name"/>.</summary>
    public static JsonElement Case(string fileName, string property, string name) =>
        Cases(fileName, property).Single(c => Label(c) == name);

    /// <summary>Case names as xunit theory data, so each case reports separately.</summary>
    public static TheoryData<string> Names(string fileName, string property) => [.. Cases(fileName, property).Select(Label)];

    public static double Number(this JsonElement element) => element.ValueKind == JsonValueKind.String
        ? double.Parse(element.GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture)
        : element.GetDouble();

    public static double Number(this JsonElement element, string property) => element.GetProperty(property).Number();

    public static long Integer(this JsonElement element, string property) => element.GetProperty(property).GetInt64();

    public static double[] Numbers(this JsonElement element, string property) =>
        [.. element.GetProperty(property).EnumerateArray().Select(Number)];

    private static string Label(JsonElement c) =>
        c.TryGetProperty("name", out var name) ? name.GetString()! : c.GetProperty("note").GetString()!;
}
