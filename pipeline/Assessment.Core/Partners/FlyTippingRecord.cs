namespace Assessment.Core.Partners;

/// <summary>
/// One row of DEFRA's "Fly-tipping incidents and actions reported by local authorities" table (sheet LA_incidents),
/// as far as the assessment uses it. Source: Defra, WasteDataFlow; Open Government Licence v3.0.
/// </summary>
/// <param name="Year">Financial year as published, "YYYY-YY" (e.g. "2021-22": April 2021 to March 2022).</param>
/// <param name="OnsCode">ONS code of the local authority (e.g. E07000106); E00000000 on total rows.</param>
/// <param name="Name">Local authority name with surrounding spaces removed (the table has "Canterbury " in 2018-19).</param>
/// <param name="Region">Region, or the total's label (e.g. "*Total England"); null when blank.</param>
/// <param name="Kind">Local authority, regional total or England total.</param>
/// <param name="TotalIncidents">Total incidents; null when suppressed or not available (":" and the like), never 0 for those.
/// England's totals include estimates for non-response, so they can be fractional.</param>
/// <param name="MidYearPopulation">The table's own mid-year population estimate (people), or null where absent.</param>
/// <param name="ReportingBasis">"All incidents", "Customer/public reported only", … (2019-20 on), or null.</param>
/// <param name="SourceRow">1-based row (sheet row, or CSV line) the record came from.</param>
public sealed record FlyTippingRecord(
    string Year,
    string OnsCode,
    string Name,
    string? Region,
    FlyTippingRowKind Kind,
    double? TotalIncidents,
    double? MidYearPopulation,
    string? ReportingBasis,
    long SourceRow)
{
    /// <summary>The calendar year the financial year starts in (2021 for "2021-22").</summary>
    public int StartYear => int.Parse(Year.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture);
}
