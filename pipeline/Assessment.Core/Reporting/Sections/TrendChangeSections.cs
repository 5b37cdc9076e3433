using Assessment.Core.Trends;

namespace Assessment.Core.Reporting.Sections;

/// <summary>The overview's sub-sections on change: by crime type, by priority theme and by ward.</summary>
internal static class TrendChangeSections
{
    public static ReportSection ByCrimeType(TrendFindings findings, ReportSectionContext context)
    {
        var input = context.Input;
        var rows = findings.YearOnYearAt(ComparisonLevel.CrimeType);
        var blocks = new List<ReportBlock>();
        if (rows.Count == 0)
        {
            blocks.Add(NoComparison());
            return new ReportSection("overview-change", "Change by crime type", blocks, []);
        }

        blocks.Add(new ParagraphBlock(TrendNarrative.SummariseLevel(rows, "crime types")));
        blocks.Add(new BulletListBlock([.. rows.Select(f => TrendNarrative.Describe(f, input.AreaName))]));
        TrendPatternSections.AddIfPresent(blocks, TrendChartBuilders.Change("overview-change-chart", "Change by crime type in the months compared", rows, input.PoliceUkSource));
        blocks.Add(TableBlock.CsvOnly(TrendTableBuilders.YearOnYear("change-by-type", "Change by crime type", "Crime type", rows, findings, input.PoliceUkSource, findings.YearOnYearOf(SeriesKey.Area))));
        blocks.Add(new ParagraphBlock("A change is called significant only when it is larger than normal month-to-month variation would give, allowing for the number of comparisons made; how this is tested is in the methods appendix."));
        return new ReportSection("overview-change", "Change by crime type", blocks, []);
    }

    public static ReportSection ByTheme(TrendFindings findings, ReportSectionContext context)
    {
        var input = context.Input;
        if (findings.Themes.Count == 0)
            return new ReportSection("overview-themes", "Change by priority theme", [new ParagraphBlock(NoPrioritiesSection.Text)], []);
        var rows = findings.YearOnYearAt(ComparisonLevel.Theme);
        var blocks = new List<ReportBlock>
        {
            new ParagraphBlock("Each priority theme is measured by the police.uk categories mapped to it; a category can count towards more than one theme, and the categories are broader than the themes."),
        };
        blocks.Add(new BulletListBlock([.. findings.Themes.Select(t => t.IsMeasured
            ? $"**{t.Theme.Name}:** {string.Join(", ", t.Theme.CrimeTypes)}{(t.NotInData.Count > 0 ? $" (not in the data: {string.Join(", ", t.NotInData)})" : "")}."
            : $"**{t.Theme.Name}:** no police.uk category indicates this theme, so it is not measured here.")]));
        if (rows.Count > 0)
        {
            blocks.Add(new BulletListBlock([.. rows.Select(f => TrendNarrative.Describe(f, input.AreaName))]));
            blocks.Add(TableBlock.CsvOnly(TrendTableBuilders.YearOnYear("change-by-theme", "Change by priority theme", "Theme", rows, findings, input.PoliceUkSource)));
        }
        else if (findings.Coverage.MonthsCompared.Count == 0)
        {
            blocks.Add(NoComparison());
        }

        return new ReportSection("overview-themes", "Change by priority theme", blocks, []);
    }

    public static ReportSection ByWard(TrendFindings findings, ReportSectionContext context)
    {
        var input = context.Input;
        var wards = findings.Wards!;
        var rows = findings.YearOnYearAt(ComparisonLevel.Ward);
        var blocks = new List<ReportBlock>
        {
            new ParagraphBlock($"police.uk records carry no ward. Each record's map point was placed in one of the {wards.WardCount} wards of {wards.Source} by its position; " +
                $"{ReportNumbers.FormatCount(wards.AssignedRecords)} in-area records fell in a ward."),
        };
        if (wards.UnassignedRecords > 0)
        {
            blocks.Add(new CalloutBlock(CalloutKind.Info,
                $"{ReportNumbers.FormatCount(wards.UnassignedRecords)} in-area records at {ReportNumbers.FormatCount(wards.UnassignedPoints)} map points lie in no ward polygon (their LSOA is in the area but the point is just outside the ward boundaries); they are counted in the area totals but in no ward.",
                "Records outside every ward"));
        }

        if (rows.Count == 0)
        {
            blocks.Add(NoComparison());
            return new ReportSection("overview-wards", "Change by ward", blocks, []);
        }

        blocks.Add(new ParagraphBlock(TrendNarrative.SummariseLevel(rows, "wards")));
        var changed = rows.Where(f => f.Verdict.IsChange()).ToList();
        if (changed.Count > 0) blocks.Add(new BulletListBlock([.. changed.Select(f => TrendNarrative.Describe(f, input.AreaName))]));
        blocks.Add(TableBlock.CsvOnly(TrendTableBuilders.YearOnYear("change-by-ward", "Change by ward", "Ward", rows, findings, input.PoliceUkSource + "; ward boundaries: Office for National Statistics")));
        return new ReportSection("overview-wards", "Change by ward", blocks, []);
    }

    public static CalloutBlock NoComparison() => new(CalloutKind.Warning,
        "No month of the assessment period has the same month of the comparison period loaded and complete, so no change can be measured at this level.",
        "No comparison");
}
