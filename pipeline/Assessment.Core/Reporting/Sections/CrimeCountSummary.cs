using Assessment.Core.Model;

namespace Assessment.Core.Reporting.Sections;

/// <summary>
/// The police.uk counts the report quotes, summed from <see cref="MonthlyCount"/> rows. A month is "loaded" when
/// any input file or count covers it; a loaded month with no row for a crime type has zero of that type.
/// Comparisons between periods use matched months only (a current month whose month one period earlier is also
/// loaded), so a partly loaded comparison period is never set against a full one.
/// </summary>
public sealed class CrimeCountSummary
{
    private readonly Dictionary<(YearMonth Month, string Type), long> counts = new();
    private readonly HashSet<YearMonth> loaded;

    private CrimeCountSummary(AssessmentReportInput input)
    {
        Period = input.Period;
        foreach (var c in input.MonthlyCounts)
            counts[(c.Month, c.CrimeType)] = counts.GetValueOrDefault((c.Month, c.CrimeType)) + c.Count;
        // A refused file's month holds no rows: it is not loaded, whatever its data-quality row says.
        loaded = input.FileQuality.Where(f => f.RowsLoaded > 0).Select(f => f.Month).Concat(input.MonthlyCounts.Select(c => c.Month)).ToHashSet();
        LoadedMonths = loaded.Order().ToList();
        CurrentMonthsLoaded = Period.Current.Months().Where(loaded.Contains).ToList();
        MatchedCurrentMonths = CurrentMonthsLoaded.Where(m => loaded.Contains(m.AddMonths(-Period.LengthInMonths))).ToList();
        CrimeTypes = counts.Keys.Select(k => k.Type).Distinct(StringComparer.Ordinal)
            .OrderByDescending(t => CurrentTotal(t)).ThenBy(t => t, StringComparer.Ordinal).ToList();
    }

    /// <summary>Summarises the counts of <paramref name="input"/>.</summary>
    public static CrimeCountSummary From(AssessmentReportInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return new CrimeCountSummary(input);
    }

    /// <summary>The assessment and comparison periods the counts are summarised for.</summary>
    public AssessmentPeriod Period { get; }

    /// <summary>Every loaded month, ascending.</summary>
    public IReadOnlyList<YearMonth> LoadedMonths { get; }

    /// <summary>Loaded months of the assessment period, ascending.</summary>
    public IReadOnlyList<YearMonth> CurrentMonthsLoaded { get; }

    /// <summary>Assessment-period months whose counterpart in the comparison period is loaded too, ascending.</summary>
    public IReadOnlyList<YearMonth> MatchedCurrentMonths { get; }

    /// <summary>Crime types seen, largest assessment-period total first (ties by name).</summary>
    public IReadOnlyList<string> CrimeTypes { get; }

    /// <summary>True when every month of both periods is loaded.</summary>
    public bool PeriodsComplete => MatchedCurrentMonths.Count == Period.LengthInMonths;

    /// <summary>True when at least one input file covers <paramref name="month"/> (a loaded month may still have no records).</summary>
    public bool IsLoaded(YearMonth month) => loaded.Contains(month);

    /// <summary>Count in one month; <paramref name="crimeType"/> null for all types; 0 for an unloaded month.</summary>
    public long Month(YearMonth month, string? crimeType = null) =>
        crimeType is null ? CrimeTypes.Sum(t => counts.GetValueOrDefault((month, t))) : counts.GetValueOrDefault((month, crimeType));

    /// <summary>Total over the loaded months of the assessment period.</summary>
    public long CurrentTotal(string? crimeType = null) => CurrentMonthsLoaded.Sum(m => Month(m, crimeType));

    /// <summary>Total over the matched months of the assessment period.</summary>
    public long MatchedCurrent(string? crimeType = null) => MatchedCurrentMonths.Sum(m => Month(m, crimeType));

    /// <summary>Total over the comparison-period counterparts of the matched months.</summary>
    public long MatchedComparison(string? crimeType = null) => MatchedCurrentMonths.Sum(m => Month(m.AddMonths(-Period.LengthInMonths), crimeType));

    /// <summary>"January 2025 to December 2025", or the matched months' first and last with their count when not all are matched.</summary>
    public string MatchedDescription(bool comparison)
    {
        if (MatchedCurrentMonths.Count == 0) return "no matched months";
        var shift = comparison ? -Period.LengthInMonths : 0;
        var range = new MonthRange(MatchedCurrentMonths[0].AddMonths(shift), MatchedCurrentMonths[^1].AddMonths(shift)).ToLongString();
        return MatchedCurrentMonths.Count == MatchedCurrentMonths[^1].MonthsSince(MatchedCurrentMonths[0]) + 1
            ? range
            : $"{MatchedCurrentMonths.Count} months between {range}";
    }

    /// <summary>Short form for column headers: "Jan–Apr 2024", "Apr 2024–Mar 2025", or "8 months" when the matched months are not consecutive.</summary>
    public string MatchedShortDescription(bool comparison)
    {
        if (MatchedCurrentMonths.Count == 0) return "no matched months";
        var shift = comparison ? -Period.LengthInMonths : 0;
        var first = MatchedCurrentMonths[0].AddMonths(shift);
        var last = MatchedCurrentMonths[^1].AddMonths(shift);
        if (MatchedCurrentMonths.Count != last.MonthsSince(first) + 1) return $"{MatchedCurrentMonths.Count} months";
        string Short(YearMonth m) => m.FirstDay.ToString("MMM", System.Globalization.CultureInfo.InvariantCulture);
        if (first == last) return $"{Short(first)} {first.Year}";
        return first.Year == last.Year ? $"{Short(first)}\u2013{Short(last)} {last.Year}" : $"{Short(first)} {first.Year}\u2013{Short(last)} {last.Year}";
    }
}
