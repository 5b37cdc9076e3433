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
        if (c.MonthsCompared.Count == 0)
        {
            return new CalloutBlock(CalloutKind.Warning,
                $"No month of the assessment period ({findings.Period.Current.ToLongString()}) has the same month of the comparison period loaded and complete, so no change between the periods can be measured.",
                "No like-for-like months");
        }

        var parts = new List<string>
        {
            $"Changes are measured like for like on the {MonthListText.CountWord(c.MonthsCompared.Count)} months both periods have: " +
            $"{MonthListText.Describe(c.MonthsCompared)} against {MonthListText.Describe(c.ComparisonMonthsCompared)} ({MonthListText.CountWord(c.MonthsCompared.Count)} months compared, not {c.PeriodLength}).",
        };
        if (c.ComparisonMonthsMissing.Count > 0)
            parts.Add($"The comparison period has no data for {MonthListText.Describe(c.ComparisonMonthsMissing)}.");
        if (c.CurrentMonthsMissing.Count > 0)
            parts.Add($"The assessment period has no data for {MonthListText.Describe(c.CurrentMonthsMissing)}.");
        if (c.ExcludedIncomplete.Count > 0)
            parts.Add($"{MonthListText.Describe(c.ExcludedIncomplete)} {(c.ExcludedIncomplete.Count == 1 ? "looks" : "look")} incomplete and {(c.ExcludedIncomplete.Count == 1 ? "is" : "are")} left out, with {(c.ExcludedIncomplete.Count == 1 ? "its" : "their")} counterpart.");
        return new CalloutBlock(CalloutKind.Warning, string.Join(" ", parts), "Months compared");
    }

    /// <summary>A caution naming months left out of the tests as likely incomplete; null when there are none.</summary>
    public static CalloutBlock? IncompleteNote(TrendFindings findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var months = findings.DataQuality.IncompleteMonths;
        if (months.Count == 0) return null;
        var detail = findings.DataQuality.Months.Where(m => m.Status == MonthStatus.LikelyIncomplete)
            .Select(m => $"{m.Month.ToLongString()} ({ReportNumbers.FormatCount(m.InAreaCount ?? 0)} records, {ReportNumbers.FormatPercent(m.RatioToNeighbours, 0)} of the median of the months around it)");
        return new CalloutBlock(CalloutKind.Warning,
            $"{string.Join("; ", detail)}. A month below {ReportNumbers.FormatPercent(findings.Options.IncompleteFraction, 0)} of its neighbours' median is treated as likely incomplete: " +
            "it is shown in the charts but left out of every test, rolling total and trend.",
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
