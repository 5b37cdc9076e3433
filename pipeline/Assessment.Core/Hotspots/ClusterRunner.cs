using Assessment.Core.Clustering;
using Assessment.Core.Spatial;
using Assessment.Core.Trends;

namespace Assessment.Core.Hotspots;

/// <summary>
/// Runs DBSCAN and k-means on one group's snap points (one point per snap point, weight = events there) and describes
/// the clusters with the tagged points. The change column counts events inside each cluster's hull in the two matched
/// windows, so both sides cover the same months and the same footprint.
/// </summary>
internal static class ClusterRunner
{
    public static ClusterFindings NoEvents(ClusterMethod method) => ClusterFindings.NotRun(method, new ClusterGap(ClusterGapKind.NoEvents));

    public static ClusterFindings Dbscan(ClusterInputs inputs, HotspotOptions options)
    {
        var current = inputs.Current;
        if (current.Total <= 0) return NoEvents(ClusterMethod.Dbscan);
        if (TooFewPlaces(ClusterMethod.Dbscan, current, options) is { } few) return few;
        var minPoints = options.DbscanMinPointsFor(current.Total);
        var model = DbscanEstimator.Fit(current.PlacePoints, options.DbscanEpsilonMetres, minPoints);
        var clusters = Describe(ClusterMethod.Dbscan, model.Labels, inputs, options);
        return new ClusterFindings(ClusterMethod.Dbscan, clusters, current.Total - clusters.Sum(c => c.Summary.EventCount), null) { DbscanMinPoints = minPoints };
    }

    public static ClusterFindings KMeans(ClusterInputs inputs, HotspotOptions options)
    {
        var current = inputs.Current;
        if (current.Total <= 0) return NoEvents(ClusterMethod.KMeans);
        if (TooFewPlaces(ClusterMethod.KMeans, current, options) is { } few) return few;
        var places = current.PlacePoints.Length;
        if (places < options.KMeansMinK + 1)
            return ClusterFindings.NotRun(ClusterMethod.KMeans, new ClusterGap(ClusterGapKind.TooFewPlaces, places, options.KMeansMinK));
        var selection = KMeansSelector.Select(current.PlacePoints, new KMeansSelectionOptions
        {
            MinK = options.KMeansMinK, MaxK = options.KMeansMaxK, Restarts = options.KMeansRestarts, Seed = options.Seed,
        });
        var clusters = Describe(ClusterMethod.KMeans, selection.BestModel.Labels, inputs, options);
        return new ClusterFindings(ClusterMethod.KMeans, clusters, 0, null)
        {
            KMeansChoice = (selection.BestK, selection.Best.Silhouette),
            KMeansTried = (selection.Candidates[0].K, selection.Candidates[^1].K),
        };
    }

    // PlacePoints holds one point per snap point with events, so its length is the number of distinct places.
    private static ClusterFindings? TooFewPlaces(ClusterMethod method, PeriodEvents current, HotspotOptions options) =>
        current.PlacePoints.Length < options.MinimumPlacesToCluster
            ? ClusterFindings.NotRun(method, new ClusterGap(ClusterGapKind.TooFewPlacesToCluster, current.PlacePoints.Length, MinimumPlaces: options.MinimumPlacesToCluster))
            : null;

    private static IReadOnlyList<ClusterFinding> Describe(ClusterMethod method, IReadOnlyList<int> pointLabels, ClusterInputs inputs, HotspotOptions options)
    {
        var current = inputs.Current;
        var labelOfPlace = new Dictionary<int, int>();
        for (var i = 0; i < pointLabels.Count; i++) labelOfPlace[current.PlaceOfPoint[i]] = pointLabels[i];
        var taggedLabels = current.PlaceOfTagged.Select(p => labelOfPlace[p]).ToArray();
        var summaryOptions = new ClusterSummaryOptions { TopCount = options.TopCount, FootprintBufferMetres = options.ClusterFootprintBufferMetres };

        var summaries = ClusterSummariser.Summarise(current.TaggedPoints, taggedLabels, inputs.MatchedComparison?.PlacePoints, summaryOptions);
        // A second pass with the matched assessment months as the "previous" period counts them inside the same footprints.
        var matchedCurrent = inputs.MatchedCurrent is null ? null
            : ClusterSummariser.Summarise(current.TaggedPoints, taggedLabels, inputs.MatchedCurrent.PlacePoints, summaryOptions);

        var findings = new List<ClusterFinding>();
        for (var s = 0; s < summaries.Count; s++)
        {
            var summary = summaries[s];
            var memberPlaces = labelOfPlace.Where(kv => kv.Value == summary.Cluster).Select(kv => kv.Key).ToArray();
            var ward = inputs.Wards?.Locate(summary.CentroidLonLat.Longitude, summary.CentroidLonLat.Latitude)
                       ?? HotspotAreaFinder.WardWithMostEvents(memberPlaces.Select(p => (inputs.Places[p].Ward, current.ByPlace[p])));
            findings.Add(new ClusterFinding(method, 0, summary, memberPlaces.Length, ward?.Name,
                inputs.MatchedComparison is null ? null : summary.PreviousEventCount,
                matchedCurrent?[s].PreviousEventCount));
        }
        return findings
            .OrderByDescending(f => f.Summary.EventCount).ThenBy(f => f.Summary.Cluster)
            .Select((f, i) => f with { Id = i + 1 })
            .ToArray();
    }
}

