using Assessment.Files.Trends;
using Assessment.Core.Model;
using Assessment.Core.Trends;

namespace Assessment.Core.Tests.Trends;

/// <summary>
/// The months compared, force by force: a force-month is used only when the force's data is complete in both months of
/// a like-for-like pair; expected counts are summed here from the fixture's own rows by that rule.
/// </summary>
public sealed class ForceMonthComparisonTests
{
    private static readonly YearMonth Jan2024 = new(2024, 1);
    private static readonly YearMonth Dec2025 = new(2025, 12);

    /// <summary>Burglary rows per force and month (a Poisson-like wobble so no month is near-empty); months absent have no file.</summary>
    private static Dictionary<(string Force, YearMonth Month), long> Rows(Func<string, YearMonth, bool> hasFile, params string[] forces) =>
        forces.SelectMany(f => TrendInputs.Months(Jan2024, 24).Where(m => hasFile(f, m)).Select(m => (Key: (f, m), Count: (f == "kent" ? 100L : 20L) + (m.Month % 3))))
            .ToDictionary(p => p.Key, p => p.Count);

    private static TrendFindings Run(Dictionary<(string Force, YearMonth Month), long> rows)
    {
        var counts = rows.Select(r => new MonthlyCount("Test", r.Key.Month, "Burglary", r.Value) { Force = r.Key.Force }).ToList();
        var files = rows.Select(r => new FileQuality($"{r.Key.Month}-{r.Key.Force}-street.csv", r.Key.Force, r.Key.Month, r.Value, r.Value, 0, 0, 0, 0)).ToList();
        return TrendAnalysis.Run(new TrendInput("Test", new AssessmentPeriod(Dec2025, 12), counts, files) { Themes = [], HarmWeights = HarmWeightFile.Default });
    }

    private static (long Previous, long Current) Expected(Dictionary<(string Force, YearMonth Month), long> rows)
    {
        var pairs = rows.Keys.Where(k => k.Month >= new YearMonth(2025, 1) && rows.ContainsKey((k.Force, k.Month.AddMonths(-12)))).ToList();
        return (pairs.Sum(p => rows[(p.Force, p.Month.AddMonths(-12))]), pairs.Sum(p => rows[p]));
    }

    [Fact]
    public void ForceMissingAMonthInTheMiddle_ThatForceIsLeftOutOfThatPairOnly()
    {
        var gap = new YearMonth(2025, 3);
        var rows = Rows((f, m) => !(f == "kent" && m == gap), "kent", "btp");
        var findings = Run(rows);
        var area = findings.YearOnYearOf(SeriesKey.Area)!;

        Assert.Equal(12, area.MonthsCompared); // BTP still has March in both years
        Assert.Equal(Expected(rows), (area.Previous, area.Current));
        var leftOut = Assert.Single(findings.Coverage.LeftOut);
        Assert.Equal(new ForceMonthLeftOut("kent", gap, new YearMonth(2024, 3), MonthStatus.Missing, MonthStatus.Loaded), leftOut);
        Assert.Equal(MonthStatus.Missing, findings.Coverage.ForceMonths.Single(c => c.Force == "kent" && c.Month == gap).Status);
    }

    [Fact]
    public void ForcePresentOnlyInTheComparisonPeriod_IsLeftOutOfEveryPair()
    {
        var rows = Rows((f, m) => f == "kent" || m.Year == 2024, "kent", "btp");
        var findings = Run(rows);
        var area = findings.YearOnYearOf(SeriesKey.Area)!;

        Assert.Equal(12, area.MonthsCompared);
        Assert.Equal(Expected(rows), (area.Previous, area.Current));
        Assert.Equal(rows.Where(r => r.Key.Force == "kent" && r.Key.Month.Year == 2024).Sum(r => r.Value), area.Previous); // no BTP row counted
        Assert.Equal(12, findings.Coverage.LeftOut.Count(l => l.Force == "btp"));
        Assert.False(findings.Coverage.IsComplete);
        Assert.Empty(findings.Coverage.WholeMonthsCompared);
        // The area's monthly series lacks BTP in 2025: those months are shown but kept out of the control chart and trend.
        var points = findings.MonthlyOf(SeriesKey.Area)!.Points;
        Assert.All(points.Where(p => p.Month.Year == 2025), p => Assert.True(p.Chart is null || double.IsNaN(p.Chart.Value)));
        Assert.Equal(12, findings.LongTermOf(SeriesKey.Area)!.MonthsUsed);
    }

    [Fact]
    public void TwoForcesWhereOneLacksMonthsTheOtherHas_TheAreaMonthIsNeverCountedAsZero()
    {
        // Kent only for January–April of each year; BTP every month. The area's May–December are not Kent's zeros.
        var rows = Rows((f, m) => f == "btp" || m.Month <= 4, "kent", "btp");
        var findings = Run(rows);
        var area = findings.YearOnYearOf(SeriesKey.Area)!;

        Assert.Equal(Expected(rows), (area.Previous, area.Current));
        Assert.Equal(YoyVerdict.NoSignificantChange, area.Verdict);
        Assert.All(findings.Coverage.ForceMonths.Where(c => c.Force == "kent" && c.Month.Month > 4), c => Assert.Equal(MonthStatus.Missing, c.Status));
        // Missing in both months of a pair: nothing to compare and nothing left out.
        Assert.DoesNotContain(findings.Coverage.LeftOut, l => l.Force == "kent");
    }

    [Fact]
    public void NearEmptyRunInOneForce_IsLeftOutWhileTheOtherForceIsCompared()
    {
        var rows = Rows((_, _) => true, "kent", "btp");
        foreach (var m in TrendInputs.Months(new YearMonth(2024, 7), 6)) rows[("kent", m)] = 2;
        var findings = Run(rows);
        var area = findings.YearOnYearOf(SeriesKey.Area)!;

        var flagged = findings.Coverage.ForceMonths.Where(c => c.Status == MonthStatus.LikelyIncomplete).Select(c => (c.Force, c.Month));
        Assert.Equal(TrendInputs.Months(new YearMonth(2024, 7), 6).Select(m => ("kent", m)), flagged);
        var sound = rows.Where(r => !(r.Key.Force == "kent" && r.Value == 2)).ToDictionary(r => r.Key, r => r.Value);
        Assert.Equal(Expected(sound), (area.Previous, area.Current));
        Assert.Equal(12, area.MonthsCompared);
    }

    [Fact]
    public void CountsWithoutAForce_InAMonthSeveralForcesCover_AreRefusedWithTheMonth()
    {
        var files = new[] { new FileQuality("a.csv", "kent", Jan2024, 5, 5, 0, 0, 0, 0), new FileQuality("b.csv", "btp", Jan2024, 5, 5, 0, 0, 0, 0) };
        var input = new TrendInput("Test", new AssessmentPeriod(Dec2025, 12), [new MonthlyCount("Test", Jan2024, "Burglary", 10)], files) { Themes = [], HarmWeights = HarmWeightFile.Default };

        var error = Assert.Throws<ArgumentException>(() => TrendAnalysis.Run(input));
        Assert.Contains("2024-01", error.Message, StringComparison.Ordinal);
        Assert.Contains("btp, kent", error.Message, StringComparison.Ordinal);
    }
}
