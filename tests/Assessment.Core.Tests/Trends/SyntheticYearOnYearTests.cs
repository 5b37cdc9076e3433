using System.Text.Json;
using Assessment.Core.Model;
using Assessment.Core.Trends;

namespace Assessment.Core.Tests.Trends;

/// <summary>
/// <see cref="TrendAnalysis"/>'s year-on-year table against Fixtures/trends/synthetic_yoy.json: hand-made counts
/// with an overdispersed type, zero counts and a tie, tested independently with scipy (binomtest, beta.ppf, t and
/// normal quantiles, the dual p by brentq) and Benjamini–Hochberg by definition over the tested rows.
/// </summary>
public sealed class SyntheticYearOnYearTests
{
    private static readonly JsonElement Fixture = TrendFixture.Load("synthetic_yoy.json");

    private static TrendFindings Run(Func<FileQuality, FileQuality>? file = null)
    {
        var months = Fixture.Texts("months").Select(YearMonth.Parse).ToList();
        var counts = Fixture.GetProperty("counts").EnumerateObject().ToDictionary(
            p => p.Name,
            p => (IReadOnlyDictionary<YearMonth, long>)p.Value.EnumerateArray().Select((v, i) => (Month: months[i], Count: v.GetInt64())).ToDictionary(c => c.Month, c => c.Count));
        var themes = Fixture.GetProperty("themes").EnumerateArray().Select(t => new TrendTheme(ReportIds.FromText(t.Text("name")), t.Text("name"), t.Texts("crime_types"))).ToList();
        var input = TrendInputs.Build(YearMonth.Parse(Fixture.Text("end_month")), Fixture.GetProperty("period_months").GetInt32(), months, counts) with { Themes = themes };
        return TrendAnalysis.Run(file is null ? input : input with { Quality = [.. input.Quality.Select(file)] });
    }

    [Fact]
    public void Run_SyntheticCounts_ExcludesTheSameIncompleteMonthsAsTheReference()
    {
        var findings = Run();

        Assert.Equal(Fixture.Texts("incomplete_months"), findings.DataQuality.IncompleteMonths.Select(m => m.ToString()));
        Assert.Equal(Fixture.Texts("months_compared"), findings.Coverage.MonthsCompared.Select(m => m.ToString()));
    }

    [Fact]
    public void Run_SyntheticCounts_RowsMatchScipyInOrderCountsAndVerdict()
    {
        var findings = Run();
        var expected = Fixture.GetProperty("rows").EnumerateArray().ToList();

        Assert.Equal(expected.Select(r => (r.Text("level"), r.Text("key"))), findings.YearOnYear.Select(f => (f.Series.Level.ToCsvName(), f.Series.Label)));
        foreach (var (row, actual) in expected.Zip(findings.YearOnYear))
        {
            Assert.Equal(row.GetProperty("months_compared").GetInt32(), actual.MonthsCompared);
            Assert.Equal(row.GetProperty("previous").GetInt64(), actual.Previous);
            Assert.Equal(row.GetProperty("current").GetInt64(), actual.Current);
            Assert.Equal(row.Text("verdict"), actual.Verdict.ToText());
        }
    }

    [Fact]
    public void Run_SyntheticCounts_PValuesQValuesAndIntervalsMatchScipy()
    {
        var findings = Run();
        foreach (var (row, actual) in Fixture.GetProperty("rows").EnumerateArray().Zip(findings.YearOnYear))
        {
            var what = actual.Series.Key;
            // p_exact: relative 1e-9 against scipy.stats.binomtest; p and q: the dual p found by brentq to 1e-14 on log α.
            Close.Check(row.Number("p_exact"), actual.ExactPValue, 1e-9, what + " p exact");
            Close.Check(row.Number("p_value"), actual.PValue, 1e-9, what + " p");
            Close.Check(row.Number("q_value"), actual.QValue, 1e-9, what + " q");
            Assert.Equal(row.GetProperty("df_phi").GetInt32(), Math.Max(0, actual.Dispersion.DegreesOfFreedom));
            Assert.Equal(row.GetProperty("widened").GetBoolean(), actual.IsWidened);
            Close.Check(row.Number("rate_ratio"), actual.RateRatio, 1e-14, what + " rate ratio");
            // Interval: beta quantiles with real shape parameters (counts / φ); scipy's beta.ppf and ours agree to ~1e-12,
            // and φ itself is a sum of a few squares (relative ~1e-15), so 1e-9 leaves a wide margin.
            Close.Check(row.Number("phi"), actual.Dispersion.Phi, 1e-12, what + " phi");
            Close.Check(row.Number("ci_low"), actual.Interval.Lower, 1e-9, what + " CI low");
            Close.Check(row.Number("ci_high"), actual.Interval.Upper, 1e-9, what + " CI high");
        }
    }

    [Fact]
    public void Run_ShiftInRowsWithoutALocation_FlipsTheSameVerdictsAsTheReference()
    {
        var shifted = TrendFixture.Load("synthetic_yoy_shift.json");
        // As make_fixtures.py: each 2025 file also holds as many rows without a location as the month's records
        // (TrendInputs.Build's files hold the month's records plus 10 rows without a location).
        var findings = Run(f => f.Month.Year == 2025
            ? f with { RowsRead = 2 * f.RowsLoaded - 10, RowsLoaded = 2 * f.RowsLoaded - 10, NoLocation = f.RowsLoaded }
            : f);

        var rows = shifted.GetProperty("rows").EnumerateArray().ToList();
        Assert.Contains(rows, r => r.Text("verdict") == "data cannot tell");
        Assert.Contains(rows, r => r.Text("verdict") == "significant increase");
        foreach (var (row, actual) in rows.Zip(findings.YearOnYear))
        {
            var what = actual.Series.Key;
            Assert.Equal(row.Text("verdict"), actual.Verdict.ToText());
            Close.Check(row.Number("q_value"), actual.QValue, 1e-9, what + " q");
            if (actual.Verdict == YoyVerdict.DataCannotTell)
                Close.Check(shifted.Number("located_ratio"), actual.NoLocation!.LocatedRatio, 1e-12, what + " k");
        }
    }

    [Fact]
    public void Run_OverdispersedType_PAllowsForTheSameDispersionAsTheInterval()
    {
        var overdispersed = Run().YearOnYearOf(new SeriesKey(ComparisonLevel.CrimeType, "Overdispersed"))!;

        // 315 → 465 is far beyond Poisson chance, but not beyond months that vary 27 times as much.
        Assert.True(overdispersed.ExactPValue < 1e-6, $"p exact {overdispersed.ExactPValue}");
        Assert.True(overdispersed.Comparison.RateRatioInterval.Excludes(1));
        Assert.True(overdispersed.PValue > 0.05, $"p {overdispersed.PValue}");
        Assert.True(overdispersed.Interval.Contains(1));
        Assert.Equal(YoyVerdict.NoSignificantChange, overdispersed.Verdict);
    }

    [Fact]
    public void Run_TiedTypes_GetEqualQValues()
    {
        var findings = Run();
        var a = findings.YearOnYearOf(new SeriesKey(ComparisonLevel.CrimeType, "Tie A"))!;
        var b = findings.YearOnYearOf(new SeriesKey(ComparisonLevel.CrimeType, "Tie B"))!;

        Assert.Equal(a.PValue, b.PValue);
        Assert.Equal(a.QValue, b.QValue);
    }
}
