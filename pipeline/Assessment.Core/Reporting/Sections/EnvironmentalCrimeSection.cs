using Assessment.Core.Charts;
using Assessment.Core.Partners;

namespace Assessment.Core.Reporting.Sections;

/// <summary>
/// Anti-social behaviour and environmental crime beyond police.uk: the council's ASB case log (by category and ward,
/// beside police.uk ASB and never added to it) and fly-tipping from DEFRA's returns by local authority (incidents by
/// year, per 1,000 residents against England, the trend, the reporting basis, and enforcement actions). Each part
/// without its data is one sentence.
/// </summary>
public sealed class EnvironmentalCrimeSection : IReportSectionComposer
{
    /// <summary>The part's key and section id.</summary>
    public const string PartKey = "asb-environment";

    private const string Title = "Anti-social behaviour and environmental crime";

    /// <summary>Source note of the fly-tipping table and chart: publisher, data flow, release and licence.</summary>
    public const string FlyTippingSource = "Defra, Fly-tipping incidents and actions reported by local authorities in England (WasteDataFlow), release of 31 January 2023; Open Government Licence v3.0";

    /// <inheritdoc/>
    public string Key => PartKey;

    /// <inheritdoc/>
    public IEnumerable<ReportSection> Compose(ReportSectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var input = context.Input;
        var blocks = new List<ReportBlock>
        {
            new ParagraphBlock("Police-recorded anti-social behaviour is in the crime overview and the priority chapters. This chapter adds what the council records: its own anti-social behaviour cases, and fly-tipping, which is reported to the council, not the police, and returned by the council to government."),
        };
        var children = new List<ReportSection>();
        if (input.AsbCases is { } cases) children.Add(CouncilAsbSection.Compose(input, cases));
        else blocks.Add(new ParagraphBlock(input.AsbCasesAbsence));

        if (input.FlyTipping is not { } summary || summary.Known.Count == 0)
        {
            blocks.Add(new ParagraphBlock(input.FlyTipping is null ? input.FlyTippingAbsence
                : $"DEFRA's fly-tipping table has no figures for {string.Join(", ", input.FlyTipping.DistrictCodes)}, so fly-tipping is not covered."));
        }
        else
        {
            children.Add(FlyTipping(input.AreaName, summary, input.ActionPlan));
        }
        yield return new ReportSection(PartKey, Title, blocks, children);
    }

    private static ReportSection FlyTipping(string area, FlyTippingSummary summary, IReadOnlyList<ActionPlanItem> plan)
    {
        var known = summary.Known;
        var (first, last) = (known[0], known[^1]);
        var blocks = new List<ReportBlock>
        {
            new ParagraphBlock(Overview(area, summary, first, last)),
        };
        if (Rate(summary) is { } rate) blocks.Add(new ParagraphBlock(rate));
        blocks.Add(new CalloutBlock(summary.BasisNotes.Count > 0 || summary.BasisChanges.Count > 0 ? CalloutKind.Warning : CalloutKind.Info, Basis(summary)));
        if (summary.MissingCodes.Count > 0)
            blocks.Add(new CalloutBlock(CalloutKind.Warning, $"DEFRA's table has no rows for {string.Join(", ", summary.MissingCodes)}; the figures cover {string.Join(", ", summary.DistrictNames)} only."));

        var rows = summary.Years.Select(y => (IReadOnlyList<TableCell>)
        [
            y.Year, Cell(y.Incidents), Cell(y.Population), Cell(y.RatePer1000), Cell(y.EnglandRatePer1000),
        ]).ToList();
        blocks.Add(new TableBlock(new ReportTable("fly-tipping-by-year", $"Fly-tipping incidents in {area} by financial year",
            [TableColumn.Text("Year"), TableColumn.Count("Incidents"), TableColumn.Count("Mid-year population"),
             TableColumn.Number("Per 1,000 residents", NumberFormat.OneDecimal), TableColumn.Number("England per 1,000", NumberFormat.OneDecimal)],
            rows, FlyTippingSource)));
        blocks.Add(new ChartBlock("fly-tipping-incidents", $"Fly-tipping incidents in {area} by financial year",
            YearlyBarChart.Build(summary.Years.Select(y => (y.Year, y.Incidents)).ToList(), "Financial year", "Incidents",
                $"Fly-tipping incidents reported by {area} each financial year, {first.Year} to {last.Year}."),
            $"Bar chart of fly-tipping incidents in {area}: {Count(first.Incidents)} in {first.Year} and {Count(last.Incidents)} in {last.Year}.",
            FlyTippingSource));
        if (Actions(area, summary) is { } actions) blocks.Add(actions);
        var answered = ActionPlanMentions.Of("Fly-tipping", plan);
        if (answered.Count > 0)
            blocks.Add(new ParagraphBlock($"These figures measure the partnership's action{(answered.Count == 1 ? "" : "s")} {string.Join("; ", answered.Select(ActionPlanMentions.Quote))}."));
        return new ReportSection("fly-tipping", "Fly-tipping", blocks, []);
    }

    private static string Overview(string area, FlyTippingSummary summary, FlyTippingYear first, FlyTippingYear last)
    {
        var change = first.Incidents > 0 ? (last.Incidents!.Value - first.Incidents!.Value) / first.Incidents!.Value : (double?)null;
        var text = $"The council's returns to DEFRA ({string.Join(", ", summary.DistrictNames)}: {string.Join(", ", summary.DistrictCodes)}) record {Count(last.Incidents)} fly-tipping incidents in {last.Year} (April to March), against {Count(first.Incidents)} in {first.Year}"
            + (change is { } c ? $" ({ReportNumbers.FormatPercent(c, 0, signed: true)})." : ".");
        text += summary.Trend is { } trend
            ? trend.PValue < 0.05
                ? $" Over the {trend.Count} years the Mann–Kendall test finds a {(trend.Direction > 0 ? "rising" : "falling")} trend (p = {ReportNumbers.Format(trend.PValue, new NumberFormat(3))})."
                : $" Over the {trend.Count} years the Mann–Kendall test finds no clear rising or falling trend (p = {ReportNumbers.Format(trend.PValue, new NumberFormat(2))})."
            : $" With fewer than {FlyTippingSummary.MinimumTrendYears} years of figures, no trend test is made.";
        return text;
    }

    private static string? Rate(FlyTippingSummary summary)
    {
        var rated = summary.Years.Where(y => y.RatePer1000 is not null).ToList();
        if (rated.Count == 0) return null;
        var last = rated[^1];
        var text = $"Rates per 1,000 residents use the table's own mid-year population estimates, given from {rated[0].Year}. In {last.Year} the rate was {ReportNumbers.Format(last.RatePer1000!.Value, NumberFormat.OneDecimal)} per 1,000"
            + (last.EnglandRatePer1000 is { } england ? $", against {ReportNumbers.Format(england, NumberFormat.OneDecimal)} for England." : ".");
        foreach (var (before, year, change) in summary.PopulationJumps.Where(j => j.Year.RatePer1000 is not null))
        {
            text += $" The {year.Year} population is {ReportNumbers.FormatPercent(Math.Abs(change), 1)} {(change < 0 ? "lower" : "higher")} than the {before.Year} estimate, far more than a year's usual change, which points to rebased estimates (such as onto a census); part of the change in the rate that year comes from the denominator, not from fly-tipping.";
        }
        return text;
    }

    // DEFRA publishes each council's basis from 2019-20; whether staff-found incidents are counted changes the totals.
    private static string Basis(FlyTippingSummary summary)
    {
        var given = summary.Years.Where(y => y.ReportingBasis is not null).ToList();
        var text = given.Count == 0
            ? "DEFRA's table gives no reporting basis for these years, so whether incidents found by council staff are counted as well as those reported by the public is not known; totals of councils on different bases do not compare."
            : $"DEFRA gives each council's reporting basis from {given[0].Year}: {string.Join("; ", given.Select(y => $"{y.Year} {y.ReportingBasis}"))}. Earlier years' basis is not published, so they may not compare with later ones.";
        foreach (var (before, year) in summary.BasisChanges)
            text += $" The basis changed between {before} and {year}, so the change in incidents across those years is partly a change in what was counted.";
        foreach (var note in summary.BasisNotes)
            text += $" DEFRA's notes to the release say: “{note}” Figures of the years concerned may not compare with the years around them.";
        return text;
    }

    // The latest years only: a column per year keeps the table within the page.
    private const int ActionYearsShown = 5;

    private static TableBlock? Actions(string area, FlyTippingSummary summary)
    {
        var years = summary.Actions.TakeLast(ActionYearsShown).ToList();
        if (years.Count == 0) return null;
        var types = years.SelectMany(y => y.Actions.Select(a => a.Key)).Distinct().ToList();
        var rows = types.Where(t => t != FlyTippingActionTypes.Total)
            .Select(t => (IReadOnlyList<TableCell>)[t, .. years.Select(y => Cell(y.Of(t)))]).ToList();
        IReadOnlyList<TableCell>? total = types.Contains(FlyTippingActionTypes.Total) ? [FlyTippingActionTypes.Total, .. years.Select(y => Cell(y.Of(FlyTippingActionTypes.Total)))] : null;
        return new TableBlock(new ReportTable("fly-tipping-actions", $"Enforcement actions against fly-tipping by {area}, by type, {years[0].Year} to {years[^1].Year}",
            [TableColumn.Text("Action"), .. years.Select(y => TableColumn.Count(y.Year))], rows,
            $"{FlyTippingSource} (sheet LA_actions). Fixed penalty notices: DEFRA's total of every kind it records (for fly-tipping, household duty of care, littering with fly-tipping, and other); “–”: not available.", total));
    }

    private static TableCell Cell(double? value) => value is { } v ? TableCell.FromNumber(v) : TableCell.FromText("–");

    private static string Count(double? value) => value is { } v ? ReportNumbers.Format(v, NumberFormat.Integer) : "–";
}
