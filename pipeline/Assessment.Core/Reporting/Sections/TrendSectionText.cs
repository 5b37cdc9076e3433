using Assessment.Core.Trends;

namespace Assessment.Core.Reporting.Sections;

/// <summary>Statements several trend sections make: which months were compared, what was excluded, counts-only.</summary>
public static class TrendSectionText
{
    /// <summary>A warning when the comparison is not over every month of both periods; null when it is.</summary>
    public static CalloutBlock? CoverageNote(TrendFindings findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var c = findings.Coverage;
        if (c.IsComplete) return null;
        var whole = c.MonthsCompared.Count == c.PeriodLength;
        if (c.MonthsCompared.Count == 0)
        {
            return new CalloutBlock(CalloutKind.Warning,
                $"No month of the assessment period ({findings.Period.Current.ToLongString()}) has the same month of the comparison period loaded and complete, so no change between the periods can be measured.",
                "No like-for-like months");
        }

        var parts = new List<string>
        {
            whole
                ? $"Changes are measured like for like on all {c.PeriodLength} months, force by force: a force's month is compared only when that force's data is complete in both periods."
                : $"Changes are measured like for like on the {MonthListText.CountWord(c.MonthsCompared.Count)} months both periods have: " +
                  $"{MonthListText.Describe(c.MonthsCompared)} against {MonthListText.Describe(c.ComparisonMonthsCompared)} ({MonthListText.CountWord(c.MonthsCompared.Count)} months compared, not {c.PeriodLength}).",
        };
        if (c.ComparisonMonthsMissing.Count > 0)
            parts.Add($"The comparison period has no data for {MonthListText.Describe(c.ComparisonMonthsMissing)}.");
        if (c.CurrentMonthsMissing.Count > 0)
            parts.Add($"The assessment period has no data for {MonthListText.Describe(c.CurrentMonthsMissing)}.");
        if (c.ExcludedIncomplete.Count > 0)
            parts.Add($"{MonthListText.Describe(c.ExcludedIncomplete)} {(c.ExcludedIncomplete.Count == 1 ? "looks" : "look")} incomplete and {(c.ExcludedIncomplete.Count == 1 ? "is" : "are")} left out, with {(c.ExcludedIncomplete.Count == 1 ? "its" : "their")} counterpart.");
        var forces = c.LeftOut.Select(l => c.NameOf(l.Force)).Distinct().ToList();
        if (forces.Count > 0)
            parts.Add($"Some forces' months are left out ({string.Join(", ", forces)}); the data-quality appendix (Months compared) lists each force-month left out and why.");
        return new CalloutBlock(CalloutKind.Warning, string.Join(" ", parts), "Months compared");
    }

    /// <summary>
    /// One or two sentences on the months compared when they are not every month of both periods with every force: how
    /// many months, and which forces' months are left out (listed in full in the data-quality appendix).
    /// </summary>
    public static string MonthsComparedSummary(ComparisonCoverage coverage)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        var months = coverage.MonthsCompared.Count == coverage.PeriodLength
            ? $"All {coverage.PeriodLength} months are compared like for like."
            : $"Only {MonthListText.CountWord(coverage.MonthsCompared.Count)} months could be compared like for like ({MonthListText.Describe(coverage.MonthsCompared)} against the same months a period earlier).";
        var leftOut = LeftOutForceMonths(coverage);
        return leftOut.Count == 0 ? months
            : $"{months} Left out, so that a data gap is not read as a change (see the data-quality appendix, Months compared): {string.Join(" ", leftOut)}";
    }

    /// <summary>
    /// Each force left out of pairs of months, and why, one sentence per force: e.g. "British Transport Police: left out of February to
    /// December 2025 against February to December 2024: no file for February to December 2025." Empty when none.
    /// </summary>
    public static IReadOnlyList<string> LeftOutForceMonths(ComparisonCoverage coverage)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        return [.. coverage.LeftOut.GroupBy(l => l.Force).Select(g =>
        {
            var reasons = new List<string>();
            void Add(IEnumerable<Model.YearMonth> months, string what)
            {
                var list = months.ToList();
                if (list.Count > 0) reasons.Add($"{what} {MonthListText.Describe(list)}");
            }

            Add(g.Where(l => l.CurrentStatus == MonthStatus.Missing).Select(l => l.Month), "no file for");
            Add(g.Where(l => l.CounterpartStatus == MonthStatus.Missing).Select(l => l.Counterpart), "no file for");
            Add(g.Where(l => l.CurrentStatus == MonthStatus.LikelyIncomplete).Select(l => l.Month), "likely incomplete in");
            Add(g.Where(l => l.CounterpartStatus == MonthStatus.LikelyIncomplete).Select(l => l.Counterpart), "likely incomplete in");
            return $"{coverage.NameOf(g.Key)}: left out of {MonthListText.Describe(g.Select(l => l.Month))} against {MonthListText.Describe(g.Select(l => l.Counterpart))} ({string.Join("; ", reasons)}).";
        })];
    }

    /// <summary>A caution naming months left out of the tests as likely incomplete; null when there are none.</summary>
    public static CalloutBlock? IncompleteNote(TrendFindings findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var months = findings.DataQuality.IncompleteMonths;
        if (months.Count == 0) return null;
        var detail = findings.DataQuality.Months.Where(m => m.Status == MonthStatus.LikelyIncomplete)
            .Select(m => $"{m.Month.ToLongString()} ({ReportNumbers.FormatCount(m.InAreaCount ?? 0)} records, {ReportNumbers.FormatPercent(m.RatioToExpected, 0)} of the level expected from the other months)");
        return new CalloutBlock(CalloutKind.Warning,
            $"{string.Join("; ", detail)}. A force's month below {ReportNumbers.FormatPercent(findings.Options.IncompleteFraction, 0)} of the level expected from that force's other months, by more than chance allows, is treated as likely incomplete: " +
            "it is shown in the charts but left out of every test, rolling total and trend. The data-quality appendix lists every force-month left out.",
            "Likely incomplete months");
    }

    /// <summary>The statement that there are no rates because no population file was given; null when there is a population.</summary>
    public static CalloutBlock? CountsOnlyNote(TrendFindings findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        if (findings.Population is { IsUsable: true }) return null;
        return new CalloutBlock(CalloutKind.Info,
            "No population file was given, so this report uses counts only: there are no rates per 1,000 residents. " +
            "Comparisons between periods are unaffected (the area's population is taken as unchanged between them). Set population: in the configuration to a CSV of LSOA code and residents to add rates.",
            "Counts only");
    }
}
