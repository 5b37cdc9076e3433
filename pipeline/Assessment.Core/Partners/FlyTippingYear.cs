namespace Assessment.Core.Partners;

/// <summary>One financial year of fly-tipping for the area and for England.</summary>
/// <param name="Year">Financial year, "2021-22".</param>
/// <param name="Incidents">The area's incidents (sum over its districts); null unless every district has a figure that year.</param>
/// <param name="Population">The districts' mid-year population as the table gives it; null where any is missing (before 2019-20).</param>
/// <param name="EnglandIncidents">England's total incidents (including DEFRA's estimates for non-response), or null.</param>
/// <param name="EnglandPopulation">England's mid-year population as the table gives it, or null.</param>
public sealed record FlyTippingYear(string Year, double? Incidents, double? Population, double? EnglandIncidents, double? EnglandPopulation)
{
    /// <summary>The districts' "Reporting basis" that year (2019-20 on), distinct values joined by "; "; null where not given.</summary>
    public string? ReportingBasis { get; init; }

    /// <summary>The area's incidents per 1,000 residents, or null without both figures.</summary>
    public double? RatePer1000 => Rate(Incidents, Population);

    /// <summary>England's incidents per 1,000 residents, or null without both figures.</summary>
    public double? EnglandRatePer1000 => Rate(EnglandIncidents, EnglandPopulation);

    private static double? Rate(double? count, double? population) =>
        count is { } c && population is { } p && p > 0 ? 1000 * c / p : null;
}
