using Assessment.Core.Statistics;

namespace Assessment.Core.Partners;

/// <summary>
/// The area's fly-tipping by financial year from DEFRA's table: incidents summed over the area's districts, rates per
/// 1,000 residents where the table gives a population, England as comparator, and the trend over the years.
/// </summary>
/// <param name="DistrictCodes">The area's district codes as configured.</param>
/// <param name="DistrictNames">Names of those districts found in the table (trimmed), in code order.</param>
/// <param name="MissingCodes">Configured codes with no row in the table (e.g. a district abolished before the first year).</param>
/// <param name="Years">Every year in the table, oldest first.</param>
/// <param name="Trend">Mann–Kendall on the yearly totals when at least <see cref="MinimumTrendYears"/> years have a total; otherwise null.</param>
public sealed record FlyTippingSummary(
    IReadOnlyList<string> DistrictCodes,
    IReadOnlyList<string> DistrictNames,
    IReadOnlyList<string> MissingCodes,
    IReadOnlyList<FlyTippingYear> Years,
    MannKendallResult? Trend)
{
    /// <summary>Fewer yearly totals than this give no trend test: too few to tell a trend from noise.</summary>
    public const int MinimumTrendYears = 8;

    /// <summary>Years whose area total is known, oldest first.</summary>
    public IReadOnlyList<FlyTippingYear> Known => Years.Where(y => y.Incidents is not null).ToList();

    /// <summary>Summarises <paramref name="records"/> for the districts <paramref name="districtCodes"/>.</summary>
    /// <param name="records">Rows of the table (any order).</param>
    /// <param name="districtCodes">ONS codes of the area's districts; at least one.</param>
    /// <exception cref="ArgumentException">No district code is given.</exception>
    public static FlyTippingSummary From(IReadOnlyList<FlyTippingRecord> records, IReadOnlyList<string> districtCodes)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(districtCodes);
        if (districtCodes.Count == 0) throw new ArgumentException("The area needs at least one district code.", nameof(districtCodes));
        var codes = districtCodes.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var ours = records.Where(r => r.Kind == FlyTippingRowKind.LocalAuthority && codes.Contains(r.OnsCode)).ToList();

        var years = records.Select(r => r.Year).Distinct().Order(StringComparer.Ordinal).Select(year =>
        {
            var rows = ours.Where(r => r.Year == year).ToList();
            var complete = rows.Count == codes.Count;
            var england = England(records, year);
            return new FlyTippingYear(
                year,
                complete && rows.All(r => r.TotalIncidents is not null) ? rows.Sum(r => r.TotalIncidents!.Value) : null,
                complete && rows.All(r => r.MidYearPopulation is not null) ? rows.Sum(r => r.MidYearPopulation!.Value) : null,
                england?.TotalIncidents,
                england?.MidYearPopulation);
        }).ToList();

        var totals = years.Where(y => y.Incidents is not null).Select(y => y.Incidents!.Value).ToList();
        return new FlyTippingSummary(
            districtCodes,
            ours.OrderBy(r => r.OnsCode, StringComparer.Ordinal).Select(r => r.Name).Distinct().ToList(),
            districtCodes.Where(c => !ours.Any(r => r.OnsCode.Equals(c, StringComparison.OrdinalIgnoreCase))).ToList(),
            years,
            totals.Count >= MinimumTrendYears ? MannKendall.Test(totals) : null);
    }

    // 2018-19 has two England totals; "(original)" is the one on the same basis as that year's authority rows.
    private static FlyTippingRecord? England(IReadOnlyList<FlyTippingRecord> records, string year)
    {
        var england = records.Where(r => r.Year == year && r.Kind == FlyTippingRowKind.EnglandTotal).ToList();
        return england.FirstOrDefault(r => (r.Region ?? "").Trim().Equals("*Total England", StringComparison.OrdinalIgnoreCase))
            ?? england.FirstOrDefault(r => (r.Region ?? "").Contains("original", StringComparison.OrdinalIgnoreCase))
            ?? england.FirstOrDefault();
    }
}
