namespace Assessment.Core.Partners;

/// <summary>
/// The area's adult treatment figures by year and substance group, and the comparator's (England, or the county when
/// configured and present) for the same years.
/// </summary>
/// <param name="AreaNames">Names of the area's districts found in the file, in configuration order.</param>
/// <param name="MissingCodes">Configured district codes the file has no rows for.</param>
/// <param name="Years">The area's rows, by year (oldest first) then substance group.</param>
/// <param name="ComparatorName">E.g. "England" or "Kent"; null when the file has no comparator rows.</param>
/// <param name="Comparator">The comparator's rows in the same order; empty without a comparator.</param>
/// <param name="Source">Where the figures come from, for the source notes (publisher or "synthetic sample …", and licence).</param>
/// <param name="IsSynthetic">True when the file is a synthetic sample (its name contains "synthetic").</param>
public sealed record TreatmentSummary(
    IReadOnlyList<string> AreaNames,
    IReadOnlyList<string> MissingCodes,
    IReadOnlyList<TreatmentYear> Years,
    string? ComparatorName,
    IReadOnlyList<TreatmentYear> Comparator,
    string Source,
    bool IsSynthetic)
{
    /// <summary>
    /// Picks the area's rows (<paramref name="districtCodes"/>, summed) and a comparator: the county
    /// (<paramref name="countyCode"/>) when given and present, else England (E92000001) when present.
    /// </summary>
    /// <param name="records">The loaded treatment rows.</param>
    /// <param name="districtCodes">The area's ONS district codes (<c>area.district_codes</c>).</param>
    /// <param name="countyCode">The county or upper-tier authority code (<c>area.county_code</c>), or null.</param>
    /// <param name="source">Source note for the figures.</param>
    /// <param name="isSynthetic">Whether the file is a synthetic sample.</param>
    /// <returns>The summary; its <see cref="Years"/> is empty when no district code is in the file.</returns>
    public static TreatmentSummary From(IReadOnlyList<TreatmentRecord> records, IReadOnlyList<string> districtCodes, string? countyCode, string source, bool isSynthetic)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(districtCodes);
        var codes = districtCodes.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var area = records.Where(r => codes.Contains(r.AreaCode)).ToList();
        var names = districtCodes.SelectMany(c => area.Where(r => string.Equals(r.AreaCode, c, StringComparison.OrdinalIgnoreCase)).Select(r => r.AreaName).Take(1)).ToList();
        var missing = districtCodes.Where(c => !area.Any(r => string.Equals(r.AreaCode, c, StringComparison.OrdinalIgnoreCase))).ToList();

        var comparatorCode = countyCode is not null && records.Any(r => string.Equals(r.AreaCode, countyCode, StringComparison.OrdinalIgnoreCase)) ? countyCode
            : records.Any(r => r.AreaCode == FingertipsRecord.EnglandCode) ? FingertipsRecord.EnglandCode : null;
        var comparator = comparatorCode is null ? [] : records.Where(r => string.Equals(r.AreaCode, comparatorCode, StringComparison.OrdinalIgnoreCase)).ToList();
        return new TreatmentSummary(names, missing, Sum(area), comparator.FirstOrDefault()?.AreaName, Sum(comparator), source, isSynthetic);
    }

    /// <summary>The comparator's row for the same year and group, or null.</summary>
    public TreatmentYear? ComparatorOf(TreatmentYear year)
    {
        ArgumentNullException.ThrowIfNull(year);
        return Comparator.FirstOrDefault(c => c.Period == year.Period && c.Group == year.Group);
    }

    /// <summary>Financial years present, oldest first.</summary>
    public IReadOnlyList<string> Periods => [.. Years.Select(y => y.Period).Distinct()];

    private static List<TreatmentYear> Sum(IEnumerable<TreatmentRecord> rows) =>
        [.. rows.GroupBy(r => (r.Period, r.Group))
            .OrderBy(g => g.Key.Period, StringComparer.Ordinal).ThenBy(g => g.Key.Group)
            .Select(g => new TreatmentYear(g.Key.Period, g.Key.Group,
                Total(g.Select(r => r.InTreatment)), Total(g.Select(r => r.NewPresentations)),
                Total(g.Select(r => r.SuccessfulCompletions)), Total(g.Select(r => r.RePresentations))))];

    // A total with a suppressed part is unknown: adding the known parts would understate it.
    private static long? Total(IEnumerable<long?> parts)
    {
        long total = 0;
        foreach (var part in parts)
        {
            if (part is not { } p) return null;
            total += p;
        }
        return total;
    }
}
