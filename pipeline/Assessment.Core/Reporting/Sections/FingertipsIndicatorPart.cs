using Assessment.Core.Charts;
using Assessment.Core.Partners;

namespace Assessment.Core.Reporting.Sections;

/// <summary>The Fingertips sub-section of the substance-misuse chapter: one table and one chart per indicator, the area against the county and England.</summary>
internal static class FingertipsIndicatorPart
{
    public static ReportSection Build(string area, IReadOnlyList<FingertipsIndicatorSummary> indicators)
    {
        var blocks = new List<ReportBlock>
        {
            new ParagraphBlock("OHID's Fingertips profiles publish health indicators for every district, county and England with their confidence intervals and a comparison with England. Where the export gives a comparison, it is Fingertips' own: better or worse when the area's 95% interval excludes England's value."),
        };
        for (var i = 0; i < indicators.Count; i++) blocks.AddRange(Indicator(area, indicators[i], i + 1));
        return new ReportSection("substance-indicators", "Alcohol and drug indicators", blocks, []);
    }

    /// <summary>The source note: publisher, indicator, periods, file and licence.</summary>
    public static string Source(FingertipsIndicatorSummary indicator)
    {
        var periods = indicator.Periods;
        var span = periods.Count == 0 ? "" : periods.Count == 1 ? $", {periods[0]}" : $", {periods[0]} to {periods[^1]}";
        var id = indicator.IndicatorId is null ? "" : $"indicator {indicator.IndicatorId}, ";
        return $"OHID Fingertips, {id}{indicator.IndicatorName}{span} ({indicator.File}); Open Government Licence v3.0";
    }

    private static IEnumerable<ReportBlock> Indicator(string area, FingertipsIndicatorSummary indicator, int number)
    {
        var periods = indicator.Periods;
        var unit = indicator.Measure ?? "Value";
        var source = Source(indicator);
        var series = indicator.Districts.Concat(indicator.County is null ? [] : [indicator.County]).Concat(indicator.England is null ? [] : [indicator.England]).ToList();
        // Some tidy extracts round values to whole numbers; a decimal place would suggest a precision they lack.
        var format = series.SelectMany(s => s.Points).All(p => p.Value is not { } v || v == Math.Round(v)) ? NumberFormat.Integer : NumberFormat.OneDecimal;
        yield return new HeadingBlock(indicator.IndicatorName);
        yield return new ParagraphBlock(Overview(indicator, periods));

        var hasInterval = series.SelectMany(s => s.Points).Any(p => p.LowerCi95 is not null);
        var hasCount = indicator.Districts.SelectMany(s => s.Points).Any(p => p.Count is not null);
        var hasCompare = indicator.Districts.SelectMany(s => s.Points).Any(p => p.ComparedToEngland is not null);
        var columns = new List<TableColumn> { TableColumn.Text("Period") };
        foreach (var s in series)
        {
            columns.Add(TableColumn.Number(s.AreaName, format));
            if (hasInterval) columns.Add(TableColumn.Text($"{s.AreaName} 95% CI"));
            if (hasCount && indicator.Districts.Contains(s)) columns.Add(TableColumn.Count($"{s.AreaName} count"));
            if (hasCompare && indicator.Districts.Contains(s)) columns.Add(TableColumn.Text($"{s.AreaName} vs England"));
        }
        var rows = periods.Select(period =>
        {
            var row = new List<TableCell> { period };
            foreach (var s in series)
            {
                var p = s.At(period);
                row.Add(p?.Value is { } v ? TableCell.FromNumber(v) : TableCell.FromText(ReportNumbers.NotApplicable));
                if (hasInterval) row.Add(p is { LowerCi95: { } lo, UpperCi95: { } hi } ? $"{Format(lo)}–{Format(hi)}" : ReportNumbers.NotApplicable);
                if (hasCount && indicator.Districts.Contains(s)) row.Add(p?.Count is { } c ? TableCell.FromNumber(c) : TableCell.FromText(ReportNumbers.NotApplicable));
                if (hasCompare && indicator.Districts.Contains(s)) row.Add(p?.ComparedToEngland ?? ReportNumbers.NotApplicable);
            }
            return (IReadOnlyList<TableCell>)row;
        }).ToList();
        yield return new TableBlock(new ReportTable($"fingertips-table-{number}", $"{indicator.IndicatorName}: {area} and comparators ({unit.ToLowerInvariant()})", columns, rows, source));

        var points = series.SelectMany(s => s.Points.Where(p => p.Value is not null)
            .Select(p => new IntervalPoint(s.AreaName, p.Period, p.Value!.Value, p.LowerCi95, p.UpperCi95))).ToList();
        if (points.Count > 0)
        {
            yield return new ChartBlock($"fingertips-chart-{number}", $"{indicator.IndicatorName}: {area} against {string.Join(" and ", series.Skip(indicator.Districts.Count).Select(s => s.AreaName).DefaultIfEmpty("no comparator"))}",
                IntervalTrendChart.Build(points, periods, "Period", unit, percent: false,
                    $"{indicator.IndicatorName} for {string.Join(", ", series.Select(s => s.AreaName))}, {periods[0]} to {periods[^1]}."),
                $"Points by period for {string.Join(", ", series.Select(s => s.AreaName))}{(hasInterval ? ", with 95% confidence intervals as vertical bars where published" : "; the export gives no confidence intervals")}.",
                source);
        }
    }

    private static string Overview(FingertipsIndicatorSummary indicator, IReadOnlyList<string> periods)
    {
        var parts = new List<string>();
        foreach (var district in indicator.Districts)
        {
            var known = district.Points.Where(p => p.Value is not null).ToList();
            if (known.Count == 0)
            {
                parts.Add($"{district.AreaName} has no published value (suppressed or missing).");
                continue;
            }
            var (first, last) = (known[0], known[^1]);
            var text = $"{district.AreaName}: {Format(last.Value!.Value)} in {last.Period}";
            if (indicator.England?.At(last.Period)?.Value is { } england) text += $", against {Format(england)} for England";
            if (last.ComparedToEngland is { } compared && !compared.Equals("Not compared", StringComparison.OrdinalIgnoreCase))
                text += $" (Fingertips: {compared.ToLowerInvariant()} than England)".Replace("similar than", "similar to", StringComparison.Ordinal);
            if (known.Count > 1) text += $"; {Format(first.Value!.Value)} in {first.Period}";
            parts.Add(text + ".");
        }
        var measure = indicator.Measure is { } m ? $" The values are a {m.ToLowerInvariant()}." : "";
        return string.Join(" ", parts) + measure + (periods.Count > 0 ? $" The export covers {periods[0]} to {periods[^1]}." : "");
    }

    private static string Format(double value) => ReportNumbers.Format(value, value == Math.Round(value) ? NumberFormat.Integer : NumberFormat.OneDecimal);
}
