namespace Assessment.Core.Reporting;

/// <summary>Delivery status of an action-plan item (red/amber/green), always shown as words as well as colour.</summary>
public enum RagStatus
{
    /// <summary>No delivery status has been reported (e.g. an action taken from a published plan).</summary>
    NotAssessed,
    NotStarted,
    Red,
    Amber,
    Green,
    Complete,
}
