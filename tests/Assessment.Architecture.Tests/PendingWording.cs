namespace Assessment.Architecture.Tests;

/// <summary>
/// Analysis types let through the report sentence rule, each with the reason. Every note, reason and source an analysis
/// type used to word now reaches the report as facts (a kind and its numbers) that Reporting words, as HotspotNote,
/// ControlChartNote, LongTermTrendNote, ClassificationGap and ClusterGap do; what is left here is text that is not
/// English for a reader at all. A test fails when a listed type no longer builds such text, so that it is taken off.
/// </summary>
public static class PendingWording
{
    /// <summary>Text the rule finds that is not English for the reader: permanent.</summary>
    public static IReadOnlyDictionary<string, string> NotReportText { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Assessment.Core.Spatial.BritishNationalGrid"] = "the WKT definition of EPSG:27700, a coordinate system read by ProjNet",
    };
}
