namespace Assessment.Core.Trends;

/// <summary>How month statuses are written in output tables and the report.</summary>
public static class MonthStatusNames
{
    /// <summary>"complete", "missing" or "likely_incomplete".</summary>
    public static string ToCsvName(this MonthStatus status) => status switch
    {
        MonthStatus.Loaded => "complete",
        MonthStatus.Missing => "missing",
        MonthStatus.LikelyIncomplete => "likely_incomplete",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown month status."),
    };

    /// <summary>"Complete", "Missing" or "Likely incomplete (excluded)".</summary>
    public static string ToLabel(this MonthStatus status) => status switch
    {
        MonthStatus.Loaded => "Complete",
        MonthStatus.Missing => "Missing",
        MonthStatus.LikelyIncomplete => "Likely incomplete (excluded)",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown month status."),
    };
}
