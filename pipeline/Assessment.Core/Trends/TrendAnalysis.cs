using Assessment.Core.Statistics;

namespace Assessment.Core.Trends;

/// <summary>
/// The trend analysis of the assessment (METHODS.md §2): year-on-year change with exact tests and false-discovery
/// control at area, crime-type, theme and ward level; monthly series with rolling totals, seasonal indices and
/// control charts; long-term Mann–Kendall trends with Sen's slope; harm weighting; rates per 1,000 residents; and
/// the data-quality rules that decide which months the tests may use. Pure: no I/O.
/// </summary>
public static class TrendAnalysis
{
    /// <summary>Runs every part of the analysis on <paramref name="input"/>.</summary>
    /// <remarks>
    /// Empty input (no months loaded) gives findings with no comparisons, no series points and notes saying why; a
    /// single month gives series but no comparison or trend test. Months are judged force by force, against the force's
    /// usual level (see <see cref="ComparisonCoverage"/>): a force-month missing or likely incomplete is left out of the
    /// year-on-year tests with its counterpart, and a month in which any force's data is likely incomplete is left out of
    /// the monthly series' tests and rolling totals.
    /// </remarks>
    /// <exception cref="ArgumentException">Two themes with the same id, or a false-discovery rate above 1 − the confidence level.</exception>
    public static TrendFindings Run(TrendInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var duplicate = input.Themes.GroupBy(t => t.Id, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new ArgumentException($"The theme '{duplicate.Key}' is defined twice.", nameof(input));

        var frame = new MonthFrame(input);
        var byType = input.Counts.GroupBy(c => c.CrimeType, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var currentMonths = input.Period.Current.Months().Where(frame.IsUsable).ToList();
        var crimeTypes = byType.Keys.Select(t => Series(frame, new SeriesKey(ComparisonLevel.CrimeType, t), byType[t]))
            .OrderByDescending(s => currentMonths.Sum(s.At)).ThenBy(s => s.Key.Key, StringComparer.Ordinal).ToList();

        var area = Series(frame, SeriesKey.Area, input.Counts);
        var themes = input.Themes.Where(t => t.HasCrimeTypes).Select(t =>
        {
            var types = t.CrimeTypes.ToHashSet(StringComparer.Ordinal);
            return Series(frame, t.SeriesKey, input.Counts.Where(c => types.Contains(c.CrimeType)));
        }).ToList();
        var wards = WardSeries(frame, input.Wards);

        List<CountSeries> all = [area, .. crimeTypes, .. themes, .. wards];
        var yoy = YearOnYear.Compare(all, frame.Coverage, NoLocationCheck.Check(frame.Coverage, input.Quality), input.Options, input.Population);
        var monthly = all.Select(s => MonthlySeriesAnalysis.Analyse(s, frame, input.ControlBaseline, input.Options)).ToList();
        var longTerm = LongTermTrend.Analyse(all, frame, input.Options);
        var harm = HarmAnalysis.Analyse(crimeTypes, frame, input.HarmWeights);
        var rates = Rates([area, .. crimeTypes, .. themes], currentMonths, input.Population, input.Options);
        var coverage = input.Themes.Select(t => new ThemeCoverage(t,
            [.. t.CrimeTypes.Where(byType.ContainsKey)], [.. t.CrimeTypes.Where(c => !byType.ContainsKey(c))])).ToList();
        var wardSummary = input.Wards is { } w
            ? new WardSummary(w.Wards.Count, w.AssignedRecords, w.UnassignedRecords, w.DistinctPoints, w.UnassignedPoints, w.Source)
            : null;
        var quality = new DataQualityFindings(frame.Quality, LsoaVintageCheck.Check(input.LsoaObservations));

        return new TrendFindings(input.AreaName, input.Period, input.Options, frame.Coverage, yoy, monthly, longTerm, harm,
            input.Population, rates, coverage, wardSummary, quality);
    }

    internal static CountSeries Series(MonthFrame frame, SeriesKey key, IEnumerable<Model.MonthlyCount> counts)
    {
        var list = counts.ToList();
        return new CountSeries(key, Sum(list.Select(c => (c.Month, c.Count))), frame.Compared(list.Select(c => (c.Month, c.Force, c.Count))))
        {
            Forces = Forces(list.Select(c => (c.Force, c.Count))),
        };
    }

    private static List<CountSeries> WardSeries(MonthFrame frame, WardCounts? wards)
    {
        if (wards is null) return [];
        var byWard = wards.Counts.Where(c => c.WardCode is not null).GroupBy(c => c.WardCode!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        return [.. wards.Wards.OrderBy(w => w.Name, StringComparer.Ordinal).ThenBy(w => w.Code, StringComparer.Ordinal).Select(w =>
        {
            var counts = byWard.GetValueOrDefault(w.Code) ?? [];
            return new CountSeries(new SeriesKey(ComparisonLevel.Ward, w.Code, w.Name), Sum(counts.Select(c => (c.Month, c.Count))),
                frame.Compared(counts.Select(c => (c.Month, c.Force, c.Count))))
            {
                Forces = Forces(counts.Select(c => (c.Force, c.Count))),
            };
        })];
    }

    private static HashSet<string>? Forces(IEnumerable<(string? Force, long Count)> counts)
    {
        var named = counts.Where(c => c.Count > 0).ToList();
        return named.Any(c => c.Force is null) ? null : named.Select(c => c.Force!).ToHashSet(StringComparer.Ordinal);
    }

    private static Dictionary<Model.YearMonth, long> Sum(IEnumerable<(Model.YearMonth Month, long Count)> counts) =>
        counts.GroupBy(c => c.Month).ToDictionary(g => g.Key, g => g.Sum(c => c.Count));

    private static List<RateFinding> Rates(IReadOnlyList<CountSeries> series, IReadOnlyList<Model.YearMonth> months, AreaPopulation? population, TrendOptions options)
    {
        if (population is not { IsUsable: true } p) return [];
        var scale = 1000 / p.Residents;
        return [.. series.Select(s =>
        {
            var count = months.Sum(s.At);
            var interval = PoissonInterval.Exact(count, options.ConfidenceLevel);
            return new RateFinding(s.Key, p.Residents, months.Count, count, count * scale, new ConfidenceInterval(interval.Lower * scale, interval.Upper * scale));
        })];
    }
}
