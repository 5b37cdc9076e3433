namespace Assessment.Core.Partners;

/// <summary>
/// One row of DEFRA's LA_actions sheet: a local authority's (or a total's) enforcement actions against fly-tipping in
/// one financial year, by type. Source: Defra, WasteDataFlow; Open Government Licence v3.0.
/// </summary>
/// <param name="Year">Financial year, "2021-22".</param>
/// <param name="OnsCode">ONS code of the local authority; "*Total" or E00000000 on total rows.</param>
/// <param name="Name">Local authority name, trimmed.</param>
/// <param name="Kind">Local authority, regional total or England total.</param>
/// <param name="Actions">Actions by type (<see cref="FlyTippingActionTypes"/> names, "Total actions" first), in the
/// sheet's column order; a null count is suppressed or not available (":"), never zero. Types whose column the sheet
/// lacks are absent.</param>
/// <param name="SourceRow">1-based sheet row.</param>
public sealed record FlyTippingActionRecord(
    string Year,
    string OnsCode,
    string Name,
    FlyTippingRowKind Kind,
    IReadOnlyList<KeyValuePair<string, double?>> Actions,
    long SourceRow);
