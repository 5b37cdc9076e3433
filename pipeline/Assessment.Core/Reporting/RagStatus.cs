namespace Assessment.Core.Reporting;

/// <summary>Delivery status of an action-plan item (red/amber/green), always shown as words as well as colour.</summary>
public enum RagStatus
{
    /// <summary>No delivery status has been reported (e.g. an action taken from a published plan).</summary>
    NotAssessed,
    /// <summary>Reported as not started.</summary>
    NotStarted,
    /// <summary>Off track.</summary>
    Red,
    /// <summary>At risk.</summary>
    Amber,
    /// <summary>On track.</summary>
    Green,
    /// <summary>Delivered.</summary>
    Complete,
}
