using System.Text.Json.Nodes;

namespace Assessment.Core.Tests.Charts;

/// <summary>Reads the reference files written by Fixtures/Charts/make_fixtures.py.</summary>
internal static class ChartFixtures
{
    public static JsonObject Load(string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Charts", name)))!.AsObject();

    public static double[] Doubles(JsonNode? array) => array!.AsArray().Select(v => v!.GetValue<double>()).ToArray();
}
