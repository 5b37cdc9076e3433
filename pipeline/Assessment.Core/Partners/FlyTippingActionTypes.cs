namespace Assessment.Core.Partners;

/// <summary>
/// The enforcement action types of DEFRA's LA_actions sheet that the report shows: each sheet column by its published
/// name with the short name used in tables. Cost, outcome and fine columns are not counts of actions and are left out.
/// </summary>
public static class FlyTippingActionTypes
{
    /// <summary>The short name of the total.</summary>
    public const string Total = "Total actions";

    /// <summary>(sheet column, short name), the total first, in the sheet's order.</summary>
    public static IReadOnlyList<(string Column, string Name)> Columns { get; } =
    [
        ("Total Actions", Total),
        ("Investigation Actions", "Investigations"),
        ("Warning Letter Actions", "Warning letters"),
        ("Statutory Notice Actions", "Statutory notices"),
        ("Total Fixed Penalty Notice Actions", "Fixed penalty notices"),
        ("Duty of Care Inspection Actions", "Duty of care inspections"),
        ("Stop and Search Actions", "Stop and search"),
        ("Vehicles seized", "Vehicles seized"),
        ("Formal Caution Actions", "Formal cautions"),
        ("Prosecution Actions", "Prosecutions"),
        ("Injunction Actions", "Injunctions"),
    ];
}
