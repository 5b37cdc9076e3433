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
    /// <summary>
    /// A year-on-year change in the table's own population larger than this fraction is taken as a rebased estimate
    /// (e.g. onto a census), not growth: district populations change by about 1% a year, and Canterbury's 2021-22
    /// figure is 6% below its 2020-21 one.
    /// </summary>
    public const double RebaseThreshold = 0.03;

    /// <summary>The area's enforcement actions by year (LA_actions), oldest first; empty without the sheet.</summary>
    public IReadOnlyList<FlyTippingActionYear> Actions { get; init; } = [];

    /// <summary>
    /// Sentences of the workbook's Metadata sheet that speak of a reporting basis and name one of the area's districts
    /// (e.g. the note that Canterbury's 2019/20 reporting basis was updated); empty when none.
    /// </summary>
    public IReadOnlyList<string> BasisNotes { get; init; } = [];

    /// <summary>Years (with the year before) whose reporting basis differs from the year before's, or says it changed during the year.</summary>
    public IReadOnlyList<(string Before, string Year)> BasisChanges =>
        [.. Years.Zip(Years.Skip(1)).Where(p => p.Second.ReportingBasis is { } basis
            && ((p.First.ReportingBasis is { } before && before != basis) || basis.Contains("changed", StringComparison.OrdinalIgnoreCase)))
            .Select(p => (p.First.Year, p.Second.Year))];

    /// <summary>Years whose population differs from the year before's by more than <see cref="RebaseThreshold"/>, with the change as a fraction.</summary>
    public IReadOnlyList<(FlyTippingYear Before, FlyTippingYear Year, double Change)> PopulationJumps =>
        [.. Years.Zip(Years.Skip(1)).Where(p => p.First.Population is > 0 && p.Second.Population is not null)
            .Select(p => (p.First, p.Second, Change: p.Second.Population!.Value / p.First.Population!.Value - 1))
            .Where(p => Math.Abs(p.Change) > RebaseThreshold)];

    /// <summary>Fewer yearly totals than this give no trend test: too few to tell a trend from noise.</summary>
    public const int MinimumTrendYears = 8;

    /// <summary>Years whose area total is known, oldest first.</summary>
    public IReadOnlyList<FlyTippingYear> Known => Years.Where(y => y.Incidents is not null).ToList();

    /// <summary>Summarises <paramref name="records"/> for the districts <paramref name="districtCodes"/>.</summary>
    /// <param name="records">Rows of the table (any order).</param>
    /// <param name="districtCodes">ONS codes of the area's districts; at least one.</param>
    /// <exception cref="ArgumentException">No district code is given.</exception>
    /// <param name="actions">Rows of the LA_actions sheet, or null/empty without it.</param>
    /// <param name="notes">The workbook's Metadata notes, or null/empty without them.</param>
    public static FlyTippingSummary From(IReadOnlyList<FlyTippingRecord> records, IReadOnlyList<string> districtCodes,
        IReadOnlyList<FlyTippingActionRecord>? actions = null, IReadOnlyList<string>? notes = null)
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
                england?.MidYearPopulation)
            {
                ReportingBasis = rows.Select(r => r.ReportingBasis).Where(b => b is not null).Distinct().ToList() is { Count: > 0 } bases ? string.Join("; ", bases) : null,
            };
        }).ToList();

        var totals = years.Where(y => y.Incidents is not null).Select(y => y.Incidents!.Value).ToList();
        var names = ours.Select(r => r.Name).Distinct().ToList();
        return new FlyTippingSummary(
            districtCodes,
            ours.OrderBy(r => r.OnsCode, StringComparer.Ordinal).Select(r => r.Name).Distinct().ToList(),
            districtCodes.Where(c => !ours.Any(r => r.OnsCode.Equals(c, StringComparison.OrdinalIgnoreCase))).ToList(),
            years,
            totals.Count >= MinimumTrendYears ? MannKendall.Test(totals) : null)
        {
            Actions = ActionYears(actions ?? [], codes),
            BasisNotes = [.. (notes ?? []).SelectMany(Sentences).Where(s => s.Contains("reporting basis", StringComparison.OrdinalIgnoreCase) && names.Any(n => NamesDistrict(s, n))).Distinct()],
        };
    }

    private static List<FlyTippingActionYear> ActionYears(IReadOnlyList<FlyTippingActionRecord> actions, HashSet<string> codes)
    {
        var ours = actions.Where(a => a.Kind == FlyTippingRowKind.LocalAuthority && codes.Contains(a.OnsCode)).ToList();
        var types = FlyTippingActionTypes.Names.Where(t => ours.Any(a => a.Actions.Any(x => x.Key == t))).ToList();
        return [.. ours.GroupBy(a => a.Year).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new FlyTippingActionYear(g.Key,
            [.. types.Select(t =>
            {
                var counts = g.Select(a => a.Actions.FirstOrDefault(x => x.Key == t).Value).ToList();
                return new KeyValuePair<string, double?>(t, g.Count() == codes.Count && counts.All(c => c is not null) ? counts.Sum() : null);
            })]))];
    }

    // The Metadata notes are paragraphs; the caveat quotes only the sentence that names the district.
    private static IEnumerable<string> Sentences(string note) =>
        note.Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .SelectMany(line => System.Text.RegularExpressions.Regex.Split(line, @"(?<=\.)\s+(?=[A-Z])"))
            .Select(s => s.Trim()).Where(s => s.Length > 0);

    private static bool NamesDistrict(string sentence, string name) =>
        System.Text.RegularExpressions.Regex.IsMatch(sentence, $@"(?<![\w]){System.Text.RegularExpressions.Regex.Escape(name)}(?![\w])", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    // 2018-19 has two England totals; "(original)" is the one on the same basis as that year's authority rows.
    private static FlyTippingRecord? England(IReadOnlyList<FlyTippingRecord> records, string year)
    {
        var england = records.Where(r => r.Year == year && r.Kind == FlyTippingRowKind.EnglandTotal).ToList();
        return england.FirstOrDefault(r => (r.Region ?? "").Trim().Equals("*Total England", StringComparison.OrdinalIgnoreCase))
            ?? england.FirstOrDefault(r => (r.Region ?? "").Contains("original", StringComparison.OrdinalIgnoreCase))
            ?? england.FirstOrDefault();
    }
}
