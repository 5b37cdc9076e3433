using Assessment.Core.Trends;

namespace Assessment.Core.Hotspots;

/// <summary>What the cluster runs need: the period's events, the matched windows (null when none) and the places.</summary>
internal sealed record ClusterInputs(PeriodEvents Current, PeriodEvents? MatchedComparison, PeriodEvents? MatchedCurrent, IReadOnlyList<SnapPlace> Places, WardLocator? Wards);
