using System.Globalization;
using Assessment.Core.Model;
using Assessment.Core.Statistics;
using Assessment.Core.Trends;

namespace Assessment.Core.Reporting.Sections;

/// <summary>The report tables built from <see cref="TrendFindings"/>. Ids avoid the names of the analysis CSVs (yoy, monthly, trend, harm, rates).</summary>
public static class TrendTableBuilders
{
    private static readonly NumberFormat TwoDecimals = new(2);

    /// <summary>
    /// Year-on-year comparisons: counts in the compared months, difference, rate ratio with its interval, q-value and
    /// verdict (and rates per 1,000 residents when a population was given). <paramref name="total"/>, when given, is
    /// the totals row.
    /// </summary>
    public static ReportTable YearOnYear(string id, string caption, string firstHeader, IReadOnlyList<YoyFinding> rows, TrendFindings findings, string source, YoyFinding? total = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(findings);
        var coverage = findings.Coverage;
        var level = Percent(findings.Options.ConfidenceLevel);
        var rates = findings.Population is { IsUsable: true };
        var columns = new List<TableColumn>
        {
            TableColumn.Text(firstHeader),
            TableColumn.Count($"Comparison ({ShortMonths(coverage.ComparisonMonthsCompared)})"),
            TableColumn.Count($"Assessment ({ShortMonths(coverage.MonthsCompared)})"),
            TableColumn.Number("Difference", NumberFormat.SignedInteger),
            TableColumn.Number("Rate ratio", TwoDecimals),
            TableColumn.Number($"{level} CI low", TwoDecimals),
            TableColumn.Number($"{level} CI high", TwoDecimals),
        };
        if (rates)
        {
            columns.Add(TableColumn.Number("Rate per 1,000, comparison", TwoDecimals));
            columns.Add(TableColumn.Number("Rate per 1,000, assessment", TwoDecimals));
        }

        columns.Add(TableColumn.Text("q-value"));
        columns.Add(TableColumn.Text("Verdict"));

        IReadOnlyList<TableCell> Row(YoyFinding f, string label)
        {
            var cells = new List<TableCell> { label, f.Previous, f.Current, f.Current - f.Previous, f.RateRatio, f.Interval.Lower, f.Interval.Upper };
            if (rates)
            {
                cells.Add(f.PreviousRatePerThousand ?? double.NaN);
                cells.Add(f.CurrentRatePerThousand ?? double.NaN);
            }

            cells.Add(TableCell.FromNumber(f.QValue, TrendNarrative.PValue(f.QValue)));
            cells.Add(f.Verdict.ToLabel());
            return cells;
        }

        var label = SeriesLabels.Distinct(rows.Select(f => f.Series));
        return new ReportTable(id, $"{caption}, {MonthListText.Describe(coverage.MonthsCompared)} against {MonthListText.Describe(coverage.ComparisonMonthsCompared)}",
            columns, [.. rows.Select(f => Row(f, label(f.Series)))], source, total is null ? null : Row(total, total.Series.Label));
    }

    /// <summary>Long-term trend tests: method, months used, τ, q-value, the slope (seasonal Kendall or Sen's) with its interval and the verdict.</summary>
    public static ReportTable LongTerm(string id, string caption, IReadOnlyList<LongTermTrendFinding> rows, string source)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var level = rows.Select(r => r.Sen?.ConfidenceLevel).FirstOrDefault(l => l is not null) ?? 0.95;
        TableColumn[] columns =
        [
            TableColumn.Text("Series"), TableColumn.Text("Test"), TableColumn.Whole("Months used"), TableColumn.Number("Kendall's \u03c4", TwoDecimals),
            TableColumn.Text("q-value"), TableColumn.Number("Slope (per month)", NumberFormat.OneDecimal),
            TableColumn.Number($"{SlopeIntervalWording.Level(level)} CI low", NumberFormat.OneDecimal), TableColumn.Number($"{SlopeIntervalWording.Level(level)} CI high", NumberFormat.OneDecimal),
            TableColumn.Text("Verdict"),
        ];
        var label = SeriesLabels.Distinct(rows.Select(r => r.Series));
        return new ReportTable(id, caption, columns, [.. rows.Select(r => (IReadOnlyList<TableCell>)
        [
            label(r.Series), r.Method.ToLabel(), r.MonthsUsed, r.Tau, TableCell.FromNumber(r.QValue, TrendNarrative.PValue(r.QValue)),
            Slope(r.Sen?.Slope), Slope(r.Sen?.SlopeInterval.Lower), Slope(r.Sen?.SlopeInterval.Upper),
            Capitalise(r.Verdict.ToText()),
        ])], source);
    }

    // Written as the sentences write them, so a bound that excludes 0 never shows as 0.0.
    private static TableCell Slope(double? value) => value is { } v && double.IsFinite(v) ? TableCell.FromNumber(v, SlopeIntervalWording.Signed(v)) : double.NaN;

    /// <summary>Categories ranked by harm, with weight, records, harm, share of harm and the rank by volume beside it.</summary>
    public static ReportTable Harm(string id, HarmFindings harm, string periodText, string source)
    {
        ArgumentNullException.ThrowIfNull(harm);
        TableColumn[] columns =
        [
            TableColumn.Text("Crime type"), TableColumn.Number("Weight (days)", NumberFormat.Integer), TableColumn.Count("Records"),
            TableColumn.Number("Harm (days)", NumberFormat.Integer), TableColumn.Number("Share of harm", NumberFormat.Percent1),
            TableColumn.Text("Rank by harm"), TableColumn.Whole("Rank by volume"),
        ];
        var rows = harm.Categories.Select(h => (IReadOnlyList<TableCell>)
        [
            h.Category, h.Weight ?? double.NaN, h.AssessmentPeriodCount, h.AssessmentPeriodHarm ?? double.NaN, harm.ShareOf(h),
            h.HarmRank is { } rank ? rank.ToString(CultureInfo.InvariantCulture) : "not weighted", h.VolumeRank,
        ]).ToList();
        IReadOnlyList<TableCell> totals = ["All weighted categories", TableCell.Empty, harm.Categories.Where(c => c.Weight is not null).Sum(c => c.AssessmentPeriodCount),
            harm.AssessmentPeriodHarm, harm.AssessmentPeriodHarm > 0 ? 1.0 : double.NaN, "", TableCell.Empty];
        return new ReportTable(id, $"Crime types ranked by weighted harm and by volume, {periodText}", columns, rows, source, totals);
    }

    /// <summary>The weights used and the source of each.</summary>
    public static ReportTable HarmWeights(string id, HarmWeightTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        TableColumn[] columns = [TableColumn.Text("Category"), TableColumn.Number("Weight (days)", NumberFormat.Integer), TableColumn.Text("Source")];
        return new ReportTable(id, $"Harm weights used: {table.Name}", columns,
            [.. table.Weights.Select(w => (IReadOnlyList<TableCell>)[w.Category, w.Weight ?? double.NaN, w.Source])], HarmWeightWording.Description(table), Compact: true);
    }

    /// <summary>Series whose control chart signals in the assessment period: which months and which rules.</summary>
    public static ReportTable ControlSignals(string id, IReadOnlyList<MonthlySeriesFinding> series, MonthRange period, string source)
    {
        ArgumentNullException.ThrowIfNull(series);
        TableColumn[] columns =
        [
            TableColumn.Text("Series"), TableColumn.Number("Centre line (per month)", NumberFormat.OneDecimal),
            TableColumn.Text("Above the upper limit"), TableColumn.Text("Below the lower limit"), TableColumn.Text("Runs and trends"),
        ];
        var label = SeriesLabels.Distinct(series.Select(s => s.Series));
        var rows = series.Where(s => s.ControlChart is not null && s.SignalsIn(period).Count > 0).Select(s =>
        {
            var points = s.SignalsIn(period);
            string Months(Func<ControlChartSignals, bool> rule) =>
                MonthListText.Describe(points.Where(p => rule(p.Chart!.Signals)).Select(p => p.Month)) is var text && text != "no months" ? text : "";
            return (IReadOnlyList<TableCell>)
            [
                label(s.Series), s.ControlChart!.CentreLine,
                Months(g => g.HasFlag(ControlChartSignals.AboveUpperLimit)), Months(g => g.HasFlag(ControlChartSignals.BelowLowerLimit)),
                Months(g => (g & (ControlChartSignals.Shift | ControlChartSignals.Trend | ControlChartSignals.TwoOfThreeBeyondTwoSigma)) != 0),
            ];
        }).ToList();
        return new ReportTable(id, $"Control-chart signals in the assessment period ({period.ToLongString()})", columns, rows, source);
    }

    /// <summary>Month by month: status, in-area count against the count expected from the other months, and the share of rows with no location.</summary>
    public static ReportTable MonthCompleteness(string id, IReadOnlyList<MonthQuality> months, string source)
    {
        ArgumentNullException.ThrowIfNull(months);
        TableColumn[] columns =
        [
            TableColumn.Text("Month"), TableColumn.Text("Status"), TableColumn.Count("In-area records"), TableColumn.Number("Expected", NumberFormat.OneDecimal),
            TableColumn.Number("Ratio to expected", TwoDecimals), TableColumn.Count("No-location rows"), TableColumn.Count("Rows loaded"),
            TableColumn.Number("No-location share", NumberFormat.Percent1),
        ];
        return new ReportTable(id, "Completeness and location of each month", columns, [.. months.Select(m => (IReadOnlyList<TableCell>)
        [
            m.Month.ToLongString(), m.Status.ToLabel(), m.InAreaCount is { } n ? n : TableCell.Empty, m.ExpectedCount, m.RatioToExpected,
            m.Status == MonthStatus.Missing ? TableCell.Empty : m.NoLocationRows, m.Status == MonthStatus.Missing ? TableCell.Empty : m.RowsLoaded, m.NoLocationShare,
        ])], source, Compact: true);
    }

    /// <summary>Force by month: rows loaded, in-area rows, status and the in-area count expected from the force's other months.</summary>
    public static ReportTable Coverage(string id, ComparisonCoverage coverage, string source)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        var cells = coverage.ForceMonths;
        TableColumn[] columns =
        [
            TableColumn.Text("Force"), TableColumn.Text("Month"), TableColumn.Count("Rows loaded"), TableColumn.Count("In-area rows"),
            TableColumn.Number("Expected", NumberFormat.OneDecimal), TableColumn.Text("Status"),
        ];
        return new ReportTable(id, "Coverage by force and month", columns, [.. cells.Select(c => (IReadOnlyList<TableCell>)
        [
            coverage.NameOf(c.Force), c.Month.ToLongString(), c.Rows, c.InAreaRows is { } n ? n : TableCell.Empty, c.Expected, c.Status.ToLabel(),
        ])], source, Compact: true);
    }

    /// <summary>Rates per 1,000 residents with their exact intervals.</summary>
    public static ReportTable Rates(string id, IReadOnlyList<RateFinding> rates, AreaPopulation population, string source)
    {
        ArgumentNullException.ThrowIfNull(rates);
        ArgumentNullException.ThrowIfNull(population);
        var months = rates.Count > 0 ? rates[0].Months : 0;
        var label = SeriesLabels.Distinct(rates.Select(r => r.Series));
        TableColumn[] columns =
        [
            TableColumn.Text("Series"), TableColumn.Count("Records"), TableColumn.Number("Rate per 1,000 residents", TwoDecimals),
            TableColumn.Number("95% CI low", TwoDecimals), TableColumn.Number("95% CI high", TwoDecimals),
        ];
        return new ReportTable(id, $"Rates per 1,000 residents over {MonthListText.CountWord(months)} usable months of the assessment period ({ReportNumbers.FormatCount((long)Math.Round(population.Residents))} residents)",
            columns, [.. rates.Select(r => (IReadOnlyList<TableCell>)[label(r.Series), r.Count, r.RatePerThousand, r.Interval.Lower, r.Interval.Upper])],
            $"{source}; residents from {population.Source}");
    }

    /// <summary>"Jan–Apr 2024", "Nov 2024–Feb 2025", "Mar 2025", or "8 months" when the months are not consecutive.</summary>
    public static string ShortMonths(IReadOnlyList<YearMonth> months)
    {
        ArgumentNullException.ThrowIfNull(months);
        if (months.Count == 0) return "no months";
        var first = months.Min();
        var last = months.Max();
        if (months.Count != last.MonthsSince(first) + 1) return $"{months.Count} months";
        string Short(YearMonth m) => m.FirstDay.ToString("MMM", CultureInfo.InvariantCulture);
        if (first == last) return $"{Short(first)} {first.Year}";
        return first.Year == last.Year ? $"{Short(first)}\u2013{Short(last)} {last.Year}" : $"{Short(first)} {first.Year}\u2013{Short(last)} {last.Year}";
    }

    internal static string Percent(double level) => ReportNumbers.Format(level, new NumberFormat(0, Percent: true));

    internal static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
