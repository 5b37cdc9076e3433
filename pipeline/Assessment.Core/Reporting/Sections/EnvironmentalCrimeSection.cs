using Assessment.Core.Charts;
using Assessment.Core.Partners;

namespace Assessment.Core.Reporting.Sections;

/// <summary>
/// Anti-social behaviour and environmental crime beyond police.uk: fly-tipping from DEFRA's returns by local authority
/// (incidents by year, per 1,000 residents against England, and the trend). Without the data, one sentence says so.
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
        var intro = new ParagraphBlock("Police-recorded anti-social behaviour is in the crime overview and the priority chapters. Environmental crime such as fly-tipping is reported by the council, not the police, and is covered here from the council's returns to government.");
        if (input.FlyTipping is not { } summary || summary.Known.Count == 0)
        {
            var reason = input.FlyTipping is null ? input.FlyTippingAbsence
                : $"DEFRA's fly-tipping table has no figures for {string.Join(", ", input.FlyTipping.DistrictCodes)}, so fly-tipping is not covered.";
            yield return new ReportSection(PartKey, Title, [intro, new ParagraphBlock(reason)], []);
            yield break;
        }
        yield return new ReportSection(PartKey, Title, [intro], [FlyTipping(input.AreaName, summary)]);
    }

    private static ReportSection FlyTipping(string area, FlyTippingSummary summary)
    {
        var known = summary.Known;
        var (first, last) = (known[0], known[^1]);
        var blocks = new List<ReportBlock>
        {
            new ParagraphBlock(Overview(area, summary, first, last)),
        };
        if (Rate(summary) is { } rate) blocks.Add(new ParagraphBlock(rate));
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
        var rebased = rated.FindIndex(y => y.Year == "2021-22");
        if (rebased > 0 && rated[rebased - 1].Population is { } before && rated[rebased].Population is { } after)
        {
            text += $" The 2021-22 population is based on Census 2021 and is {ReportNumbers.FormatPercent(Math.Abs(after - before) / before, 1)} {(after < before ? "lower" : "higher")} than the 2020-21 estimate, so part of the change in the rate that year comes from the rebased denominator, not from fly-tipping.";
        }
        return text;
    }

    private static TableCell Cell(double? value) => value is { } v ? TableCell.FromNumber(v) : TableCell.FromText("–");

    private static string Count(double? value) => value is { } v ? ReportNumbers.Format(v, NumberFormat.Integer) : "–";
}
