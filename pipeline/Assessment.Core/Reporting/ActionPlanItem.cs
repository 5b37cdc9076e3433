namespace Assessment.Core.Reporting;

/// <summary>One row of an action plan.</summary>
/// <param name="Priority">The priority theme it serves.</param>
/// <param name="Action">What will be done.</param>
/// <param name="Lead">The lead organisation or role.</param>
/// <param name="Timescale">E.g. "By March 2026".</param>
/// <param name="Measure">How progress is measured.</param>
/// <param name="Status">Delivery status.</param>
public sealed record ActionPlanItem(string Priority, string Action, string Lead, string Timescale, string Measure, RagStatus Status)
{
    /// <summary>The status in words: "Not assessed", "Not started", "Red", "Amber", "Green", "Complete".</summary>
    public static string StatusText(RagStatus status) => status switch
    {
        RagStatus.NotAssessed => "Not assessed",
        RagStatus.NotStarted => "Not started",
        RagStatus.Red => "Red",
        RagStatus.Amber => "Amber",
        RagStatus.Green => "Green",
        RagStatus.Complete => "Complete",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown status."),
    };
}
