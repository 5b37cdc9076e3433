namespace Assessment.Core.Trends;

/// <summary>How the area's records were placed in wards.</summary>
/// <param name="WardCount">Wards in the boundary file.</param>
/// <param name="AssignedRecords">In-area records inside a ward.</param>
/// <param name="UnassignedRecords">In-area records whose snap point lies in no ward polygon; reported, not tested.</param>
/// <param name="DistinctPoints">Distinct in-area snap points.</param>
/// <param name="UnassignedPoints">Snap points in no ward polygon.</param>
/// <param name="Source">The ward boundary file.</param>
public sealed record WardSummary(int WardCount, long AssignedRecords, long UnassignedRecords, int DistinctPoints, int UnassignedPoints, string Source);
