namespace Assessment.Core.Partners;

/// <summary>The area's fly-tipping enforcement actions in one financial year, by type (summed over its districts).</summary>
/// <param name="Year">Financial year, "2021-22".</param>
/// <param name="Actions">(type, count) in <see cref="FlyTippingActionTypes"/> order; a count is null when any district's is suppressed or missing.</param>
public sealed record FlyTippingActionYear(string Year, IReadOnlyList<KeyValuePair<string, double?>> Actions)
{
    /// <summary>The count of <paramref name="type"/>, or null when unknown or not in the sheet.</summary>
    public double? Of(string type) => Actions.FirstOrDefault(a => a.Key == type).Value;
}
