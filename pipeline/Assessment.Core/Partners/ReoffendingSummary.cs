namespace Assessment.Core.Partners;

/// <summary>
/// The area's proven reoffending from a Ministry of Justice extract: for each offender type, the cohorts of the area's
/// districts summed, each with its 95% Wilson interval, beside a comparator (England and Wales when the extract has it,
/// otherwise the configured county).
/// </summary>
/// <param name="DistrictCodes">The area's district codes as configured.</param>
/// <param name="DistrictNames">Names of those districts found in the extract, in code order.</param>
/// <param name="MissingCodes">Configured codes with no row in the extract.</param>
/// <param name="ComparatorName">The comparator's name as published (e.g. "England and Wales"), or null when there is none.</param>
/// <param name="Series">One series per offender type the area has rows for, adults first.</param>
/// <param name="FileName">The extract's file name (no folder), for the source note.</param>
/// <param name="Synthetic">True when the file name says the extract is synthetic (contains "synthetic").</param>
public sealed record ReoffendingSummary(
    IReadOnlyList<string> DistrictCodes,
    IReadOnlyList<string> DistrictNames,
    IReadOnlyList<string> MissingCodes,
    string? ComparatorName,
    IReadOnlyList<ReoffendingSeries> Series,
    string FileName,
    bool Synthetic)
{
    /// <summary>Summarises <paramref name="records"/> for the districts <paramref name="districtCodes"/>.</summary>
    /// <param name="records">Rows of the extract (any order).</param>
    /// <param name="districtCodes">ONS codes of the area's districts; at least one.</param>
    /// <param name="county">The configured county's name (e.g. "Kent"), the comparator when the extract has no England and Wales rows; may be null.</param>
    /// <param name="fileName">The extract's file name; "synthetic" in it (any case) marks the figures as synthetic.</param>
    /// <exception cref="ArgumentException">No district code is given.</exception>
    public static ReoffendingSummary From(IReadOnlyList<ReoffendingRecord> records, IReadOnlyList<string> districtCodes, string? county, string fileName)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(districtCodes);
        ArgumentNullException.ThrowIfNull(fileName);
        if (districtCodes.Count == 0) throw new ArgumentException("The area needs at least one district code.", nameof(districtCodes));
        var codes = districtCodes.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var ours = records.Where(r => r.AreaType == ReoffendingAreaType.LocalAuthority && codes.Contains(r.AreaCode)).ToList();
        var comparator = Comparator(records, county);

        var series = ours.Select(r => r.OffenderType).Distinct().Order().Select(type =>
        {
            var periods = records.Where(r => r.OffenderType == type).GroupBy(r => (r.PeriodStart, r.PeriodMonths))
                .OrderBy(g => g.Key.PeriodStart).ThenBy(g => g.Key.PeriodMonths);
            var points = periods.Select(g =>
            {
                var rows = g.Where(r => r.AreaType == ReoffendingAreaType.LocalAuthority && codes.Contains(r.AreaCode)).ToList();
                var local = Sum(rows, codes.Count);
                long? offenders = rows.Count == codes.Count && rows.All(r => r.Offenders is not null) ? rows.Sum(r => r.Offenders!.Value) : null;
                var other = comparator.Count == 0 ? null : Sum(g.Where(r => comparator.Contains(r)).ToList(), 1);
                ReoffendingComparison? versus = local is { Offenders: > 0 } && other is { Offenders: > 0 }
                    ? ReoffendingComparisonRule.AgainstComparator(local.Interval, other.Proportion!.Value) : null;
                return new ReoffendingPoint(g.First().Period, g.Key.PeriodStart, local, other, versus, offenders);
            }).ToList();
            return new ReoffendingSeries(type, points);
        }).ToList();

        return new ReoffendingSummary(
            districtCodes,
            ours.OrderBy(r => r.AreaCode, StringComparer.Ordinal).Select(r => r.AreaName).Distinct().ToList(),
            districtCodes.Where(c => !ours.Any(r => r.AreaCode.Equals(c, StringComparison.OrdinalIgnoreCase))).ToList(),
            comparator.Count == 0 ? null : comparator.First().AreaName,
            series,
            fileName,
            SyntheticExtract.IsNamed(fileName));
    }

    // England and Wales first: it is published for every cohort; a county only when it is the one configured.
    private static HashSet<ReoffendingRecord> Comparator(IReadOnlyList<ReoffendingRecord> records, string? county)
    {
        var englandAndWales = records.Where(r => r.AreaType == ReoffendingAreaType.EnglandAndWales).ToHashSet();
        if (englandAndWales.Count > 0 || county is null) return englandAndWales;
        return records.Where(r => r.AreaType == ReoffendingAreaType.County && r.AreaName.Trim().Equals(county.Trim(), StringComparison.OrdinalIgnoreCase)).ToHashSet();
    }

    // A sum over districts is only a figure when every district has its row and none is suppressed.
    private static ReoffendingRate? Sum(IReadOnlyList<ReoffendingRecord> rows, int expected)
    {
        if (rows.Count != expected || rows.Any(r => r.Offenders is null || r.Reoffenders is null)) return null;
        long? reoffences = rows.All(r => r.Reoffences is not null) ? rows.Sum(r => r.Reoffences!.Value) : null;
        return new ReoffendingRate(rows.Sum(r => r.Offenders!.Value), rows.Sum(r => r.Reoffenders!.Value), reoffences);
    }
}
