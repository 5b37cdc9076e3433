using Assessment.Core.Charts;
using Assessment.Core.Partners;
using Assessment.Core.Statistics;

namespace Assessment.Core.Reporting.Sections;

/// <summary>The treatment sub-section of the substance-misuse chapter: a table by year and substance group, and the completion rates with their intervals.</summary>
internal static class SubstanceTreatmentPart
{
    public static ReportSection Build(string area, TreatmentSummary treatment)
    {
        var periods = treatment.Periods;
        var last = periods[^1];
        var blocks = new List<ReportBlock>();
        if (treatment.IsSynthetic)
            blocks.Add(new CalloutBlock(CalloutKind.Warning, "Synthetic sample: the treatment figures below are made up in the published NDTMS/OHID shape to show the analysis; they are not the area's real figures. Replace inputs.treatment with the partnership's own NDTMS extract."));
        blocks.Add(new ParagraphBlock(Overview(area, treatment, last)));
        if (treatment.MissingCodes.Count > 0)
            blocks.Add(new CalloutBlock(CalloutKind.Warning, $"The treatment file has no rows for {string.Join(", ", treatment.MissingCodes)}; the figures cover {string.Join(", ", treatment.AreaNames)} only."));

        blocks.Add(new TableBlock(LatestYear(area, treatment, last)));
        blocks.Add(new TableBlock(ByYear(area, treatment, periods)));

        var points = treatment.Years.Where(y => y.CompletionRate is not null)
            .Select(y => new IntervalPoint(y.Group.ToLabel(), y.Period, y.CompletionRate!.Value, y.CompletionInterval!.Value.Lower, y.CompletionInterval!.Value.Upper)).ToList();
        if (points.Count > 0)
        {
            blocks.Add(new ChartBlock("treatment-completion-rates", $"Successful completions as a share of adults in treatment in {area}",
                IntervalTrendChart.Build(points, periods, "Financial year", "Successful completions (% in treatment)", percent: true,
                    $"Successful-completion rates by substance group in {area}, {periods[0]} to {last}, with 95% Wilson intervals."),
                $"Points with vertical bars: the share of adults in treatment in {area} who completed successfully, by substance group and year, {periods[0]} to {last}, each with its 95% Wilson interval.",
                treatment.Source));
        }
        blocks.Add(new ParagraphBlock("The completion rate is successful completions divided by adults in treatment in the year; the re-presentation rate is those who came back within six months divided by successful completions. Intervals are 95% Wilson score intervals for a proportion; the area is called above or below the comparator when its interval excludes the comparator's rate, as Fingertips compares areas with England. Counts below five may be suppressed (shown as –); a rate is only given where both counts are known."));
        return new ReportSection("substance-treatment", "Drug and alcohol treatment", blocks, []);
    }

    private static ReportTable LatestYear(string area, TreatmentSummary treatment, string last)
    {
        var comparator = treatment.ComparatorName;
        var columns = new List<TableColumn>
        {
            TableColumn.Text("Substance group"), TableColumn.Count("In treatment"), TableColumn.Count("New presentations"),
            TableColumn.Count("Successful completions"), TableColumn.Text("Completion rate (95% CI)"),
            TableColumn.Count("Re-presentations"), TableColumn.Text("Re-presentation rate (95% CI)"),
        };
        if (comparator is not null) columns.Add(TableColumn.Text($"{comparator} completion rate"));
        var rows = treatment.Years.Where(y => y.Period == last).Select(y =>
        {
            var row = new List<TableCell>
            {
                y.Group.ToLabel(), Cell(y.InTreatment), Cell(y.NewPresentations), Cell(y.SuccessfulCompletions),
                Rate(y.CompletionRate, y.CompletionInterval), Cell(y.RePresentations), Rate(y.RePresentationRate, y.RePresentationInterval),
            };
            if (comparator is not null) row.Add(treatment.ComparatorOf(y) is { } c ? Rate(c.CompletionRate, c.CompletionInterval) : ReportNumbers.NotApplicable);
            return (IReadOnlyList<TableCell>)row;
        }).ToList();
        return new ReportTable("treatment-latest-year", $"Adults in drug and alcohol treatment in {area}, {last}, by substance group", columns, rows, treatment.Source);
    }

    // Years down, groups across: the completion rate and the number in treatment it is out of, so that every year fits one table.
    private static ReportTable ByYear(string area, TreatmentSummary treatment, IReadOnlyList<string> periods)
    {
        var groups = treatment.Years.Select(y => y.Group).Distinct().Order().ToList();
        var columns = new List<TableColumn> { TableColumn.Text("Year") };
        columns.AddRange(groups.Select(g => TableColumn.Text($"{g.ToLabel()}: completed of in treatment")));
        var rows = periods.Select(period =>
        {
            var row = new List<TableCell> { period };
            foreach (var g in groups)
            {
                var y = treatment.Years.FirstOrDefault(t => t.Period == period && t.Group == g);
                row.Add(y is { CompletionRate: { } r, SuccessfulCompletions: { } k, InTreatment: { } n }
                    ? TableCell.FromNumber(r, $"{ReportNumbers.FormatPercent(r)} ({ReportNumbers.FormatCount(k)} of {ReportNumbers.FormatCount(n)})")
                    : TableCell.FromText(ReportNumbers.NotApplicable));
            }
            return (IReadOnlyList<TableCell>)row;
        }).ToList();
        return new ReportTable("treatment-completions-by-year", $"Successful completions in {area} by year and substance group", columns, rows, treatment.Source);
    }

    private static string Overview(string area, TreatmentSummary treatment, string last)
    {
        var latest = treatment.Years.Where(y => y.Period == last).ToList();
        var total = latest.All(y => y.InTreatment is not null) ? latest.Sum(y => y.InTreatment!.Value) : (long?)null;
        var text = $"In {last} (April to March) {(total is { } t ? $"{ReportNumbers.FormatCount(t)} adults were" : "adults were")} in drug and alcohol treatment in {area}";
        var parts = latest.Where(y => y.InTreatment is not null).Select(y => $"{ReportNumbers.FormatCount(y.InTreatment!.Value)} {y.Group.ToLabel().ToLowerInvariant()}").ToList();
        text += parts.Count > 0 ? $": {string.Join(", ", parts)}." : ".";
        foreach (var y in latest.Where(y => y.CompletionInterval is not null))
        {
            var c = treatment.ComparatorOf(y);
            if (c?.CompletionRate is not { } benchmark || y.CompletionInterval is not { } ai) continue;
            var verdict = ai.SideOf(benchmark) switch { 1 => "above", -1 => "below", _ => "not clearly different from" };
            text += $" {y.Group.ToLabel()}: {ReportNumbers.FormatPercent(y.CompletionRate!.Value)} completed successfully, {verdict} {treatment.ComparatorName} ({ReportNumbers.FormatPercent(c.CompletionRate!.Value)}).";
        }
        return text;
    }

    private static TableCell Cell(long? value) => value is { } v ? TableCell.FromNumber(v) : TableCell.FromText(ReportNumbers.NotApplicable);

    private static TableCell Rate(double? rate, ConfidenceInterval? interval) => rate is { } r && interval is { } i
        ? TableCell.FromNumber(r, $"{ReportNumbers.FormatPercent(r)} ({ReportNumbers.FormatPercent(i.Lower)}–{ReportNumbers.FormatPercent(i.Upper)})")
        : TableCell.FromText(ReportNumbers.NotApplicable);
}
