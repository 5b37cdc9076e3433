namespace Assessment.Core.Spatial;

/// <summary>One cell's hot spot category over several periods, with the shares it was decided on.</summary>
/// <param name="CellIndex">Index into <see cref="SquareGrid.Cells"/>.</param>
/// <param name="Category">The category.</param>
/// <param name="HotShare">Share of all periods (0–1) in which the cell was a significant hot spot.</param>
/// <param name="ColdShare">Share of all periods in which it was a significant cold spot.</param>
/// <param name="RecentHotShare">Share of the recent periods in which it was a significant hot spot.</param>
/// <param name="OlderHotShare">Share of the older (non-recent) periods in which it was a significant hot spot.</param>
public sealed record CellClassification(int CellIndex, HotspotCategory Category, double HotShare, double ColdShare, double RecentHotShare, double OlderHotShare);
