using Assessment.Core.Model;
using Assessment.Core.Trends;

namespace Assessment.Core.Partners;

/// <summary>
/// The council's ASB case log summarised for the report: cases by category in the assessment and comparison periods,
/// compared under the same year-on-year rule as police.uk series (<see cref="YearOnYear"/>: dispersion-widened rate
/// ratio, Benjamini–Hochberg q ≤ the false-discovery rate), and cases by ward. The log's months are its span from the
/// first to the last month with a case; a month inside it with no case is a true zero, a month outside it is missing.
/// </summary>
/// <param name="Source">The log's file name, for source notes.</param>
/// <param name="FirstMonth">First month with a case.</param>
/// <param name="LastMonth">Last month with a case.</param>
/// <param name="CasesInLog">Every case loaded, any month.</param>
/// <param name="MonthsCompared">Assessment-period months whose counterpart the log also covers (0: no comparison).</param>
/// <param name="AllCases">All categories together.</param>
/// <param name="Categories">One row per category with a case in either period, most current cases first.</param>
/// <param name="Wards">One row per ward with a case in either period, most current cases first; cases without a ward last.</param>
/// <param name="Agencies">Cases of the assessment period by agency, most first.</param>
/// <param name="OpenCases">Cases of the assessment period still open.</param>
public sealed record AsbCaseSummary(
    string Source,
    YearMonth FirstMonth,
    YearMonth LastMonth,
    long CasesInLog,
    int MonthsCompared,
    AsbCategoryChange AllCases,
    IReadOnlyList<AsbCategoryChange> Categories,
    IReadOnlyList<AsbWardCount> Wards,
    IReadOnlyList<KeyValuePair<string, long>> Agencies,
    long OpenCases)
{
    /// <summary>Cases reported in any month of the comparison period (months the log does not cover add nothing).</summary>
    public long ComparisonPeriodCases { get; init; }

    /// <summary>Cases reported in any month of the assessment period.</summary>
    public long AssessmentPeriodCases { get; init; }

    /// <summary>The label of the all-categories row.</summary>
    public const string AllCasesLabel = "All cases";

    /// <summary>The name of the ward row of cases that give no ward, or a ward not matched.</summary>
    public const string NoWardLabel = "Ward not recorded";

    /// <summary>Summarises <paramref name="cases"/> for <paramref name="period"/>.</summary>
    /// <param name="source">The log's file name.</param>
    /// <param name="cases">The loaded cases; at least one.</param>
    /// <param name="period">The run's assessment and comparison periods.</param>
    /// <param name="options">The run's trend options (confidence level, false-discovery rate).</param>
    /// <param name="wards">The area's wards, to name codes and match names; null without a ward file.</param>
    /// <param name="locate">Finds the ward of a WGS84 point (longitude, latitude) for a case that gives only coordinates; null to skip.</param>
    /// <exception cref="ArgumentException"><paramref name="cases"/> is empty.</exception>
    public static AsbCaseSummary From(string source, IReadOnlyList<AsbCase> cases, AssessmentPeriod period, TrendOptions options,
        IReadOnlyList<Ward>? wards, Func<double, double, Ward?>? locate)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(period);
        if (cases.Count == 0) throw new ArgumentException("The case log has no cases.", nameof(cases));
        var first = cases.Min(c => c.Month);
        var last = cases.Max(c => c.Month);
        var span = Enumerable.Range(0, last.MonthsSince(first) + 1).Select(first.AddMonths).ToList();
        var coverage = ComparisonCoverage.OfLoadedMonths(period, span);
        var compared = coverage.MonthsCompared.Concat(coverage.ComparisonMonthsCompared).ToHashSet();

        var categories = cases.Select(c => c.Category).Distinct().ToList();
        var series = categories.Select(c => Series(c, cases.Where(x => x.Category == c), compared)).Prepend(Series(AllCasesLabel, cases, compared)).ToList();
        var findings = coverage.MonthsCompared.Count > 0
            ? YearOnYear.Compare(series, coverage, [], options, null).ToDictionary(f => f.Series.Key, StringComparer.Ordinal)
            : [];
        AsbCategoryChange Change(string category, IEnumerable<AsbCase> ofCategory)
        {
            if (findings.TryGetValue(category, out var finding)) return new AsbCategoryChange(category, finding.Previous, finding.Current, finding);
            var list = ofCategory.ToList();
            return new AsbCategoryChange(category, list.Count(c => period.Comparison.Contains(c.Month)), list.Count(c => period.Current.Contains(c.Month)), null);
        }

        var inPeriods = cases.Where(c => period.Current.Contains(c.Month) || period.Comparison.Contains(c.Month)).ToList();
        var current = inPeriods.Where(c => period.Current.Contains(c.Month)).ToList();
        return new AsbCaseSummary(
            source, first, last, cases.Count, coverage.MonthsCompared.Count,
            Change(AllCasesLabel, cases),
            [.. categories.Select(c => Change(c, cases.Where(x => x.Category == c))).Where(c => c.Previous + c.Current > 0)
                .OrderByDescending(c => c.Current).ThenBy(c => c.Category, StringComparer.Ordinal)],
            ByWard(inPeriods, period, wards, locate),
            [.. current.GroupBy(c => c.Agency).Select(g => new KeyValuePair<string, long>(g.Key, g.Count())).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)],
            current.Count(c => c.Status == "Open"))
        {
            ComparisonPeriodCases = inPeriods.Count - current.Count,
            AssessmentPeriodCases = current.Count,
        };
    }

    private static CountSeries Series(string key, IEnumerable<AsbCase> cases, HashSet<YearMonth> compared)
    {
        var counts = cases.GroupBy(c => c.Month).ToDictionary(g => g.Key, g => (long)g.Count());
        return new CountSeries(new SeriesKey(ComparisonLevel.CrimeType, key), counts, counts.Where(p => compared.Contains(p.Key)).ToDictionary());
    }

    private static List<AsbWardCount> ByWard(List<AsbCase> cases, AssessmentPeriod period, IReadOnlyList<Ward>? wards, Func<double, double, Ward?>? locate)
    {
        var byCode = wards?.ToDictionary(w => w.Code, StringComparer.OrdinalIgnoreCase) ?? [];
        var byName = wards?.GroupBy(w => NameKey(w.Name)).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single()) ?? [];
        (string? Code, string Name) WardOf(AsbCase c)
        {
            if (c.WardCode is { } code) return byCode.TryGetValue(code, out var w) ? (w.Code, w.Name) : (code, c.WardName ?? code);
            if (c.WardName is { } name) return byName.TryGetValue(NameKey(name), out var w) ? (w.Code, w.Name) : (null, name);
            if (locate is not null && c.Latitude is { } lat && c.Longitude is { } lon && locate(lon, lat) is { } located) return (located.Code, located.Name);
            return (null, NoWardLabel);
        }
        return [.. cases.GroupBy(WardOf)
            .Select(g => new AsbWardCount(g.Key.Code, g.Key.Name, g.Count(c => period.Comparison.Contains(c.Month)), g.Count(c => period.Current.Contains(c.Month))))
            .OrderBy(w => w.Name == NoWardLabel).ThenByDescending(w => w.Current).ThenBy(w => w.Name, StringComparer.Ordinal)];
    }

    // Ward names are written in many ways ("ST STEPHEN'S", "St Stephens"); letters and digits alone decide.
    private static string NameKey(string name) => new([.. name.ToLowerInvariant().Where(char.IsLetterOrDigit)]);
}
