namespace Assessment.Architecture.Tests;

/// <summary>
/// Analysis types that still build text the report sentence rule finds, each with the reason it is let through. The
/// list may only shrink: a test fails when a listed type no longer builds such text, so that it is taken off.
/// </summary>
public static class PendingWording
{
    /// <summary>Text the rule finds that is not English for the reader: permanent.</summary>
    public static IReadOnlyDictionary<string, string> NotReportText { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Assessment.Core.Spatial.BritishNationalGrid"] = "the WKT definition of EPSG:27700, a coordinate system read by ProjNet",
    };

    /// <summary>
    /// Notes, reasons and sources that analysis code still words itself; they reach the report through a finding's Note,
    /// Reason, Source or Describe(). Moving one means the finding carries the facts (a kind and its numbers) and
    /// Reporting words them, as HotspotNote, ControlChartNote, ClassificationGap and ClusterGap do.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Pending { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Assessment.Core.Geography.BoundaryArea"] = "Describe(): how rows are placed in the area (Geography is being rewritten elsewhere)",
        ["Assessment.Core.Geography.LsoaCodeListArea"] = "Describe(): how rows are placed in the area (Geography is being rewritten elsewhere)",
        ["Assessment.Core.Geography.LsoaNamePrefixArea"] = "Describe(): how rows are placed in the area (Geography is being rewritten elsewhere)",
        ["Assessment.Core.Spatial.GiStarNeighbourhood"] = "Describe(): the neighbourhood for the methods text (Spatial is outside the folders moved so far)",
        ["Assessment.Core.Statistics.SeasonalIndex"] = "the reason no seasonal index was computed (Statistics is outside the folders moved so far)",
        ["Assessment.Core.Statistics.SeasonalMannKendall"] = "the reason the seasonal test did not run (Statistics is outside the folders moved so far)",
        ["Assessment.Core.Trends.DefaultHarmWeights"] = "each default weight's source and the table's description (cited data; harm.csv writes Source, and the CSV writers are being rewritten elsewhere)",
        ["Assessment.Core.Trends.HarmAnalysis"] = "the source given to a category missing from the weight table (harm.csv writes it; the CSV writers are being rewritten elsewhere)",
        ["Assessment.Core.Trends.LongTermTrend"] = "the trend finding's Note (trend.csv writes it; the CSV writers are being rewritten elsewhere)",
        ["Assessment.Core.Trends.WardLocator"] = "the name of a GeoJSON property in an error raised by a helper (WardLocator is being rewritten elsewhere)",
    };

    /// <summary>Every listed type.</summary>
    public static IReadOnlySet<string> Types { get; } = NotReportText.Keys.Concat(Pending.Keys).ToHashSet(StringComparer.Ordinal);
}
