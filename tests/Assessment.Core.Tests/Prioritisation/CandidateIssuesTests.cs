using Assessment.Core.Benchmarking;
using Assessment.Core.Model;
using Assessment.Core.Partners;
using Assessment.Core.Prioritisation;
using Assessment.Core.Statistics;
using Assessment.Core.Trends;

namespace Assessment.Core.Tests.Prioritisation;

public sealed class CandidateIssuesTests
{
    private static readonly YearMonth Previous = new(2024, 12);
    private static readonly YearMonth Current = new(2025, 1);

    /// <summary>One-month period: Burglary 4 → 9, Anti-social behaviour 20 → 30; Burglary weighs 10 days, ASB is not weighted.</summary>
    private static TrendFindings Trends(params TrendTheme[] themes)
    {
        MonthlyCount[] counts =
        [
            new("Test", Previous, "Burglary", 4), new("Test", Current, "Burglary", 9),
            new("Test", Previous, "Anti-social behaviour", 20), new("Test", Current, "Anti-social behaviour", 30),
        ];
        FileQuality[] files = [new("a.csv", "kent", Previous, 24, 24, 0, 2, 4, 0), new("b.csv", "kent", Current, 39, 39, 0, 3, 5, 0)];
        var weights = new HarmWeightTable("test", HarmWeightOrigin.UserFile, [new("Burglary", 10, "test"), new("Anti-social behaviour", null, "not weighted")]);
        return TrendAnalysis.Run(new TrendInput("Test", new AssessmentPeriod(Current, 1), counts, files) { Themes = themes, HarmWeights = weights });
    }

    private static ThemeComparison Compared(string id, string[] types, RateVerdict verdict) =>
        new(id, id, types, 100, 1000, 100, [new PartnershipRate("E1", "Test", true, 10, 100, 100, new ConfidenceInterval(90, 110), 1, 11, verdict, 1)]);

    private static ForceComparison Force(params ThemeComparison[] themes) =>
        new("Test", "Kent", new MonthRange(Current, Current), [Current], 0.95, [Compared(ForceComparison.AllCrimeId, ["Burglary"], RateVerdict.Higher), .. themes],
            new ForceRowsLeftOut(0, [], 0, [], 0, 0), [], "test");

    [Fact]
    public void From_CrimeTypesAndThemes_TakeTheirVolumesHarmAndVerdicts()
    {
        var trends = Trends(new TrendTheme("homes", "Safer homes", ["Burglary", "Anti-social behaviour"]), new TrendTheme("young-people", "Young people", []));

        var list = CandidateIssues.From(trends, null, null, null, null);

        Assert.Equal(["crime-anti-social-behaviour", "crime-burglary", "priority-homes", "priority-young-people"], list.Select(c => c.Id));
        var burglary = list[1];
        Assert.Equal((9.0, 90.0, VolumeUnit.Crimes), (burglary.Volume!.Value, burglary.Harm!.Value, burglary.Unit));
        Assert.Equal(trends.YearOnYearOf(new SeriesKey(ComparisonLevel.CrimeType, "Burglary")), burglary.Trend);
        Assert.Equal((VolumeUnit.Incidents, (double?)null), (list[0].Unit, list[0].Harm));
        var homes = list[2];
        Assert.Equal((39.0, 90.0, VolumeUnit.CrimesAndIncidents), (homes.Volume!.Value, homes.Harm!.Value, homes.Unit));
        Assert.Equal(ComparisonLevel.Theme, homes.Trend!.Series.Level);
        var young = list[3];
        Assert.Equal((null, null, null), (young.Volume, young.Trend, young.Harm));
        Assert.Equal((CandidateGap.NoCrimeTypes, CandidateGap.NoCrimeTypes), (young.TrendGap, young.BenchmarkGap));
        Assert.All(list, c => Assert.Null(c.Benchmark));
        Assert.Equal(CandidateGap.NoForceComparison, burglary.BenchmarkGap);
    }

    [Fact]
    public void From_ForceComparison_ThemesGetTheirVerdictAndCrimeTypesOnlyThroughASingleTypeTheme()
    {
        var trends = Trends(new TrendTheme("homes", "Safer homes", ["Burglary"]), new TrendTheme("asb", "ASB", ["Anti-social behaviour"]));

        var list = CandidateIssues.From(trends, Force(Compared("homes", ["Burglary"], RateVerdict.Lower)), null, null, null).ToDictionary(c => c.Id);

        Assert.Equal(RateVerdict.Lower, list["priority-homes"].Benchmark);
        Assert.Equal("Kent", list["priority-homes"].BenchmarkForce);
        // The theme holds Burglary alone, so its comparison is Burglary's; the all-crime verdict is never handed down.
        Assert.Equal(RateVerdict.Lower, list["crime-burglary"].Benchmark);
        Assert.Null(list["crime-anti-social-behaviour"].Benchmark);
        Assert.Equal(CandidateGap.NotSingleCrimeType, list["crime-anti-social-behaviour"].BenchmarkGap);
        Assert.Null(list["crime-burglary"].BenchmarkGap);
        Assert.Null(list["priority-asb"].Benchmark);
        Assert.Equal(CandidateGap.NotInForceComparison, list["priority-asb"].BenchmarkGap);
    }

    [Fact]
    public void From_PartnerSummaries_AddCouncilCategoriesTreatmentAndReoffending()
    {
        var period = new AssessmentPeriod(Current, 1);
        var cases = new[] { ("Noise", Current), ("Noise", Current), ("Graffiti", Previous) }
            .Select((c, i) => new AsbCase($"C{i}", c.Item2, null, c.Item1, null, null, null, null, null, null, null, "Council", "Closed", 2)).ToList();
        var asb = AsbCaseSummary.From("log.csv", cases, period, TrendOptions.Default, null, null);
        TreatmentRecord Row(string year, SubstanceGroup group, long n) => new(year, "E07000106", "Canterbury", group, n, n / 3, n / 10, 1, 0);
        var treatment = TreatmentSummary.From([Row("2022-23", SubstanceGroup.Opiate, 400), Row("2023-24", SubstanceGroup.Opiate, 450), Row("2023-24", SubstanceGroup.Alcohol, 250)],
            ["E07000106"], null, "synthetic", isSynthetic: true);
        var substance = new SubstanceMisuseSummary(treatment, null, [], null, []);

        var list = CandidateIssues.From(Trends(), null, asb, substance, null).ToDictionary(c => c.Id);

        Assert.Equal((2.0, CandidateKind.CouncilAsb), (list["asb-case-noise"].Volume!.Value, list["asb-case-noise"].Kind));
        Assert.Equal(0.0, list["asb-case-graffiti"].Volume);
        Assert.Equal((700.0, VolumeUnit.AdultsInTreatment, "2023-24", true), (list["substance-misuse"].Volume!.Value, list["substance-misuse"].Unit, list["substance-misuse"].VolumePeriod, list["substance-misuse"].IsSynthetic));
        Assert.False(list.ContainsKey("reoffending"));
    }
}
