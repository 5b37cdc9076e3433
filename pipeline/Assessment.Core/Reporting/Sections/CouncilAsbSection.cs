using Assessment.Core.Model;
using Assessment.Core.Partners;
using Assessment.Core.Trends;

namespace Assessment.Core.Reporting.Sections;

/// <summary>
/// The council's ASB case log in the ASB and environmental crime chapter: cases by category compared between the
/// periods under the run's year-on-year rule, cases by ward, and police.uk ASB beside them (never added to them).
/// </summary>
internal static class CouncilAsbSection
{
    /// <summary>police.uk's category of anti-social behaviour incidents, as in <see cref="AssessmentReportInput.MonthlyCounts"/>.</summary>
    public const string PoliceUkAsb = "Anti-social behaviour";

    /// <summary>The sentence that says why council cases and police.uk ASB are shown side by side and never summed.</summary>
    public const string NotAddedReason =
        "The two are not added together. police.uk counts incidents reported to the police, one row per incident, in the police's own ASB categories; "
        + "the council counts cases, where one case can gather many reports over weeks. Many people report to both, so a noisy neighbour or a street-drinking "
        + "group is often in both counts: adding them would count the same behaviour twice and mix incidents with cases.";

    private static readonly NumberFormat TwoDecimals = new(2);

    /// <summary>The subsection for <paramref name="summary"/>.</summary>
    public static ReportSection Compose(AssessmentReportInput input, AsbCaseSummary summary)
    {
        var period = input.Period;
        var source = Source(summary);
        var blocks = new List<ReportBlock>();
        if (IsSynthetic(summary))
            blocks.Add(new CalloutBlock(CalloutKind.Warning, $"The case log given ({summary.Source}) is a synthetic sample made for this report's sample data, not real council records: its figures show the method, not Canterbury's cases."));
        blocks.Add(new ParagraphBlock(Overview(summary, period)));

        var police = PoliceAsb(input);
        blocks.Add(new TableBlock(new ReportTable("council-asb-beside-police", "Council ASB cases and police.uk ASB incidents, side by side (not added)",
            [TableColumn.Text("Source"), TableColumn.Text("What is counted"), TableColumn.Count($"Comparison ({period.Comparison.ToLongString()})"),
             TableColumn.Count($"Assessment ({period.Current.ToLongString()})"), TableColumn.Text("Months with data (comparison; assessment)")],
            [
                ["Council case log", "cases", Cell(Sum(summary, period.Comparison, summary.ComparisonPeriodCases)), Cell(Sum(summary, period.Current, summary.AssessmentPeriodCases)), $"{Covered(summary, period.Comparison)}; {Covered(summary, period.Current)}"],
                ["police.uk", "incidents", police.Previous, police.Current, $"{police.PreviousMonths}; {police.CurrentMonths}"],
            ],
            $"{source}; {input.PoliceUkSource}", FirstColumnIsRowHeader: true)));
        blocks.Add(new CalloutBlock(CalloutKind.Info, NotAddedReason));

        blocks.Add(new TableBlock(CategoryTable(summary, source)));
        blocks.Add(new TableBlock(new ReportTable("council-asb-by-ward", $"Council ASB cases by ward, {period.Comparison.ToLongString()} and {period.Current.ToLongString()}",
            [TableColumn.Text("Ward"), TableColumn.Text("Code"), TableColumn.Count("Comparison"), TableColumn.Count("Assessment"), TableColumn.Number("Difference", NumberFormat.SignedInteger)],
            [.. summary.Wards.Select(w => (IReadOnlyList<TableCell>)[w.Name, w.Code ?? "–", w.Previous, w.Current, w.Current - w.Previous])],
            $"{source}. Wards: the case's ward code, else its ward name, else the ward its coordinates fall in; cases with none are under \"{AsbCaseSummary.NoWardLabel}\".")));
        if (Agencies(summary) is { } agencies) blocks.Add(new ParagraphBlock(agencies));

        var linked = summary.Categories.Select(c => (c, Actions: ActionPlanMentions.Of(c.Category, input.ActionPlan))).Where(x => x.Actions.Count > 0).ToList();
        if (linked.Count > 0)
        {
            blocks.Add(new ParagraphBlock("The partnership's action plan names these categories; the case log measures them:"));
            blocks.Add(new BulletListBlock([.. linked.Select(x =>
                $"{string.Join("; ", x.Actions.Select(ActionPlanMentions.Quote))}: {ReportNumbers.FormatCount(x.c.Current)} {x.c.Category.ToLowerInvariant()} cases in the assessment period against {ReportNumbers.FormatCount(x.c.Previous)} in the comparison period{Verdict(x.c)}.")]));
        }
        return new ReportSection("council-asb", "Council anti-social behaviour cases", blocks, []);
    }

    /// <summary>True when the log's file name says it is synthetic.</summary>
    public static bool IsSynthetic(AsbCaseSummary summary) => SyntheticExtract.IsNamed(summary.Source);

    private static string Source(AsbCaseSummary summary) => IsSynthetic(summary)
        ? $"Synthetic council ASB case log ({summary.Source}, {summary.FirstMonth.ToLongString()} to {summary.LastMonth.ToLongString()}), generated for the sample data; not real records, no licence applies"
        : $"Council ASB case log ({summary.Source}, {summary.FirstMonth.ToLongString()} to {summary.LastMonth.ToLongString()}), the council's own records, not published";

    private static string Overview(AsbCaseSummary summary, AssessmentPeriod period)
    {
        var all = summary.AllCases;
        var text = $"The council's case log holds {ReportNumbers.FormatCount(summary.CasesInLog)} cases reported from {summary.FirstMonth.ToLongString()} to {summary.LastMonth.ToLongString()}. ";
        if (all.Finding is { } f)
        {
            text += $"Over the {f.MonthsCompared} months of the assessment period it covers with their counterparts, it records {ReportNumbers.FormatCount(f.Current)} cases against {ReportNumbers.FormatCount(f.Previous)} a year earlier "
                + $"({f.Verdict.ToText()}, judged by the same test as the police.uk figures; see the methods appendix). The table below gives the change for each category.";
        }
        else
        {
            text += $"It does not cover both periods, so no change is tested: it records {ReportNumbers.FormatCount(all.Current)} cases in the assessment period ({period.Current.ToLongString()}).";
        }
        return text;
    }

    private static ReportTable CategoryTable(AsbCaseSummary summary, string source)
    {
        var tested = summary.AllCases.Finding is not null;
        IReadOnlyList<TableCell> Row(AsbCategoryChange c)
        {
            List<TableCell> cells = [c.Category, c.Previous, c.Current, c.Current - c.Previous];
            if (tested)
            {
                cells.AddRange(c.Finding is { } f
                    ? [f.RateRatio, f.Interval.Lower, f.Interval.Upper, TableCell.FromNumber(f.QValue, TrendNarrative.PValue(f.QValue)), f.Verdict.ToLabel()]
                    : [double.NaN, double.NaN, double.NaN, "–", "–"]);
            }
            return cells;
        }
        List<TableColumn> columns = [TableColumn.Text("Category"), TableColumn.Count("Comparison"), TableColumn.Count("Assessment"), TableColumn.Number("Difference", NumberFormat.SignedInteger)];
        if (tested)
        {
            columns.AddRange([TableColumn.Number("Rate ratio", TwoDecimals), TableColumn.Number("95% CI low", TwoDecimals), TableColumn.Number("95% CI high", TwoDecimals),
                TableColumn.Text("q-value"), TableColumn.Text("Verdict")]);
        }
        var months = summary.AllCases.Finding is { } all ? $", the {all.MonthsCompared} months compared in each period" : "";
        // Compact: nine columns, and the verdicts would otherwise wrap over three lines.
        return new ReportTable("council-asb-by-category", $"Council ASB cases by category{months}", columns, [.. summary.Categories.Select(Row)], source, Row(summary.AllCases), Compact: true);
    }

    private static string? Agencies(AsbCaseSummary summary)
    {
        if (summary.Agencies.Count == 0) return null;
        var total = summary.Agencies.Sum(a => a.Value);
        static string Holder(string agency) => agency switch
        {
            "Other" => "other agencies",
            _ => $"the {agency.ToLowerInvariant()}",
        };
        return $"Of the assessment period's {ReportNumbers.FormatCount(total)} cases, "
            + string.Join(", ", summary.Agencies.Select(a => $"{ReportNumbers.FormatCount(a.Value)} ({ReportNumbers.FormatPercent((double)a.Value / total, 0)}) are held by {Holder(a.Key)}"))
            + $"; {ReportNumbers.FormatCount(summary.OpenCases)} are still open.";
    }

    private static string Verdict(AsbCategoryChange change) => change.Finding is { } f ? $" ({f.Verdict.ToText()})" : "";

    // A period the log does not reach at all is unknown, not zero.
    private static long? Sum(AsbCaseSummary summary, MonthRange range, long cases) =>
        range.First > summary.LastMonth || range.Last < summary.FirstMonth ? null : cases;

    private static string Covered(AsbCaseSummary summary, MonthRange range)
    {
        var covered = range.Months().Count(m => m >= summary.FirstMonth && m <= summary.LastMonth);
        return $"{covered} of {range.Length}";
    }

    private static TableCell Cell(long? value) => value is { } v ? v : "–";

    private static (long Previous, long Current, string PreviousMonths, string CurrentMonths) PoliceAsb(AssessmentReportInput input)
    {
        var period = input.Period;
        long In(MonthRange r) => input.MonthlyCounts.Where(c => c.CrimeType == PoliceUkAsb && r.Contains(c.Month)).Sum(c => c.Count);
        string Months(MonthRange r) => $"{input.MonthlyCounts.Where(c => r.Contains(c.Month)).Select(c => c.Month).Distinct().Count()} of {r.Length}";
        return (In(period.Comparison), In(period.Current), Months(period.Comparison), Months(period.Current));
    }
}
