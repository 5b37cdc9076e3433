using Assessment.Core.Model;
using Assessment.Core.Statistics;

namespace Assessment.Core.Trends;

/// <summary>
/// The months of one analysis: the coverage table (each force's months judged against that force's own usual level),
/// the months compared (<see cref="ComparisonCoverage"/>), the span the monthly series cover (first to last loaded
/// month), and each month's area-level status.
/// </summary>
internal sealed class MonthFrame
{
    private const string NoFile = "(no file)";
    private readonly Dictionary<YearMonth, List<string>> forcesByMonth;

    public MonthFrame(TrendInput input)
    {
        var options = input.Options;
        Period = input.Period;
        // A refused file's month holds no rows: it is not loaded for its force, whatever its data-quality row says.
        forcesByMonth = input.Quality.Where(f => f.RowsLoaded > 0).GroupBy(f => f.Month)
            .ToDictionary(g => g.Key, g => g.Select(f => f.Force).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList());
        var inArea = new Dictionary<(string Force, YearMonth Month), long>();
        foreach (var c in input.Counts)
        {
            var key = (ForceOf(c.Month, c.Force), c.Month);
            inArea[key] = inArea.GetValueOrDefault(key) + c.Count;
        }

        var rows = input.Quality.Where(f => f.RowsLoaded > 0).GroupBy(f => (f.Force, f.Month)).ToDictionary(g => g.Key, g => g.Sum(f => f.RowsLoaded));
        HashSet<(string Force, YearMonth Month)> present = [.. rows.Keys, .. inArea.Keys];
        var loaded = present.Select(p => p.Month).ToHashSet();
        SeriesMonths = loaded.Count == 0 ? [] : Span(loaded.Min(), loaded.Max());
        var tableMonths = loaded.Count == 0
            ? Span(Period.Comparison.First, Period.Current.Last)
            : Span(Min(loaded.Min(), Period.Comparison.First), Max(loaded.Max(), Period.Current.Last));

        var cells = new List<ForceMonthCoverage>();
        foreach (var force in present.Select(p => p.Force).Distinct().Order(StringComparer.Ordinal))
        {
            var values = tableMonths.Select(m => present.Contains((force, m)) ? inArea.GetValueOrDefault((force, m)) : double.NaN).ToArray();
            var judged = IncompleteMonthDetector.Detect(values, options.IncompleteFraction, options.IncompleteTailProbability);
            cells.AddRange(tableMonths.Select((m, i) => present.Contains((force, m))
                ? new ForceMonthCoverage(force, m, rows.GetValueOrDefault((force, m)), (long)values[i],
                    judged[i].IsLikelyIncomplete ? MonthStatus.LikelyIncomplete : MonthStatus.Loaded, judged[i].Expected, judged[i].TailProbability)
                : new ForceMonthCoverage(force, m, 0, null, MonthStatus.Missing, double.NaN, double.NaN)));
        }

        Coverage = ComparisonCoverage.Build(Period, cells) with { ForceNames = input.ForceNames };
        var files = input.Quality.GroupBy(f => f.Month).ToDictionary(g => g.Key, g => (NoLocation: g.Sum(f => f.NoLocation), Loaded: g.Sum(f => f.RowsLoaded)));
        Quality = [.. tableMonths.Select(m =>
        {
            var file = files.GetValueOrDefault(m);
            var month = cells.Where(c => c.Month == m && c.InAreaRows is not null).ToList();
            // The month's expected total is the sum of its forces' expectations, and exists only when every force was judged.
            var expected = month.Count > 0 && month.All(c => !double.IsNaN(c.Expected)) ? month.Sum(c => c.Expected) : double.NaN;
            long? total = month.Count > 0 ? month.Sum(c => c.InAreaRows!.Value) : null;
            return new MonthQuality(m, Coverage.StatusAt(m), total, expected, total is { } t && expected > 0 ? t / expected : double.NaN, file.NoLocation, file.Loaded);
        })];
    }

    public AssessmentPeriod Period { get; }

    /// <summary>First to last loaded month, consecutive; empty when nothing is loaded.</summary>
    public IReadOnlyList<YearMonth> SeriesMonths { get; }

    public IReadOnlyList<MonthQuality> Quality { get; }

    public ComparisonCoverage Coverage { get; }

    /// <summary>The area's status for the month (see <see cref="ComparisonCoverage.StatusAt"/>).</summary>
    public MonthStatus StatusOf(YearMonth month) => Coverage.StatusAt(month);

    /// <summary>Some force has a file with rows for the month.</summary>
    public bool IsLoaded(YearMonth month) => StatusOf(month) != MonthStatus.Missing;

    /// <summary>
    /// Usable in the monthly series and trend tests: complete for the area, and every force that takes part has a file
    /// for it (a force's absence would otherwise read as a fall in the area's total).
    /// </summary>
    public bool IsUsable(YearMonth month) => Coverage.StatusAt(month) == MonthStatus.Loaded && Coverage.HasEveryForce(month);

    /// <summary>The series of <paramref name="series"/> over <see cref="SeriesMonths"/>: counts where usable, NaN elsewhere.</summary>
    public double[] UsableValues(CountSeries series) => [.. SeriesMonths.Select(m => IsUsable(m) ? series.At(m) : double.NaN)];

    /// <summary>
    /// Counts of the compared months only, each restricted to the forces compared in its pair (both months of a pair use
    /// the same forces); months not compared have no entry.
    /// </summary>
    public IReadOnlyDictionary<YearMonth, long> Compared(IEnumerable<(YearMonth Month, string? Force, long Count)> counts)
    {
        var result = new Dictionary<YearMonth, long>();
        foreach (var pair in Coverage.Pairs.Where(p => p.IsCompared))
        {
            result[pair.Month] = 0;
            result[pair.Counterpart] = 0;
        }

        foreach (var (month, force, count) in counts)
        {
            if (!result.ContainsKey(month)) continue;
            if (Coverage.ForcesComparedIn(month).Contains(ForceOf(month, force), StringComparer.Ordinal)) result[month] += count;
        }

        return result;
    }

    /// <summary>
    /// The force of a count: its own, or, for counts that carry none, the one force whose file covers the month.
    /// </summary>
    /// <exception cref="ArgumentException">The count carries no force and several forces' files cover its month.</exception>
    private string ForceOf(YearMonth month, string? force)
    {
        if (force is not null) return force;
        if (!forcesByMonth.TryGetValue(month, out var forces)) return NoFile;
        if (forces.Count == 1) return forces[0];
        throw new ArgumentException($"In-area counts for {month} carry no force, but the files of {string.Join(", ", forces)} cover that month: counts must name their force.");
    }

    private static List<YearMonth> Span(YearMonth first, YearMonth last) =>
        [.. Enumerable.Range(0, last.MonthsSince(first) + 1).Select(first.AddMonths)];

    private static YearMonth Min(YearMonth a, YearMonth b) => a < b ? a : b;

    private static YearMonth Max(YearMonth a, YearMonth b) => a > b ? a : b;
}
