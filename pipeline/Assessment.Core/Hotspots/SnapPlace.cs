using Assessment.Core.Spatial;
using Assessment.Core.Trends;

namespace Assessment.Core.Hotspots;

/// <summary>One police.uk snap point of the area, with where it is and what it falls in.</summary>
/// <param name="Index">Position in the analysis' list of places.</param>
/// <param name="LonLat">WGS84 position as published.</param>
/// <param name="Grid">The position on the British National Grid.</param>
/// <param name="LsoaCode">The LSOA police.uk gives for it (the most frequent one if records disagree), or null.</param>
/// <param name="Ward">The ward holding it (<see cref="WardLocator"/>), or null without wards or outside every ward.</param>
/// <param name="CellIndex">Index of its Gi* grid cell, or −1 when it is outside the grid (an edge cell whose centre is outside the boundary).</param>
internal sealed record SnapPlace(int Index, LonLat LonLat, GridCoordinate Grid, string? LsoaCode, Ward? Ward, int CellIndex);
