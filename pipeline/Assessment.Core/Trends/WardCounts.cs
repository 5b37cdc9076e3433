namespace Assessment.Core.Trends;

/// <summary>In-area records placed in wards by point-in-polygon on their snap points.</summary>
/// <param name="Wards">Every ward of the boundary file, including wards with no records.</param>
/// <param name="Counts">Counts by ward (null code = in no ward), month and crime type.</param>
/// <param name="DistinctPoints">Distinct in-area snap points tested.</param>
/// <param name="UnassignedPoints">Of those, points inside no ward polygon.</param>
/// <param name="Source">The ward boundary file, for the report.</param>
public sealed record WardCounts(IReadOnlyList<Ward> Wards, IReadOnlyList<WardMonthlyCount> Counts, int DistinctPoints, int UnassignedPoints, string Source)
{
    /// <summary>Records inside some ward.</summary>
    public long AssignedRecords => Counts.Where(c => c.WardCode is not null).Sum(c => c.Count);

    /// <summary>Records whose point lies in no ward polygon.</summary>
    public long UnassignedRecords => Counts.Where(c => c.WardCode is null).Sum(c => c.Count);
}
