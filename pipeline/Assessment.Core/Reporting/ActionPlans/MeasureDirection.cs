namespace Assessment.Core.Reporting.ActionPlans;

/// <summary>The way a bound measure's metric should move for the action to be on track (YAML <c>direction:</c>).</summary>
public enum MeasureDirection
{
    /// <summary>"reduce": a significant fall is on track, a significant rise is off track.</summary>
    Reduce,

    /// <summary>"increase": a significant rise is on track (e.g. more reports of an under-reported crime), a significant fall is off track.</summary>
    Increase,
}
