using Assessment.Core.Reporting;
using Assessment.Core.Trends;

namespace Assessment.Core.Reporting.ActionPlans;

/// <summary>
/// The RAG rules of a bound measure (docs/metrics.md): a significant change in the measure's direction is Green; no
/// significant change is Amber, and its label says "no significant change"; a significant change the other way is Red.
/// A verdict the data cannot give (<see cref="YoyVerdict.DataCannotTell"/>) is not assessed.
/// </summary>
public static class MeasureRag
{
    /// <summary>The status of <paramref name="verdict"/> for a measure whose metric should move in <paramref name="direction"/>.</summary>
    public static RagStatus Of(YoyVerdict verdict, MeasureDirection direction) => verdict switch
    {
        YoyVerdict.NoSignificantChange => RagStatus.Amber,
        YoyVerdict.DataCannotTell => RagStatus.NotAssessed,
        YoyVerdict.SignificantDecrease => direction == MeasureDirection.Reduce ? RagStatus.Green : RagStatus.Red,
        YoyVerdict.SignificantIncrease => direction == MeasureDirection.Increase ? RagStatus.Green : RagStatus.Red,
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, "Unknown verdict."),
    };

    /// <summary>
    /// The status as shown: a computed Amber is "Amber: no significant change"; a reported status is followed by
    /// "(reported by the lead, not computed)"; otherwise the status in words (<see cref="ActionPlanItem.StatusText"/>).
    /// </summary>
    public static string Label(RagStatus status, MeasureStatusSource source) => source switch
    {
        MeasureStatusSource.ReportedByLead => $"{ActionPlanItem.StatusText(status)} (reported by the lead, not computed)",
        MeasureStatusSource.Computed when status == RagStatus.Amber => "Amber: no significant change",
        _ => ActionPlanItem.StatusText(status),
    };
}
