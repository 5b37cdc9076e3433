namespace Assessment.Core.Partners;

/// <summary>
/// The enforcement action types of DEFRA's LA_actions sheet that the report shows, by their short names, in the
/// sheet's order (the reader maps each published column to one of these). Cost, outcome and fine columns are not
/// counts of actions and are left out.
/// </summary>
public static class FlyTippingActionTypes
{
    /// <summary>The short name of the total.</summary>
    public const string Total = "Total actions";

    /// <summary>Every type's short name, the total first, in the sheet's order.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        Total, "Investigations", "Warning letters", "Statutory notices", "Fixed penalty notices", "Duty of care inspections",
        "Stop and search", "Vehicles seized", "Formal cautions", "Prosecutions", "Injunctions",
    ];
}
