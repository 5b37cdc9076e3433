namespace Assessment.Core.Hotspots;

/// <summary>
/// Why hotspots are not classified over time: the assessment period holds too few whole blocks, or a block has a month
/// not loaded. The report words it (<c>Reporting.Sections.HotspotWording.ClassificationReason</c>).
/// </summary>
/// <param name="BlockMonths">Length of a classification block in months (3: quarters).</param>
/// <param name="Blocks">Whole blocks in the assessment period.</param>
/// <param name="MinimumBlocks">Fewest blocks the classification needs.</param>
/// <param name="IncompleteBlock">The first block with a month not loaded; null when the cause is too few blocks.</param>
public sealed record ClassificationGap(int BlockMonths, int Blocks, int MinimumBlocks, HotspotPeriod? IncompleteBlock);
