using Assessment.Core.Model;
using Assessment.Core.Trends;

namespace Assessment.Core.Reporting.Sections;

/// <summary>
/// Data-quality appendix: every input file's row accounting, with totals; with the trend analysis, a sub-section on the
/// rules that change the analysis (missing and likely incomplete months, rows with no location per month, the
/// LSOA-vintage check and records that fall in no ward).
/// </summary>
/// <param name="findings">The trend analysis, or null for the row accounting alone.</param>
public sealed class DataQualitySection(TrendFindings? findings = null) : IReportSectionComposer
{
    /// <inheritdoc/>
    public string Key => "data-quality";

    /// <inheritdoc/>
    public IEnumerable<ReportSection> Compose(ReportSectionContext context)
    {
        var files = context.Input.FileQuality.OrderBy(f => f.Month).ThenBy(f => f.File, StringComparer.Ordinal).ToList();
        var blocks = new List<ReportBlock>
        {
            new ParagraphBlock("Every row of every input file is accounted for: rows read = rows loaded + rows rejected; loaded rows are either without a location, outside the area, or in the area. " +
                "Rows read are counted independently of the database that loads them, so a silently dropped row would show as a difference."),
        };
        if (context.Input.AreaNotes.Count > 0)
            blocks.Add(new CalloutBlock(CalloutKind.Info, string.Join(" ", context.Input.AreaNotes), "How the area was matched"));
        if (files.Count == 0)
        {
            blocks.Add(new CalloutBlock(CalloutKind.Warning, "No input files were loaded, so there is nothing to account for.", "No input files"));
            yield return new ReportSection("data-quality", "Appendix: data quality", blocks, []);
            yield break;
        }

        long Sum(Func<FileQuality, long> field) => files.Sum(field);
        var noLocationShare = Sum(f => f.RowsLoaded) == 0 ? double.NaN : (double)Sum(f => f.NoLocation) / Sum(f => f.RowsLoaded);
        var months = KeyFactPeriod.Of(files.Select(f => f.Month));
        blocks.Add(new KeyFactsBlock(
        [
            new KeyFact("Files", ReportNumbers.FormatCount(files.Count), months),
            new KeyFact("Rows read", ReportNumbers.FormatCount(Sum(f => f.RowsRead)), months),
            new KeyFact("Rows rejected", ReportNumbers.FormatCount(Sum(f => f.RowsRejected)), months),
            new KeyFact("No location", ReportNumbers.FormatPercent(noLocationShare), $"of loaded rows, {months}"),
        ]));

        var columns = new[]
        {
            TableColumn.Text("File"), TableColumn.Text("Month"), TableColumn.Count("Rows read"), TableColumn.Count("Loaded"), TableColumn.Count("Rejected"),
            TableColumn.Count("No location"), TableColumn.Count("Outside area"), TableColumn.Count("In area"), TableColumn.Count("Duplicate crime IDs"),
        };
        var rows = files.Select(f => (IReadOnlyList<TableCell>)
            [FileName(f.File), f.Month.ToString(), f.RowsRead, f.RowsLoaded, f.RowsRejected, f.NoLocation, f.OutsideArea, f.InArea, f.DuplicateCrimeIds]).ToList();
        IReadOnlyList<TableCell> totals =
            ["All files", "", Sum(f => f.RowsRead), Sum(f => f.RowsLoaded), Sum(f => f.RowsRejected), Sum(f => f.NoLocation), Sum(f => f.OutsideArea), Sum(f => f.InArea), Sum(f => f.DuplicateCrimeIds)];
        blocks.Add(new TableBlock(new ReportTable("data-quality-files", "Rows read, loaded and rejected by input file", columns, rows, context.Input.PoliceUkSource, totals, Compact: true)));
        if (RejectedAsDoubleCounts(Sum(f => f.IdenticalRows), Sum(f => f.OtherMonthRows)) is { } doubleCounts) blocks.Add(new ParagraphBlock(doubleCounts));
        blocks.Add(new ParagraphBlock("\"Outside area\" rows are in the force's files but located in other districts. \"Duplicate crime IDs\" counts extra rows whose crime ID already appeared in the same file; police.uk publishes some crimes twice with different locations or outcomes."));
        yield return new ReportSection("data-quality", "Appendix: data quality", blocks, findings is null ? [] : [Months(findings, context)]);
    }

    private static string? RejectedAsDoubleCounts(long identical, long otherMonth)
    {
        if (identical == 0 && otherMonth == 0) return null;
        var parts = new List<string>();
        if (identical > 0)
            parts.Add($"{ReportNumbers.FormatCount(identical)} {(identical == 1 ? "was a byte-for-byte copy" : "were byte-for-byte copies")} of an earlier row with the same crime ID in the same file (each crime is counted once)");
        if (otherMonth > 0)
            parts.Add($"{ReportNumbers.FormatCount(otherMonth)} carried a month other than their file's (not loaded from that file, so that no month is counted twice)");
        return $"Of the rows rejected, {string.Join("; ", parts)}. Rows without a crime ID (anti-social behaviour) are never treated as copies: police.uk publishes separate incidents at one map point with identical fields.";
    }

    // Paths differ between machines; the file name is what identifies a police.uk file.
    private static string FileName(string path)
    {
        var cut = path.LastIndexOfAny(['/', '\\']);
        return cut >= 0 ? path[(cut + 1)..] : path;
    }

    private static ReportSection Months(TrendFindings findings, ReportSectionContext context)
    {
        var quality = findings.DataQuality;
        var blocks = new List<ReportBlock>();
        var months = quality.Months;
        if (months.Count > 0)
        {
            var missing = quality.MissingMonths;
            var incomplete = quality.IncompleteMonths;
            blocks.Add(new ParagraphBlock($"From {months[0].Month.ToLongString()} to {months[^1].Month.ToLongString()}: " +
                (missing.Count == 0 ? "no month is missing. " : $"no data for {MonthListText.Describe(missing)} ({missing.Count} months); these months are gaps in every chart and are never counted as zero. ") +
                (incomplete.Count == 0 ? "No loaded month looks incomplete." : $"{MonthListText.Describe(incomplete)} {(incomplete.Count == 1 ? "looks" : "look")} incomplete and {(incomplete.Count == 1 ? "is" : "are")} left out of the tests.")));
            AddIfPresent(blocks, TrendSectionText.IncompleteNote(findings));
            blocks.Add(new ParagraphBlock(NoLocationSentence(months)));
            blocks.Add(TableBlock.CsvOnly(TrendTableBuilders.MonthCompleteness("month-completeness", months, context.Input.PoliceUkSource)));
            blocks.Add(new HeadingBlock("Months compared"));
            blocks.Add(new ParagraphBlock(ComparedText(findings.Coverage)));
            var leftOut = TrendSectionText.LeftOutForceMonths(findings.Coverage);
            if (leftOut.Count > 0) blocks.Add(new BulletListBlock(leftOut));
            blocks.Add(TableBlock.CsvOnly(TrendTableBuilders.Coverage("force-month-coverage", findings.Coverage, context.Input.PoliceUkSource)));
        }

        blocks.Add(VintageBlock(quality.Vintage));
        if (findings.Wards is { UnassignedRecords: > 0 } wards)
        {
            blocks.Add(new ParagraphBlock($"{ReportNumbers.FormatCount(wards.UnassignedRecords)} in-area records ({ReportNumbers.FormatCount(wards.UnassignedPoints)} of {ReportNumbers.FormatCount(wards.DistinctPoints)} map points) fall in no ward of {wards.Source}; they count towards the area but no ward."));
        }

        return new ReportSection("data-quality-months", "Month-by-month completeness and LSOA vintage", blocks, []);
    }

    private static string ComparedText(ComparisonCoverage c)
    {
        var intro = "Coverage is judged for each force and month (the table below); a force's month is compared only when that force's data is complete in both periods, and is otherwise left out of both months of the pair. ";
        if (c.MonthsCompared.Count == 0) return intro + "No month could be compared.";
        return intro + $"Compared: {MonthListText.Describe(c.MonthsCompared)} against {MonthListText.Describe(c.ComparisonMonthsCompared)}. " +
            (c.LeftOut.Count == 0 ? "No force-month is left out." : "Left out:");
    }

    private static string NoLocationSentence(IReadOnlyList<MonthQuality> months)
    {
        var loaded = months.Where(m => m.RowsLoaded > 0).ToList();
        if (loaded.Count == 0) return "No rows were loaded, so there is no share of rows without a location.";
        if (loaded.All(m => m.NoLocationRows == 0))
            return "No loaded row lacks a location (input files cut down to the area by LSOA name hold no \"No Location\" rows, which have no LSOA).";
        var low = loaded.MinBy(m => m.NoLocationShare)!;
        var high = loaded.MaxBy(m => m.NoLocationShare)!;
        return $"Rows with no location cannot be placed in any area. Their share of the rows loaded ranged from {ReportNumbers.FormatPercent(low.NoLocationShare)} ({low.Month.ToLongString()}) to {ReportNumbers.FormatPercent(high.NoLocationShare)} ({high.Month.ToLongString()}).";
    }

    private static ReportBlock VintageBlock(LsoaVintageFindings vintage)
    {
        if (!vintage.WasChecked) return new ParagraphBlock("The LSOA codes and names were not checked for a change of vintage in this run.");
        if (!vintage.HasChanges)
        {
            return new ParagraphBlock($"LSOA vintage: the {ReportNumbers.FormatCount(vintage.CodesChecked)} LSOA codes seen over {vintage.MonthsChecked} months (as counted: mapped to the area's census vintage when a lookup mapped them) kept their district names, and no set of codes was replaced by another, " +
                "so no change of LSOA vintage (2011 to 2021 codes) or renamed district was detected (a change within the first or last two loaded months could not be told apart from LSOAs that simply had no records).");
        }

        var parts = new List<string>();
        foreach (var r in vintage.Renames)
            parts.Add($"{r.Codes} LSOA {(r.Codes == 1 ? "code changed its" : "codes changed their")} district name from \u201c{r.OldDistrict}\u201d to \u201c{r.NewDistrict}\u201d from {r.FirstMonthWithNewName.ToLongString()}; an area chosen by LSOA-name prefix must list both names.");
        foreach (var change in vintage.CodeChanges)
            parts.Add($"From {change.FirstMonthOfNewCodes.ToLongString()}, {change.RetiredCodes.Count} LSOA codes stopped appearing and {change.IntroducedCodes.Count} new codes started (for example {string.Join(", ", change.RetiredCodes.Take(3))} replaced by {string.Join(", ", change.IntroducedCodes.Take(3))}): the LSOA vintage probably changed, so counts by LSOA are not comparable across that month.");
        return new CalloutBlock(CalloutKind.Warning, string.Join(" ", parts), "LSOA vintage changed");
    }

    private static void AddIfPresent(List<ReportBlock> blocks, ReportBlock? block)
    {
        if (block is not null) blocks.Add(block);
    }
}
