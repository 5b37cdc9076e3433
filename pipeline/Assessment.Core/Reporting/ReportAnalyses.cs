namespace Assessment.Core.Reporting;

/// <summary>
/// Which analyses this run produced, so that sections written before an analysis existed don't say it is missing
/// once it is there (and never claim it when it isn't).
/// </summary>
public sealed record ReportAnalyses(bool SignificanceTests, bool HarmWeighting, bool Hotspots)
{
    /// <summary>Counts only: nothing tested, weighted or mapped.</summary>
    public static ReportAnalyses CountsOnly { get; } = new(false, false, false);
}
