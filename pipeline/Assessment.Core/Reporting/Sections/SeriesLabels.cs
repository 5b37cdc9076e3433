using Assessment.Core.Trends;

namespace Assessment.Core.Reporting.Sections;

/// <summary>Display labels for the rows of one report table or chart, told apart when two series share a label.</summary>
public static class SeriesLabels
{
    /// <summary>
    /// Each key's label, with its key in brackets when another series of the same level in <paramref name="keys"/> has
    /// the same label (ignoring case): two wards called "Town" become "Town (E05000001)" and "Town (E05000002)".
    /// </summary>
    public static Func<SeriesKey, string> Distinct(IEnumerable<SeriesKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var shared = keys.Distinct().GroupBy(k => (k.Level, Label: k.Label.ToUpperInvariant())).Where(g => g.Count() > 1)
            .SelectMany(g => g).ToHashSet();
        return key => shared.Contains(key) ? $"{key.Label} ({key.Key})" : key.Label;
    }
}
