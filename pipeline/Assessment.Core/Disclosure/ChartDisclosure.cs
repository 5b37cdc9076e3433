using System.Text.Json.Nodes;
using Assessment.Core.Charts;
using Assessment.Core.Reporting;

namespace Assessment.Core.Disclosure;

/// <summary>
/// Small-count suppression for a chart: every string in the spec has its count marks resolved (titles, axis
/// labels, map labels and tooltips), and every count field (<see cref="ChartCounts"/>) in inline data, GeoJSON
/// feature properties included, with a value from 1 to threshold − 1 becomes null, which Vega-Lite draws as a gap.
/// </summary>
/// <remarks>
/// Charts of counts here show each value on its own (a point, a bar, an area of a map), with no total drawn beside
/// them, so a gap cannot be filled in from the rest; a chart that stacks counts to a total it also prints would need
/// its total withheld too, and none does. The figure's caption says what was withheld.
/// </remarks>
public static class ChartDisclosure
{
    /// <summary>A copy of <paramref name="spec"/> as <paramref name="policy"/> allows it to be shown.</summary>
    /// <param name="spec">The Vega-Lite spec (not changed).</param>
    /// <param name="policy">The edition.</param>
    /// <param name="suppressed">Set to true when a value or label was withheld.</param>
    public static JsonObject Apply(JsonObject spec, DisclosurePolicy policy, ref bool suppressed)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(policy);
        var copy = (JsonObject)spec.DeepClone();
        var counts = ChartCounts.Declared(copy);
        var withheld = false;
        Visit(copy, counts, policy, dataRow: false, ref withheld);
        suppressed |= withheld;
        return copy;
    }

    // A value built from any CLR number type (int, long, double) or parsed from text.
    private static double? Number(JsonValue value) =>
        value.GetValueKind() == System.Text.Json.JsonValueKind.Number
            ? double.Parse(value.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture)
            : null;

    // Only data rows (elements of a "values" array) and GeoJSON "properties" hold data; a "value" elsewhere is an encoding constant.
    private static void Visit(JsonNode? node, IReadOnlySet<string> counts, DisclosurePolicy policy, bool dataRow, ref bool withheld)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    if (value is JsonValue leaf && leaf.TryGetValue<string>(out var text))
                    {
                        if (CountMarkers.HasMarks(text)) obj[key] = CountMarkers.Resolve(text, policy.ResolveThreshold, keepShownMarks: false, ref withheld);
                    }
                    else if (value is JsonValue number && dataRow && policy.Suppresses && (counts.Contains(key) || ChartCounts.IsCountName(key))
                        && Number(number) is { } n && policy.IsSmall(n))
                    {
                        obj[key] = null;
                        withheld = true;
                    }
                    else
                    {
                        Visit(value, counts, policy, key == "properties", ref withheld);
                    }
                }

                break;
            case JsonArray array:
                var rows = array.Parent is JsonObject parent && parent.TryGetPropertyValue("values", out var values) && ReferenceEquals(values, array)
                    || array.Parent is JsonObject { } features && features.TryGetPropertyValue("features", out var list) && ReferenceEquals(list, array);
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonValue leaf && leaf.TryGetValue<string>(out var text) && CountMarkers.HasMarks(text))
                        array[i] = CountMarkers.Resolve(text, policy.ResolveThreshold, keepShownMarks: false, ref withheld);
                    else Visit(array[i], counts, policy, rows, ref withheld);
                }

                break;
        }
    }
}
