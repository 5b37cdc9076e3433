namespace Assessment.Core.Partners;

/// <summary>
/// One Fingertips indicator for the area: each district's values by period, and the county's (when configured) and
/// England's for comparison. Only area rows are used; category rows (deprivation deciles and the like) are left out.
/// </summary>
/// <param name="IndicatorId">Fingertips indicator id, or null when the file has none.</param>
/// <param name="IndicatorName">The indicator's name.</param>
/// <param name="Measure">What the value measures when the file says (e.g. "Standardised rate per 100,000"); else null.</param>
/// <param name="File">File name it came from (for the source note).</param>
/// <param name="Districts">One series per configured district found, in configuration order.</param>
/// <param name="County">The county's series; null when no county code is configured or it is not in the file.</param>
/// <param name="England">England's series; null when the file has no England rows.</param>
/// <param name="MissingCodes">Configured district codes the file has no area rows for (a county absent from the file just has no series).</param>
public sealed record FingertipsIndicatorSummary(
    string? IndicatorId,
    string IndicatorName,
    string? Measure,
    string File,
    IReadOnlyList<FingertipsSeries> Districts,
    FingertipsSeries? County,
    FingertipsSeries? England,
    IReadOnlyList<string> MissingCodes)
{
    /// <summary>Every period of the area's series, in order (Fingertips' sortable period when given, else the text).</summary>
    public IReadOnlyList<string> Periods => [.. Districts.Concat(County is null ? [] : [County])
        .SelectMany(s => s.Points).OrderBy(p => p.PeriodSortable ?? 0).ThenBy(p => p.Period, StringComparer.Ordinal)
        .Select(p => p.Period).Distinct()];

    /// <summary>
    /// The indicators of <paramref name="records"/> (one file's area rows, persons where sex is given), each with the
    /// configured areas' series and England's.
    /// </summary>
    /// <param name="file">The file's name, for notes.</param>
    /// <param name="records">One file's records.</param>
    /// <param name="districtCodes">The area's district codes.</param>
    /// <param name="countyCode">The county or upper-tier code, or null.</param>
    public static IReadOnlyList<FingertipsIndicatorSummary> From(string file, IReadOnlyList<FingertipsRecord> records, IReadOnlyList<string> districtCodes, string? countyCode)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(districtCodes);
        // An export for one sex or age band has only those; where several are given, persons of all ages is the headline.
        var area = records.Where(r => r.IsAreaRow).ToList();
        return [.. area.GroupBy(r => (r.IndicatorId, r.IndicatorName)).Select(indicator =>
        {
            var rows = Headline(indicator.ToList());
            FingertipsSeries? Series(string code) => rows.Where(r => string.Equals(r.AreaCode, code, StringComparison.OrdinalIgnoreCase)).ToList() is { Count: > 0 } points
                ? new FingertipsSeries(points[0].AreaCode, points[0].AreaName, [.. points.OrderBy(p => p.PeriodSortable ?? 0).ThenBy(p => p.Period, StringComparer.Ordinal)])
                : null;
            var districts = districtCodes.Select(Series).OfType<FingertipsSeries>().ToList();
            var county = countyCode is null ? null : Series(countyCode);
            var missing = districtCodes.Where(c => !districts.Any(d => string.Equals(d.AreaCode, c, StringComparison.OrdinalIgnoreCase))).ToList();
            return new FingertipsIndicatorSummary(indicator.Key.IndicatorId, indicator.Key.IndicatorName, rows.Select(r => r.Measure).FirstOrDefault(m => m is not null),
                file, districts, county, Series(FingertipsRecord.EnglandCode), missing);
        })];
    }

    private static List<FingertipsRecord> Headline(List<FingertipsRecord> rows)
    {
        var sexes = rows.Select(r => r.Sex).Distinct().ToList();
        if (sexes.Count > 1 && sexes.Contains("Persons")) rows = [.. rows.Where(r => r.Sex == "Persons")];
        var ages = rows.Select(r => r.Age).Distinct().ToList();
        if (ages.Count > 1 && ages.Contains("All ages")) rows = [.. rows.Where(r => r.Age == "All ages")];
        return rows;
    }
}
