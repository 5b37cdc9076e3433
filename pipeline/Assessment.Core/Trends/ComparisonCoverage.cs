using Assessment.Core.Model;

namespace Assessment.Core.Trends;

/// <summary>
/// The months compared: the one definition that the year-on-year tests, the hotspot change and the report all use.
/// Coverage is judged per force and month: a force-month is used only when the force's data is complete both in an
/// assessment-period month and in the same month one period earlier; a force missing or likely incomplete in either
/// is left out of both, and the other forces' months are still compared. A force with no file for a month is missing
/// for that force, never zero, whatever other forces' files cover. Forces with no in-area rows in any month play no part, unless no force has any.
/// </summary>
/// <param name="PeriodLength">Months in each period.</param>
/// <param name="Pairs">Every assessment-period month with its counterpart, in order.</param>
/// <param name="ForceMonths">The coverage table: every force × month from the earliest to the latest of the loaded months and both periods.</param>
public sealed record ComparisonCoverage(int PeriodLength, IReadOnlyList<ComparedMonth> Pairs, IReadOnlyList<ForceMonthCoverage> ForceMonths)
{
    /// <summary>Assessment-period months compared (at least one force complete in both), in order.</summary>
    public IReadOnlyList<YearMonth> MonthsCompared => [.. Pairs.Where(p => p.IsCompared).Select(p => p.Month)];

    /// <summary>Comparison-period months compared, in order.</summary>
    public IReadOnlyList<YearMonth> ComparisonMonthsCompared => [.. Pairs.Where(p => p.IsCompared).Select(p => p.Counterpart)];

    /// <summary>
    /// Assessment-period months compared with no force left out: analyses that cannot tell forces apart (the hotspot
    /// change, which works on map points) use only these.
    /// </summary>
    public IReadOnlyList<YearMonth> WholeMonthsCompared => [.. Pairs.Where(p => p.IsWhole).Select(p => p.Month)];

    /// <summary>Every force left out of a pair, in month order then force.</summary>
    public IReadOnlyList<ForceMonthLeftOut> LeftOut => [.. Pairs.SelectMany(p => p.LeftOut)];

    /// <summary>Assessment-period months with data from some force whose counterpart has data from none.</summary>
    public IReadOnlyList<YearMonth> WithoutCounterpart => [.. Pairs.Where(p => HasData(p.Month) && !HasData(p.Counterpart)).Select(p => p.Month)];

    /// <summary>Months of either period in which some force's data is likely incomplete, in order.</summary>
    public IReadOnlyList<YearMonth> ExcludedIncomplete =>
        [.. Pairs.Select(p => p.Counterpart).Concat(Pairs.Select(p => p.Month)).Where(m => StatusAt(m) == MonthStatus.LikelyIncomplete)];

    /// <summary>Assessment-period months no force has data for.</summary>
    public IReadOnlyList<YearMonth> CurrentMonthsMissing => [.. Pairs.Select(p => p.Month).Where(m => !HasData(m))];

    /// <summary>Comparison-period months no force has data for.</summary>
    public IReadOnlyList<YearMonth> ComparisonMonthsMissing => [.. Pairs.Select(p => p.Counterpart).Where(m => !HasData(m))];

    /// <summary>True when every month of both periods is compared with no force left out.</summary>
    public bool IsComplete => Pairs.Count == PeriodLength && Pairs.All(p => p.IsWhole);

    /// <summary>
    /// The area's status for a month: missing when no force has a file for it, likely incomplete when any force's data
    /// for it is, else complete (<see cref="MonthStatus.Loaded"/>).
    /// </summary>
    public MonthStatus StatusAt(YearMonth month)
    {
        var cells = ForceMonths.Where(c => c.Month == month).ToList();
        if (cells.All(c => c.Status == MonthStatus.Missing)) return MonthStatus.Missing;
        return cells.Any(c => c.Status == MonthStatus.LikelyIncomplete) ? MonthStatus.LikelyIncomplete : MonthStatus.Loaded;
    }

    /// <summary>The forces compared in the pair whose assessment-period or comparison-period month is <paramref name="month"/>; empty when none.</summary>
    public IReadOnlyList<string> ForcesComparedIn(YearMonth month) =>
        Pairs.FirstOrDefault(p => p.Month == month || p.Counterpart == month)?.Forces ?? [];

    /// <summary>
    /// Each force's name as its rows give it (police.uk's "Reported by", e.g. "kent" → "Kent Police"), for text and
    /// tables; a force not listed is named by its slug.
    /// </summary>
    public IReadOnlyDictionary<string, string> ForceNames { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The name of the force with slug <paramref name="force"/> (<see cref="ForceNames"/>), else the slug itself.</summary>
    public string NameOf(string force) => ForceNames.TryGetValue(force, out var name) && !string.IsNullOrWhiteSpace(name) ? name : force;

    /// <summary>Builds the pairs of <paramref name="period"/> from the coverage table.</summary>
    /// <param name="period">Assessment and comparison periods.</param>
    /// <param name="forceMonths">One cell per force and month; a force-month absent from the list is missing.</param>
    public static ComparisonCoverage Build(AssessmentPeriod period, IReadOnlyList<ForceMonthCoverage> forceMonths)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(forceMonths);
        var cells = forceMonths.ToDictionary(c => (c.Force, c.Month));
        var forces = Participating(forceMonths);
        MonthStatus Status(string force, YearMonth m) => cells.TryGetValue((force, m), out var c) ? c.Status : MonthStatus.Missing;

        var length = period.LengthInMonths;
        var pairs = period.Current.Months().Select(m =>
        {
            var counterpart = m.AddMonths(-length);
            var present = forces.Where(f => Status(f, m) != MonthStatus.Missing || Status(f, counterpart) != MonthStatus.Missing).ToList();
            var used = present.Where(f => Status(f, m) == MonthStatus.Loaded && Status(f, counterpart) == MonthStatus.Loaded).ToList();
            var leftOut = present.Except(used).Select(f => new ForceMonthLeftOut(f, m, counterpart, Status(f, m), Status(f, counterpart))).ToList();
            return new ComparedMonth(m, counterpart, used, leftOut);
        }).ToList();
        return new ComparisonCoverage(length, pairs, forceMonths);
    }

    /// <summary>
    /// The pairs when the data cannot be told apart by force: every month in <paramref name="loadedMonths"/> is taken as
    /// complete data from one source (named "all"), every other month as missing.
    /// </summary>
    public static ComparisonCoverage OfLoadedMonths(AssessmentPeriod period, IEnumerable<YearMonth> loadedMonths)
    {
        ArgumentNullException.ThrowIfNull(loadedMonths);
        return Build(period, [.. loadedMonths.Distinct().Select(m => new ForceMonthCoverage("all", m, 1, 1, MonthStatus.Loaded, double.NaN, double.NaN))]);
    }

    /// <summary>
    /// True when every force that takes part (see <see cref="Build"/>) has a file for <paramref name="month"/>: the area's
    /// total for the month then covers the same forces as in the other months, so a monthly series can use it without
    /// reading a force's absence as a fall.
    /// </summary>
    public bool HasEveryForce(YearMonth month) =>
        Participating(ForceMonths).All(f => ForceMonths.Any(c => c.Force == f && c.Month == month && c.Status != MonthStatus.Missing));

    private bool HasData(YearMonth month) => StatusAt(month) != MonthStatus.Missing;

    private static List<string> Participating(IReadOnlyList<ForceMonthCoverage> forceMonths)
    {
        // A force whose rows never fall in the area (a neighbouring force's file in the same folder) has nothing to
        // compare; when no force has any in-area row, every force's loaded months are true zeros and are compared.
        var all = forceMonths.Select(c => c.Force).Distinct().Order(StringComparer.Ordinal).ToList();
        var inArea = all.Where(f => forceMonths.Any(c => c.Force == f && c.InAreaRows > 0)).ToList();
        return inArea.Count > 0 ? inArea : all;
    }
}
