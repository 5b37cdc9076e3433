using Assessment.Core.Model;
using Assessment.Core.Reporting.Sections;
using Assessment.Core.Tests.Trends;
using Assessment.Core.Trends;

namespace Assessment.Core.Tests.Reporting.Sections;

public sealed class TrendChartBuildersTests
{
    [Fact]
    public void Control_ThreeYears_CaptionGivesLaneysLimitsWithSigmaZ()
    {
        // 2023–2024 alternate 30 and 50 (far more variation than Poisson's √40 ≈ 6.3), 2025 at 40.
        var months = TrendInputs.Months(new YearMonth(2023, 1), 36);
        var counts = months.ToDictionary(m => m, m => m.Year == 2025 ? 40L : m.Month % 2 == 0 ? 50L : 30L);
        var findings = TrendAnalysis.Run(TrendInputs.Build(new YearMonth(2025, 12), 12, months, new Dictionary<string, IReadOnlyDictionary<YearMonth, long>> { ["Burglary"] = counts }));
        var area = findings.MonthlyOf(SeriesKey.Area)!;

        var chart = TrendChartBuilders.Control("c", "Title", area, new MonthRange(new YearMonth(2025, 1), new YearMonth(2025, 12)), "records", "police.uk")!;

        // z moves by 20/√40 each month: σ_z = (20/√40)/1.128 = 2.80.
        Assert.Equal(20 / Math.Sqrt(40) / 1.128, area.ControlChart!.SigmaZ, 12);
        Assert.StartsWith("Limits are Laney's: the baseline mean ± 3 × σ_z × √mean, where σ_z = 2.80 is the baseline's month-to-month variation", chart.Caption, StringComparison.Ordinal);
    }
}
