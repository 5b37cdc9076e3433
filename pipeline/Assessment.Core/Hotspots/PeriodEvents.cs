using Assessment.Core.Spatial;

namespace Assessment.Core.Hotspots;

/// <summary>
/// One group's events in one period, in the two shapes the algorithms want: one weighted point per snap point (for
/// clustering, Gi* and Clark–Evans) and one tagged point per snap point, crime type and location text (for summaries).
/// </summary>
internal sealed class PeriodEvents
{
    private PeriodEvents(double[] byPlace, EventPoint[] placePoints, int[] placeOfPoint, EventPoint[] taggedPoints, int[] placeOfTagged)
    {
        ByPlace = byPlace;
        PlacePoints = placePoints;
        PlaceOfPoint = placeOfPoint;
        TaggedPoints = taggedPoints;
        PlaceOfTagged = placeOfTagged;
        Total = placePoints.Sum(p => p.Weight);
    }

    /// <summary>Events per place, indexed like the places.</summary>
    public double[] ByPlace { get; }

    /// <summary>One point per place with events, weight = events, in place order.</summary>
    public EventPoint[] PlacePoints { get; }

    /// <summary>Place index of each of <see cref="PlacePoints"/>.</summary>
    public int[] PlaceOfPoint { get; }

    /// <summary>One point per place, crime type and location text, tagged with both.</summary>
    public EventPoint[] TaggedPoints { get; }

    /// <summary>Place index of each of <see cref="TaggedPoints"/>.</summary>
    public int[] PlaceOfTagged { get; }

    /// <summary>All events.</summary>
    public double Total { get; }

    public static PeriodEvents Collect(IReadOnlyList<SnapPlace> places, IReadOnlyList<PlacedRecord> records, AnalysisGroup group, HotspotPeriod period)
    {
        var byPlace = new double[places.Count];
        var tagged = new Dictionary<(int Place, string Type, string? Location), double>();
        foreach (var r in records)
        {
            if (!period.Contains(r.Month) || !group.Includes(r.CrimeType)) continue;
            byPlace[r.Place] += r.Count;
            var key = (r.Place, r.CrimeType, r.Location);
            tagged[key] = tagged.GetValueOrDefault(key) + r.Count;
        }

        var placeOfPoint = Enumerable.Range(0, places.Count).Where(i => byPlace[i] > 0).ToArray();
        var points = placeOfPoint.Select(i => new EventPoint(places[i].Grid.Easting, places[i].Grid.Northing, byPlace[i])).ToArray();
        // Ordinal order keeps summaries (which break ties by order) the same from run to run.
        var taggedKeys = tagged.Keys.OrderBy(k => k.Place).ThenBy(k => k.Type, StringComparer.Ordinal).ThenBy(k => k.Location, StringComparer.Ordinal).ToArray();
        var taggedPoints = taggedKeys.Select(k => new EventPoint(places[k.Place].Grid.Easting, places[k.Place].Grid.Northing, tagged[k], k.Type, k.Location)).ToArray();
        return new PeriodEvents(byPlace, points, placeOfPoint, taggedPoints, taggedKeys.Select(k => k.Place).ToArray());
    }
}
