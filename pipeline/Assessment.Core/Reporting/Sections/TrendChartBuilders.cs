using System.Text.Json.Nodes;
using Assessment.Core.Charts;
using Assessment.Core.Model;
using Assessment.Core.Trends;

namespace Assessment.Core.Reporting.Sections;

/// <summary>The charts built from <see cref="TrendFindings"/>, each with a text alternative computed from the numbers.</summary>
public static class TrendChartBuilders
{
    /// <summary>Monthly counts over all loaded months with the assessment period shaded, the comparison overlay and the 12-month rolling mean.</summary>
    public static ChartBlock Monthly(string id, string title, MonthlySeriesFinding series, AssessmentPeriod period, string subject, string source)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(period);
        var values = series.Points.Select(p => new MonthlyValue(p.Month, p.Count)).ToList();
        var loaded = series.Points.Where(p => p.Count is not null).ToList();
        var current = loaded.Where(p => period.Current.Contains(p.Month)).ToList();
        var alt = $"Line chart of {subject} per month from {series.Points[0].Month.ToLongString()} to {series.Points[^1].Month.ToLongString()}.";
        if (current.Count > 0)
        {
            var high = current.MaxBy(p => p.Count)!;
            var low = current.MinBy(p => p.Count)!;
            alt += $" In the assessment period the monthly count ranged from {ReportNumbers.FormatCount(low.Count!.Value)} ({low.Month.ToLongString()}) to {ReportNumbers.FormatCount(high.Count!.Value)} ({high.Month.ToLongString()}).";
        }

        var missing = series.Points.Count(p => p.Status == MonthStatus.Missing);
        if (missing > 0) alt += $" {TrendTableBuilders.Capitalise(MonthListText.CountWord(missing))} {(missing == 1 ? "month has" : "months have")} no data and {(missing == 1 ? "is" : "are")} left as gaps.";
        var spec = MonthlyTrendChart.Build(values, period, "Records per month", alt);
        return new ChartBlock(id, title, spec, alt, source,
            "The shaded band is the assessment period. The dashed line repeats each month's count from the comparison period; the orange line is the mean of the latest 12 months, drawn only where 12 consecutive months are loaded. Gaps are months with no data.");
    }

    /// <summary>
    /// Percentage change (rate ratio − 1) by series with its interval, coloured by verdict (<see cref="VerdictChangeClasses"/>),
    /// so a rise the statistics do not support is not drawn as an increase. Series whose rate ratio
    /// is undefined or infinite (a zero count) are left out and named in the caption. Null when nothing can be drawn.
    /// </summary>
    public static ChartBlock? Change(string id, string title, IReadOnlyList<YoyFinding> findings, string source)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var drawable = findings.Where(f => double.IsFinite(f.RateRatio)).ToList();
        if (drawable.Count == 0) return null;
        var label = SeriesLabels.Distinct(findings.Select(f => f.Series));
        var changes = drawable.Select(f => double.IsFinite(f.Interval.Upper)
            ? new CategoryChange(label(f.Series), f.RateRatio - 1, VerdictChangeClasses.Of(f.Verdict), f.Interval.Lower - 1, f.Interval.Upper - 1)
            : new CategoryChange(label(f.Series), f.RateRatio - 1, VerdictChangeClasses.Of(f.Verdict))).ToList();
        var significant = drawable.Where(f => f.Verdict.IsChange()).Select(f => label(f.Series)).ToList();
        var alt = $"Bar chart of the percentage change in the compared months for {drawable.Count} series, with {TrendTableBuilders.Percent(drawable[0].Comparison.ConfidenceLevel)} confidence intervals. " +
                  (significant.Count == 0 ? "No change is statistically significant." : $"Statistically significant: {string.Join(", ", significant)}.");
        var left = findings.Where(f => !double.IsFinite(f.RateRatio)).Select(f => label(f.Series)).ToList();
        var caption = "Bars show the change in the rate (rate ratio − 1), coloured by verdict as the legend names it, not by direction: a grey bar to the right of zero is a rise the statistics do not support. " +
                      "The black line is the confidence interval, which allows for how much the months vary; an interval crossing zero means the change could be chance." +
                      (left.Count > 0 ? $" Not drawn (a count of zero gives no ratio): {string.Join(", ", left)}." : "");
        return new ChartBlock(id, title, ChangeBarChart.Build(changes, VerdictChangeClasses.Legend(), "Change in the months compared (%)", alt, asPercent: true), alt, source, caption);
    }

    /// <summary>The control chart (Laney limits) of a series; null when it has none.</summary>
    public static ChartBlock? Control(string id, string title, MonthlySeriesFinding series, MonthRange assessment, string subject, string source)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (series.ControlChart is null) return null;
        var points = series.Points.Where(p => p.Chart is { } c && !double.IsNaN(c.Value))
            .Select(p => new Charts.ControlChartPoint(p.Month, p.Chart!.Value, p.Chart.CentreLine, p.Chart.LowerLimit, p.Chart.UpperLimit,
                p.Chart.Signals != Statistics.ControlChartSignals.None))
            .ToList();
        if (points.Count == 0) return null;
        var signalled = series.SignalsIn(assessment).Select(p => p.Month).ToList();
        var alt = $"Control chart of {subject} per month: centre line {ReportNumbers.Format(series.ControlChart.CentreLine, NumberFormat.OneDecimal)} from the baseline " +
                  $"({series.BaselineMonthsUsed} months), with upper and lower control limits. " +
                  (signalled.Count == 0 ? "No month of the assessment period signals." : $"Months of the assessment period with a signal: {MonthListText.Describe(signalled)}.");
        var caption = $"Limits are Laney's: the baseline mean ± 3 × σ_z × √mean, where σ_z = {ReportNumbers.Format(series.ControlChart.SigmaZ, new NumberFormat(2))} is the baseline's month-to-month variation relative to chance (Poisson) variation. " +
                      "Diamonds mark signals: a point outside the limits, 8 in a row on one side of the centre line, 6 rising or falling in a row, or 2 of 3 beyond 2σ.";
        var spec = Charts.ControlChart.Build(points, "Records per month", alt);
        BreakLineAtGaps(spec, series.Points.Where(p => p.Chart is { } c && double.IsNaN(c.Value)).Select(p => p.Month));
        return new ChartBlock(id, title, spec, alt, source, caption);
    }

    /// <summary>
    /// Adds empty rows for months left off the chart (missing or likely incomplete) and makes the value line break
    /// there, so that a line drawn straight across a gap does not suggest data that are not there. Leaves the spec
    /// as it is if its layout is not the one expected.
    /// </summary>
    private static void BreakLineAtGaps(JsonObject spec, IEnumerable<YearMonth> gaps)
    {
        if (spec["data"]?["values"] is not JsonArray rows || spec["layer"] is not JsonArray layers) return;
        var line = layers.OfType<JsonObject>().FirstOrDefault(l =>
            l["mark"] is JsonObject { } mark && mark["type"]?.GetValue<string>() == "line" && l["encoding"]?["y"]?["field"]?.GetValue<string>() == "value");
        if (line is null) return;
        var added = false;
        foreach (var month in gaps)
        {
            rows.Add(new JsonObject { ["month"] = $"{month}-01", ["value"] = null, ["status"] = "Within limits" });
            added = true;
        }

        if (added) ((JsonObject)line["mark"]!)["invalid"] = "break-paths-show-domains";
    }
}
