using Assessment.Core.Model;

namespace Assessment.Core.Reporting.Sections;

/// <summary>Data-quality appendix: every input file's row accounting, with totals.</summary>
public sealed class DataQualitySection : IReportSectionComposer
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
        yield return new ReportSection("data-quality", "Appendix: data quality", blocks, []);
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
}
