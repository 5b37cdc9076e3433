using System.Text.Json;
using Assessment.Core.Spatial;

namespace Assessment.Core.Tests.Spatial;

/// <summary>Reads the reference files written by Fixtures/spatial/make_fixtures.py.</summary>
internal static class SpatialFixture
{
    private static readonly Dictionary<string, JsonElement> Cache = [];

    public static JsonElement Load(string name)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(name, out var root))
            {
                var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "spatial", name);
                root = JsonDocument.Parse(File.ReadAllText(path)).RootElement.Clone();
                Cache[name] = root;
            }
            return root;
        }
    }

    public static JsonElement Case(string file, string name) =>
        Load(file).GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("name").GetString() == name);

    /// <summary>Points stored as [easting, northing, weight] triples.</summary>
    public static EventPoint[] Points(JsonElement array) =>
        array.EnumerateArray().Select(p => new EventPoint(p[0].GetDouble(), p[1].GetDouble(), p[2].GetDouble())).ToArray();

    public static double[] Doubles(JsonElement array) => array.EnumerateArray().Select(e => e.GetDouble()).ToArray();

    public static int[] Ints(JsonElement array) => array.EnumerateArray().Select(e => e.GetInt32()).ToArray();

    public static bool[] Bools(JsonElement array) => array.EnumerateArray().Select(e => e.GetBoolean()).ToArray();
}
