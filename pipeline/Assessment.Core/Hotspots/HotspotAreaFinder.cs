using Assessment.Core.Clustering;
using Assessment.Core.Spatial;
using Assessment.Core.Trends;

namespace Assessment.Core.Hotspots;

/// <summary>Joins touching hot spot cells (edge or corner) into areas and describes each one.</summary>
internal static class HotspotAreaFinder
{
    public static IReadOnlyList<HotspotArea> Find(
        GiStarResult current,
        PeriodEvents events,
        IReadOnlyList<SnapPlace> places,
        WardLocator? wards,
        double significanceLevel,
        int topCount,
        IReadOnlyList<CellClassification>? classification,
        GiStarChange? change)
    {
        var grid = current.Grid;
        var hot = current.Cells.Where(c => c.IsHot(significanceLevel)).Select(c => c.CellIndex).ToHashSet();
        var seen = new HashSet<int>();
        var components = new List<List<int>>();
        foreach (var start in hot.Order())
        {
            if (!seen.Add(start)) continue;
            var component = new List<int>();
            var stack = new Stack<int>([start]);
            while (stack.Count > 0)
            {
                var i = stack.Pop();
                component.Add(i);
                var cell = grid.Cells[i];
                for (var dr = -1; dr <= 1; dr++)
                    for (var dc = -1; dc <= 1; dc++)
                    {
                        var j = grid.IndexAt(cell.Column + dc, cell.Row + dr);
                        if (j >= 0 && hot.Contains(j) && seen.Add(j)) stack.Push(j);
                    }
            }
            component.Sort();
            components.Add(component);
        }

        var total = events.Total;
        var described = components.Select(cells => Describe(cells, current, events, places, wards, topCount, classification, change, total))
            .OrderByDescending(a => a.Events).ThenBy(a => a.CellIndexes[0])
            .ToArray();
        return described.Select((a, i) => a with { Rank = i + 1 }).ToArray();
    }

    private static HotspotArea Describe(
        List<int> cells, GiStarResult current, PeriodEvents events, IReadOnlyList<SnapPlace> places, WardLocator? wards, int topCount,
        IReadOnlyList<CellClassification>? classification, GiStarChange? change, double total)
    {
        var cellSet = cells.ToHashSet();
        var members = Enumerable.Range(0, events.TaggedPoints.Length).Where(i => cellSet.Contains(places[events.PlaceOfTagged[i]].CellIndex)).ToArray();
        var tagged = members.Select(i => events.TaggedPoints[i]).ToArray();
        // One "cluster" holding every event of the area: the summariser gives the weighted centre and the top tags.
        var summary = tagged.Length > 0
            ? ClusterSummariser.Summarise(tagged, new int[tagged.Length], null, new ClusterSummaryOptions { TopCount = topCount })[0]
            : null;
        var centre = summary?.Centroid ?? new GridCoordinate(
            cells.Average(c => current.Grid.Cells[c].Centre.Easting), cells.Average(c => current.Grid.Cells[c].Centre.Northing));
        var centreLonLat = BritishNationalGrid.ToLonLat(centre);
        var ward = wards?.Locate(centreLonLat.Longitude, centreLonLat.Latitude) ?? WardWithMostEvents(members.Select(i => (places[events.PlaceOfTagged[i]].Ward, events.TaggedPoints[i].Weight)));
        var eventsHere = summary?.EventCount ?? 0;
        var byPlace = members.GroupBy(i => events.PlaceOfTagged[i]).Select(g =>
        {
            var place = places[g.Key];
            var location = g.GroupBy(i => events.TaggedPoints[i].Location, StringComparer.Ordinal)
                .OrderByDescending(l => l.Sum(i => events.TaggedPoints[i].Weight)).ThenBy(l => l.Key, StringComparer.Ordinal).First().Key;
            return (Count: new PlaceCount(location, place.Ward?.Name, g.Sum(i => events.TaggedPoints[i].Weight), place.LonLat), place.Ward);
        }).ToArray();
        var topPlaces = byPlace.Select(p => p.Count).OrderByDescending(p => p.Events).ThenBy(p => p.Location, StringComparer.Ordinal).Take(topCount).ToArray();
        var areaWards = byPlace.Where(p => p.Ward is not null).GroupBy(p => p.Ward!)
            .Select(g => new WardCount(g.Key.Code, g.Key.Name, g.Sum(p => p.Count.Events)))
            .OrderByDescending(w => w.Events).ThenBy(w => w.Code, StringComparer.Ordinal).ToArray();
        var byCategory = classification is null
            ? new Dictionary<HotspotCategory, int>()
            : cells.GroupBy(c => classification[c].Category).ToDictionary(g => g.Key, g => g.Count());

        return new HotspotArea(
            0, cells, eventsHere, total > 0 ? eventsHere / total : 0, centre, centreLonLat, ward?.Name, areaWards, topPlaces,
            summary?.TopLocations ?? [], summary?.TopCrimeTypes ?? [],
            cells.Max(c => current.Cells[c].Band), byCategory,
            change?.Cells.Count(c => cellSet.Contains(c.CellIndex) && c.Change is HotspotChange.ContinuingHotspot or HotspotChange.CeasedHotspot),
            change is null ? null : cells.Sum(c => change.Comparison.Cells[c].Value),
            change is null ? null : cells.Sum(c => change.Current.Cells[c].Value));
    }

    /// <summary>The ward with the most events among (ward, events) pairs; null when none has a ward. Ties go to the smallest code (ordinal).</summary>
    internal static Ward? WardWithMostEvents(IEnumerable<(Ward? Ward, double Events)> events) => events
        .Where(e => e.Ward is not null)
        .GroupBy(e => e.Ward!)
        .OrderByDescending(g => g.Sum(e => e.Events)).ThenBy(g => g.Key.Code, StringComparer.Ordinal)
        .Select(g => g.Key).FirstOrDefault();
}
