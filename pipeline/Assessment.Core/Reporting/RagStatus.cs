namespace Assessment.Core.Reporting;

/// <summary>Delivery status of an action-plan item (red/amber/green), always shown as words as well as colour.</summary>
public enum RagStatus
{
    NotStarted,
    Red,
    Amber,
    Green,
    Complete,
}
