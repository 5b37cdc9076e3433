using Assessment.Core.Model;
using Assessment.Core.Trends;
using Assessment.Files.Tables;
using Assessment.Files.Trends;

namespace Assessment.Files.Tests.Tables;

public sealed class TrendTablesTests : IDisposable
{
    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    /// <summary>Two months, period of one month: Burglary 4 → 9, Robbery 0 → 3 (an infinite rate ratio).</summary>
    private static TrendFindings Findings(AreaPopulation? population = null, HarmWeightTable? weights = null)
    {
        var previous = new YearMonth(2024, 12);
        var current = new YearMonth(2025, 1);
        MonthlyCount[] counts = [new("Test", previous, "Burglary", 4), new("Test", current, "Burglary", 9), new("Test", current, "Robbery", 3)];
        FileQuality[] files = [new("a.csv", "kent", previous, 10, 10, 0, 2, 4, 0), new("b.csv", "kent", current, 20, 20, 0, 3, 5, 0)];
        return TrendAnalysis.Run(new TrendInput("Test", new AssessmentPeriod(current, 1), counts, files) { Themes = [], HarmWeights = weights ?? HarmWeightFile.Default, Population = population });
    }

    private List<string[]> Read(string name) =>
        [.. File.ReadAllLines(Path.Combine(folder.Path, "tables", name)).Select(l => l.Split(','))];

    [Fact]
    public void Write_YoyCsv_HasTheContractColumnsAndOneRowPerSeries()
    {
        TrendTables.Write(folder.Path, Findings());

        var rows = Read("yoy.csv");
        // The contract's twelve columns in their order, then the series' display label, then the dispersion columns.
        Assert.Equal("area,level,key,months_compared,previous,current,rate_ratio,ci_low,ci_high,p_value,q_value,verdict,label,phi,widened,p_exact,df_phi", string.Join(",", rows[0]));
        Assert.Equal(["All crime and ASB", "Burglary", "Robbery"], rows.Skip(1).Select(r => r[12]));
        // One month compared: no dispersion can be estimated (empty φ on 0 degrees of freedom), so nothing is widened.
        Assert.All(rows.Skip(1), r => Assert.Equal(("", "false", "0"), (r[13], r[14], r[16])));
        Assert.All(rows.Skip(1), r => Assert.InRange(double.Parse(r[15], System.Globalization.CultureInfo.InvariantCulture), 0, 1));
        Assert.Equal(["Test", "area", "All crime and ASB", "1", "4", "12", "3"], rows[1].Take(7));
        Assert.Equal(["Test", "crime_type", "Burglary", "1", "4", "9", "2.25"], rows[2].Take(7));
        // Robbery 0 → 3: the rate ratio and the interval's upper end are infinite and so left empty.
        Assert.Equal(["Test", "crime_type", "Robbery", "1", "0", "3", ""], rows[3].Take(7));
        Assert.Equal("", rows[3][8]);
        Assert.Equal(4, rows.Count);
    }

    [Fact]
    public void Write_MonthQuality_GivesTheNoLocationShareOfEachMonth()
    {
        TrendTables.Write(folder.Path, Findings());

        var rows = Read("month_quality.csv");
        Assert.Equal(["2024-12", "complete", "4"], rows[1].Take(3));
        Assert.Equal(["2", "10", "0.2"], rows[1].Skip(5));
        Assert.Equal(["3", "20", "0.15"], rows[2].Skip(5));
    }

    [Fact]
    public void Write_CoverageCsv_OneRowPerForceAndMonthWithTheForceMissingAMonthLeftOut()
    {
        // Kent both months; BTP only the comparison month: BTP is missing in January, so it is left out of the pair.
        var previous = new YearMonth(2024, 12);
        var current = new YearMonth(2025, 1);
        MonthlyCount[] counts =
        [
            new("Test", previous, "Burglary", 4) { Force = "kent" }, new("Test", current, "Burglary", 9) { Force = "kent" },
            new("Test", previous, "Theft from the person", 6) { Force = "btp" },
        ];
        FileQuality[] files = [new("a.csv", "kent", previous, 10, 10, 0, 2, 4, 0), new("b.csv", "kent", current, 20, 20, 0, 3, 8, 0), new("c.csv", "btp", previous, 7, 7, 0, 1, 0, 0)];
        var findings = TrendAnalysis.Run(new TrendInput("Test", new AssessmentPeriod(current, 1), counts, files) { Themes = [], HarmWeights = HarmWeightFile.Default });

        TrendTables.Write(folder.Path, findings);

        var rows = Read("coverage.csv");
        Assert.Equal(TrendTables.CoverageColumns, rows[0]);
        // Two months are too few to judge completeness: expected, ratio and tail probability are empty.
        Assert.Equal(["btp", "2024-12", "7", "6", "", "", "", "complete", "false"], rows[1]);
        Assert.Equal(["btp", "2025-01", "0", "", "", "", "", "missing", "false"], rows[2]);
        Assert.Equal(["kent", "2024-12", "10", "4", "", "", "", "complete", "true"], rows[3]);
        Assert.Equal(["kent", "2025-01", "20", "9", "", "", "", "complete", "true"], rows[4]);
        Assert.Equal(5, rows.Count);
        // The area's January is not read as a fall from 10 to 9: BTP's December is left out with its missing January.
        Assert.Equal(["Test", "area", "All crime and ASB", "1", "4", "9"], Read("yoy.csv")[1].Take(6));
    }

    [Fact]
    public void Write_HarmCsv_StartsWithCategoryWeightAndSource()
    {
        TrendTables.Write(folder.Path, Findings());

        var header = Read("harm.csv")[0];
        Assert.Equal(["category", "weight", "source"], header.Take(3));
        Assert.Equal(TrendTables.HarmColumns, header);
    }

    [Fact]
    public void Write_HarmCsv_GivesTheTablesSourceOrSaysTheCategoryIsNotInTheTable()
    {
        var weights = new HarmWeightTable("local.csv", HarmWeightOrigin.UserFile, [new HarmWeight("Burglary", 365, "Local guideline table")]);

        TrendTables.Write(folder.Path, Findings(weights: weights));

        var rows = Read("harm.csv");
        Assert.Equal(["Burglary", "365", "Local guideline table"], rows[1].Take(3));
        Assert.Equal(["Robbery", "", "Not in the harm-weight table (local.csv): left out of harm totals."], rows[2].Take(3));
    }

    [Fact]
    public void Write_TrendCsv_NoteSaysWhyNoTestRan()
    {
        TrendTables.Write(folder.Path, Findings());

        var rows = Read("trend.csv");
        var note = Array.IndexOf([.. rows[0]], "note");
        Assert.True(note >= 0, "trend.csv has a note column");
        // Two loaded months, and the test needs TrendOptions.MinimumTrendMonths (10).
        Assert.All(rows.Skip(1), r => Assert.Equal("The trend test needs at least 10 usable months; 2 available.", r[note]));
        Assert.Equal(4, rows.Count);
    }

    [Fact]
    public void Write_TrendAndMonthlyCsv_ThreeYears_SlopeEstimatorLevelAndSigmaZBeforeTheLabel()
    {
        // 36 months of Burglary rising by one a month within each calendar month's level: a seasonal test with a chart.
        var months = Enumerable.Range(0, 36).Select(new YearMonth(2023, 1).AddMonths).ToList();
        var counts = months.Select((m, i) => new MonthlyCount("Test", m, "Burglary", 40 + 10 * (m.Month % 4) + i / 12 + (i % 2))).ToArray();
        var files = months.Select(m => new FileQuality($"{m}.csv", "kent", m, 100, 100, 0, 0, 0, 0)).ToArray();
        var findings = TrendAnalysis.Run(new TrendInput("Test", new AssessmentPeriod(months[^1], 12), counts, files) { Themes = [], HarmWeights = HarmWeightFile.Default });

        TrendTables.Write(folder.Path, findings);

        var trend = Read("trend.csv");
        // The contract: the columns up to note keep their names and order; the new ones come before label, still last.
        Assert.Equal(["area", "level", "key", "method", "months_used", "first_month", "last_month", "s", "variance_s", "z", "p_value", "q_value", "tau",
            "sen_slope_per_month", "sen_ci_low", "sen_ci_high", "sen_deseasonalised", "verdict", "note"], trend[0].Take(19));
        Assert.Equal(["slope_estimator", "ci_level", "ci_low_open", "ci_high_open", "label"], trend[0].Skip(19));
        var area = findings.LongTermOf(SeriesKey.Area)!;
        var row = trend.Single(r => r[1] == "area");
        Assert.Equal(["seasonal_mann_kendall", "false", "seasonal_kendall", area.Sen!.ConfidenceLevel.ToString("R", System.Globalization.CultureInfo.InvariantCulture)],
            [row[3], row[16], row[19], row[20]]);
        var monthly = Read("monthly.csv");
        var sigmaZ = Array.IndexOf(monthly[0], "sigma_z");
        Assert.Equal(monthly[0].Length - 2, sigmaZ);
        Assert.All(monthly.Skip(1).Where(r => r[1] == "area"),
            r => Assert.Equal(findings.MonthlyOf(SeriesKey.Area)!.ControlChart!.SigmaZ.ToString("R", System.Globalization.CultureInfo.InvariantCulture), r[sigmaZ]));
    }

    [Fact]
    public void Write_WithoutPopulation_WritesNoRatesAndWithItDoes()
    {
        var without = TrendTables.Write(folder.Path, Findings()).Select(Path.GetFileName).ToList();
        Assert.DoesNotContain("rates.csv", without);

        var with = TrendTables.Write(folder.Path, Findings(new AreaPopulation(1000, 1, 0, "p.csv"))).Select(Path.GetFileName).ToList();
        Assert.Contains("rates.csv", with);
        // Area, assessment month: 12 records per 1,000 residents.
        Assert.Equal(["Test", "area", "All crime and ASB", "1000", "1", "12", "12"], Read("rates.csv")[1].Take(7));
    }

    [Fact]
    public void Write_MonthlyCsv_HasOneRowPerSeriesAndMonth()
    {
        TrendTables.Write(folder.Path, Findings());

        var rows = Read("monthly.csv");
        Assert.Equal(TrendTables.MonthlyColumns, rows[0]);
        Assert.Equal(1 + 3 * 2, rows.Count);
    }
}
