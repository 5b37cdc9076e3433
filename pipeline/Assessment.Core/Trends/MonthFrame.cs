using Assessment.Core.Model;
using Assessment.Core.Statistics;

namespace Assessment.Core.Trends;

/// <summary>
/// The months of one analysis: which are loaded, which are likely incomplete (judged on the area's total), the span
/// the monthly series cover (first to last loaded month), and the months the year-on-year comparison uses.
/// </summary>
internal sealed class MonthFrame
{
    private readonly HashSet<YearMonth> loaded;
    private readonly HashSet<YearMonth> incomplete = [];

    public MonthFrame(TrendInput input)
    {
        var options = input.Options;
        Period = input.Period;
        // A refused file's month holds no rows: it is not loaded, whatever its data-quality row says.
        loaded = [.. input.Quality.Where(f => f.RowsLoaded > 0).Select(f => f.Month), .. input.Counts.Select(c => c.Month)];
        var totals = input.Counts.GroupBy(c => c.Month).ToDictionary(g => g.Key, g => g.Sum(c => c.Count));
        SeriesMonths = loaded.Count == 0 ? [] : Span(loaded.Min(), loaded.Max());

        var values = SeriesMonths.Select(m => loaded.Contains(m) ? totals.GetValueOrDefault(m) : double.NaN).ToArray();
        var completeness = IncompleteMonthDetector.Detect(values, options.IncompleteFraction, options.IncompleteHalfWindow);
        var judged = new Dictionary<YearMonth, MonthCompleteness>();
        for (var i = 0; i < SeriesMonths.Count; i++)
        {
            judged[SeriesMonths[i]] = completeness[i];
            if (completeness[i].IsLikelyIncomplete) incomplete.Add(SeriesMonths[i]);
        }

        var files = input.Quality.GroupBy(f => f.Month).ToDictionary(g => g.Key, g => (NoLocation: g.Sum(f => f.NoLocation), Loaded: g.Sum(f => f.RowsLoaded)));
        var qualityMonths = loaded.Count == 0
            ? Span(Period.Comparison.First, Period.Current.Last)
            : Span(Min(loaded.Min(), Period.Comparison.First), Max(loaded.Max(), Period.Current.Last));
        Quality = [.. qualityMonths.Select(m =>
        {
            var file = files.GetValueOrDefault(m);
            var c = judged.GetValueOrDefault(m);
            // A missing month is not judged, so its neighbours' median means nothing.
            var isLoaded = loaded.Contains(m);
            return new MonthQuality(m, StatusOf(m), isLoaded ? totals.GetValueOrDefault(m) : null,
                isLoaded ? c?.NeighbourMedian ?? double.NaN : double.NaN, c?.Ratio ?? double.NaN, file.NoLocation, file.Loaded);
        })];
        Coverage = BuildCoverage();
    }

    public AssessmentPeriod Period { get; }

    /// <summary>First to last loaded month, consecutive; empty when nothing is loaded.</summary>
    public IReadOnlyList<YearMonth> SeriesMonths { get; }

    public IReadOnlyList<MonthQuality> Quality { get; }

    public ComparisonCoverage Coverage { get; }

    public bool IsLoaded(YearMonth month) => loaded.Contains(month);

    /// <summary>Loaded and not likely incomplete: usable in tests.</summary>
    public bool IsUsable(YearMonth month) => loaded.Contains(month) && !incomplete.Contains(month);

    public MonthStatus StatusOf(YearMonth month) =>
        !loaded.Contains(month) ? MonthStatus.Missing : incomplete.Contains(month) ? MonthStatus.LikelyIncomplete : MonthStatus.Loaded;

    /// <summary>The series of <paramref name="series"/> over <see cref="SeriesMonths"/>: counts where usable, NaN elsewhere.</summary>
    public double[] UsableValues(CountSeries series) => [.. SeriesMonths.Select(m => IsUsable(m) ? series.At(m) : double.NaN)];

    private ComparisonCoverage BuildCoverage()
    {
        var length = Period.LengthInMonths;
        var current = Period.Current.Months().ToList();
        var compared = current.Where(m => IsUsable(m) && IsUsable(m.AddMonths(-length))).ToList();
        var withoutCounterpart = current.Where(m => IsUsable(m) && !IsLoaded(m.AddMonths(-length))).ToList();
        var excluded = Period.Comparison.Months().Concat(current).Where(m => StatusOf(m) == MonthStatus.LikelyIncomplete).ToList();
        return new ComparisonCoverage(length, compared, withoutCounterpart, excluded,
            [.. current.Where(m => !IsLoaded(m))], [.. Period.Comparison.Months().Where(m => !IsLoaded(m))]);
    }

    private static List<YearMonth> Span(YearMonth first, YearMonth last) =>
        [.. Enumerable.Range(0, last.MonthsSince(first) + 1).Select(first.AddMonths)];

    private static YearMonth Min(YearMonth a, YearMonth b) => a < b ? a : b;

    private static YearMonth Max(YearMonth a, YearMonth b) => a > b ? a : b;
}
