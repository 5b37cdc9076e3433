using Assessment.Core.Model;
using Assessment.Core.Partners;
using Assessment.Core.Trends;

namespace Assessment.Core.Tests.Partners;

public sealed class AsbCaseSummaryTests
{
    private static readonly AssessmentPeriod Period = new(new YearMonth(2025, 12), 12);

    private static readonly IReadOnlyList<Ward> Wards = [new("E05010410", "Westgate"), new("E05010405", "St Stephen's")];

    private static int reference;

    private static AsbCase Case(YearMonth month, string category, string? wardCode = "E05010410", string? wardName = null, string status = "Closed",
        double? latitude = null, double? longitude = null) =>
        new($"C{Interlocked.Increment(ref reference)}", month, null, category, wardCode, wardName, null, latitude, longitude, null, null, "Council", status, 2);

    // n cases of the category in every month of 2024 and m in every month of 2025.
    private static IEnumerable<AsbCase> Monthly(string category, int n, int m) =>
        Enumerable.Range(1, 12).SelectMany(month =>
            Enumerable.Repeat(0, n).Select(_ => Case(new YearMonth(2024, month), category))
                .Concat(Enumerable.Repeat(0, m).Select(_ => Case(new YearMonth(2025, month), category))));

    [Fact]
    public void From_TwoFullYears_CountsEachCategoryAndTestsUnderTheRunsRule()
    {
        var cases = Monthly("Graffiti", 5, 15).Concat(Monthly("Noise", 40, 40)).ToList();

        var summary = AsbCaseSummary.From("log.csv", cases, Period, TrendOptions.Default, Wards, null);

        Assert.Equal(12, summary.MonthsCompared);
        Assert.Equal((cases.Count, 540L, 660L), (summary.CasesInLog, summary.ComparisonPeriodCases, summary.AssessmentPeriodCases));
        var graffiti = summary.Categories.Single(c => c.Category == "Graffiti");
        Assert.Equal((60L, 180L), (graffiti.Previous, graffiti.Current));
        Assert.Equal(YoyVerdict.SignificantIncrease, graffiti.Finding!.Verdict);
        Assert.Equal(3.0, graffiti.Finding.RateRatio, 12);
        var noise = summary.Categories.Single(c => c.Category == "Noise");
        Assert.Equal(YoyVerdict.NoSignificantChange, noise.Finding!.Verdict);
        Assert.Equal((540L, 660L), (summary.AllCases.Previous, summary.AllCases.Current));
        Assert.Equal(["Noise", "Graffiti"], summary.Categories.Select(c => c.Category));
    }

    [Fact]
    public void From_LogWithoutTheComparisonPeriod_GivesCountsAndNoTest()
    {
        var cases = new[] { Case(new YearMonth(2025, 3), "Noise"), Case(new YearMonth(2025, 9), "Noise", status: "Open") };

        var summary = AsbCaseSummary.From("log.csv", cases, Period, TrendOptions.Default, Wards, null);

        Assert.Equal(0, summary.MonthsCompared);
        Assert.Null(summary.AllCases.Finding);
        Assert.Equal((0L, 2L), (summary.AllCases.Previous, summary.AllCases.Current));
        Assert.Equal(1, summary.OpenCases);
    }

    [Fact]
    public void From_WardsByCodeNameOrPointAndCasesWithoutAWardLast()
    {
        var month = new YearMonth(2025, 6);
        var cases = new[]
        {
            Case(month, "Noise", "E05010405"),
            Case(month, "Noise", null, "ST STEPHENS"),
            Case(month, "Noise", null, null, latitude: 51.28, longitude: 1.07),
            Case(month, "Noise", null, null),
            Case(new YearMonth(2024, 6), "Noise", "E05099999", "Elsewhere"),
        };
        Ward? Locate(double longitude, double latitude) => longitude > 1 ? Wards[0] : null;

        var summary = AsbCaseSummary.From("log.csv", cases, Period, TrendOptions.Default, Wards, Locate);

        Assert.Equal(
            [("E05010405", "St Stephen's", 0L, 2L), ("E05010410", "Westgate", 0L, 1L), ("E05099999", "Elsewhere", 1L, 0L), (null, AsbCaseSummary.NoWardLabel, 0L, 1L)],
            summary.Wards.Select(w => (w.Code, w.Name, w.Previous, w.Current)));
    }
}
