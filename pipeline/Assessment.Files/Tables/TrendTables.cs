using Assessment.Core.Reporting.Sections;
using Assessment.Core.Statistics;
using Assessment.Core.Trends;

namespace Assessment.Files.Tables;

/// <summary>
/// The trend analysis's output tables under <c>&lt;out&gt;/tables/</c>: yoy.csv, monthly.csv, trend.csv, harm.csv,
/// month_quality.csv, coverage.csv, and rates.csv when a population was given. Numbers are unrounded; a value that does
/// not exist (an infinite rate ratio, a test that was not run) is an empty field. Series are keyed by a stable code in
/// <c>key</c> (the police.uk name of a crime type, the configured id of a theme, the ONS code of a ward) and named
/// in the last column, <c>label</c>, so two wards that share a name stay two series. The text columns that explain a
/// finding (trend.csv's note, harm.csv's source for a category missing from the weight table) are worded by
/// Reporting, as in the report.
/// </summary>
public static class TrendTables
{
    /// <summary>
    /// Columns of yoy.csv (part of the output contract: the first twelve keep their order; <c>label</c> and then
    /// <c>phi</c>, <c>widened</c>, <c>p_exact</c>, <c>df_phi</c> were added at the end). <c>p_value</c> allows for the
    /// dispersion φ̂ (<c>phi</c>, on <c>df_phi</c> degrees of freedom, empty when not estimable) and is the dual of the
    /// interval; <c>q_value</c> is its Benjamini–Hochberg q over the tested rows (empty for a row not tested);
    /// <c>widened</c> is true when the interval allows for more than Poisson variation; <c>p_exact</c> is the
    /// Poisson exact conditional p (scipy <c>binomtest</c>), kept for reference.
    /// </summary>
    public static readonly IReadOnlyList<string> YearOnYearColumns =
        ["area", "level", "key", "months_compared", "previous", "current", "rate_ratio", "ci_low", "ci_high", "p_value", "q_value", "verdict", "label",
         "phi", "widened", "p_exact", "df_phi"];

    /// <summary>
    /// Columns of monthly.csv. The limits are Laney u′ limits (centre ± 3·σ_z·√centre); <c>sigma_z</c>, before
    /// <c>label</c>, is the series' σ_z (empty without a chart).
    /// </summary>
    public static readonly IReadOnlyList<string> MonthlyColumns =
        ["area", "level", "key", "month", "status", "count", "rolling_12_month_total", "seasonal_index", "centre_line", "lower_limit", "upper_limit", "in_baseline", "signals", "sigma_z", "label"];

    /// <summary>
    /// Columns of trend.csv. <c>sen_slope_per_month</c>, <c>sen_ci_low</c> and <c>sen_ci_high</c> hold the slope of the
    /// estimator named in <c>slope_estimator</c> (<c>sen</c> or <c>seasonal_kendall</c>) and its interval at
    /// <c>ci_level</c>, whose bounds are open when <c>ci_low_open</c>/<c>ci_high_open</c> is true;
    /// <c>sen_deseasonalised</c> is kept for existing readers and is always false (the seasonal slope needs no
    /// deseasonalising). The four new columns come before <c>label</c>, which stays last.
    /// </summary>
    public static readonly IReadOnlyList<string> TrendColumns =
        ["area", "level", "key", "method", "months_used", "first_month", "last_month", "s", "variance_s", "z", "p_value", "q_value", "tau",
         "sen_slope_per_month", "sen_ci_low", "sen_ci_high", "sen_deseasonalised", "verdict", "note",
         "slope_estimator", "ci_level", "ci_low_open", "ci_high_open", "label"];

    /// <summary>Columns of harm.csv; category, weight and source first so the file can be edited and read back as a weight table.</summary>
    public static readonly IReadOnlyList<string> HarmColumns =
        ["category", "weight", "source", "area", "assessment_period_count", "assessment_period_harm", "harm_share", "volume_rank", "harm_rank",
         "previous", "current", "previous_harm", "current_harm"];

    /// <summary>Columns of month_quality.csv.</summary>
    public static readonly IReadOnlyList<string> MonthQualityColumns =
        ["month", "status", "in_area", "expected", "ratio_to_expected", "no_location", "rows_loaded", "no_location_share"];

    /// <summary>
    /// Columns of coverage.csv, one row per force and month: rows loaded, in-area rows (empty when the force has no file
    /// for the month), the in-area rows expected from the force's other months, their ratio, the Poisson lower-tail
    /// probability, the status (complete, likely_incomplete, missing) and whether the force-month is compared (true,
    /// false when left out of its pair, empty outside the two periods or when the force has no data in either month of the pair).
    /// </summary>
    public static readonly IReadOnlyList<string> CoverageColumns =
        ["force", "month", "rows_loaded", "in_area", "expected", "ratio_to_expected", "tail_probability", "status", "compared"];

    /// <summary>Columns of rates.csv.</summary>
    public static readonly IReadOnlyList<string> RateColumns =
        ["area", "level", "key", "residents", "months", "count", "rate_per_1000", "ci_low", "ci_high", "label"];

    /// <summary>Writes every table and returns their paths in the order written.</summary>
    public static IReadOnlyList<string> Write(string outputDirectory, TrendFindings findings)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        ArgumentNullException.ThrowIfNull(findings);
        var folder = Path.Combine(outputDirectory, "tables");
        var area = findings.AreaName;
        var written = new List<string>();
        string Table(string name, IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<object?>> rows)
        {
            var path = Path.Combine(folder, name);
            CsvTableWriter.Write(path, columns, rows);
            written.Add(path);
            return path;
        }

        Table("yoy.csv", YearOnYearColumns, findings.YearOnYear.Select(f => new object?[]
        {
            area, f.Series.Level.ToCsvName(), f.Series.Key, f.MonthsCompared, f.Previous, f.Current, f.RateRatio,
            f.Interval.Lower, f.Interval.Upper, f.PValue, f.QValue, f.Verdict.ToText(), f.Series.Label,
            f.Dispersion.Phi, Flag(f.IsWidened), f.ExactPValue, Math.Max(0, f.Dispersion.DegreesOfFreedom),
        }));
        Table("monthly.csv", MonthlyColumns, findings.Monthly.SelectMany(s => s.Points.Select(p => new object?[]
        {
            area, s.Series.Level.ToCsvName(), s.Series.Key, p.Month.ToString(), p.Status.ToCsvName(), p.Count, p.RollingTwelveMonthTotal, p.SeasonalIndex,
            p.Chart?.CentreLine, p.Chart?.LowerLimit, p.Chart?.UpperLimit, p.Chart is { } c ? Flag(c.InBaseline) : null, p.Chart is { } d ? SignalNames(d.Signals) : null,
            s.ControlChart?.SigmaZ, s.Series.Label,
        })));
        Table("trend.csv", TrendColumns, findings.LongTerm.Select(t => new object?[]
        {
            area, t.Series.Level.ToCsvName(), t.Series.Key, t.Method.ToCsvName(), t.MonthsUsed, t.Span?.First.ToString(), t.Span?.Last.ToString(),
            t.Method == TrendMethod.NotComputed ? null : t.S, t.VarianceS, t.Z, t.PValue, t.QValue, t.Tau,
            t.Sen?.Slope, t.Sen?.SlopeInterval.Lower, t.Sen?.SlopeInterval.Upper, t.Sen is null ? null : Flag(false), t.Verdict.ToText(),
            t.Note is { } note ? LongTermTrendNoteWording.Describe(note) : null,
            t.Sen is { } sen ? EstimatorName(sen.Estimator) : null, t.Sen?.ConfidenceLevel, t.Sen is { } lo ? Flag(lo.LowerOpen) : null, t.Sen is { } hi ? Flag(hi.UpperOpen) : null, t.Series.Label,
        }));
        Table("harm.csv", HarmColumns, findings.Harm.Categories.Select(h => new object?[]
        {
            h.Category, h.Weight, HarmWeightWording.Source(h, findings.Harm.Table), area, h.AssessmentPeriodCount, h.AssessmentPeriodHarm, findings.Harm.ShareOf(h), h.VolumeRank, h.HarmRank,
            h.Previous, h.Current, h.PreviousHarm, h.CurrentHarm,
        }));
        Table("month_quality.csv", MonthQualityColumns, findings.DataQuality.Months.Select(m => new object?[]
        {
            m.Month.ToString(), m.Status.ToCsvName(), m.InAreaCount, m.ExpectedCount, m.RatioToExpected, m.NoLocationRows, m.RowsLoaded, m.NoLocationShare,
        }));
        Table("coverage.csv", CoverageColumns, findings.Coverage.ForceMonths.Select(c => new object?[]
        {
            c.Force, c.Month.ToString(), c.Rows, c.InAreaRows, c.Expected, c.RatioToExpected, c.TailProbability, c.Status.ToCsvName(), Compared(findings.Coverage, c),
        }));
        if (findings.Rates.Count > 0)
        {
            Table("rates.csv", RateColumns, findings.Rates.Select(r => new object?[]
            {
                area, r.Series.Level.ToCsvName(), r.Series.Key, r.Residents, r.Months, r.Count, r.RatePerThousand, r.Interval.Lower, r.Interval.Upper, r.Series.Label,
            }));
        }

        return written;
    }

    private static string Flag(bool value) => value ? "true" : "false";

    private static string EstimatorName(SlopeEstimator estimator) => estimator == SlopeEstimator.SeasonalKendall ? "seasonal_kendall" : "sen";

    private static string? Compared(ComparisonCoverage coverage, ForceMonthCoverage cell)
    {
        var pair = coverage.Pairs.FirstOrDefault(p => p.Month == cell.Month || p.Counterpart == cell.Month);
        if (pair is null) return null;
        if (pair.Forces.Contains(cell.Force, StringComparer.Ordinal)) return Flag(true);
        return pair.LeftOut.Any(l => l.Force == cell.Force) ? Flag(false) : null;
    }

    /// <summary>"above_upper_limit;shift" etc.; empty for no signal.</summary>
    internal static string SignalNames(ControlChartSignals signals)
    {
        var names = new List<string>();
        if (signals.HasFlag(ControlChartSignals.AboveUpperLimit)) names.Add("above_upper_limit");
        if (signals.HasFlag(ControlChartSignals.BelowLowerLimit)) names.Add("below_lower_limit");
        if (signals.HasFlag(ControlChartSignals.Shift)) names.Add("shift");
        if (signals.HasFlag(ControlChartSignals.Trend)) names.Add("trend");
        if (signals.HasFlag(ControlChartSignals.TwoOfThreeBeyondTwoSigma)) names.Add("two_of_three_beyond_2_sigma");
        return string.Join(";", names);
    }
}
