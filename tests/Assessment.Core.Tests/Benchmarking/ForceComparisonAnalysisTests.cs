using Assessment.Core.Benchmarking;
using Assessment.Core.Model;
using Assessment.Core.Tests.Statistics;
using Assessment.Core.Trends;

namespace Assessment.Core.Tests.Benchmarking;

/// <summary>
/// <see cref="ForceComparisonAnalysis"/> against Fixtures/benchmarking/force_comparison.json (written by
/// make_force_comparison_fixtures.py with statsmodels and scipy), and its assignment of rows to partnerships.
/// </summary>
public sealed class ForceComparisonAnalysisTests
{
    private static readonly YearMonth Start = new(2025, 1);

    public static TheoryData<string> CaseNames => [.. Cases().Select(c => c.GetProperty("name").GetString()!)];

    private static IReadOnlyList<System.Text.Json.JsonElement> Cases()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "benchmarking", "force_comparison.json");
        return [.. System.Text.Json.JsonDocument.Parse(File.ReadAllText(path)).RootElement.GetProperty("cases").EnumerateArray()];
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Run_FixtureCase_RatesIntervalsDispersionVerdictsAndRanksMatchStatsmodelsAndScipy(string name)
    {
        var c = Cases().Single(x => x.GetProperty("name").GetString() == name);
        var months = (int)c.Integer("months");
        var partnerships = c.GetProperty("partnerships").EnumerateArray().ToList();
        var counts = partnerships.SelectMany(p => p.Numbers("monthly").Select((n, m) =>
            new DistrictCrimeCount("force", p.GetProperty("code").GetString()!, Start.AddMonths(m), "Burglary", (long)n))).Where(r => r.Count > 0).ToList();
        var input = new ForceComparisonInput("P01", "Force", "force", new MonthRange(Start, Start.AddMonths(months - 1)),
            [.. partnerships.Select(p => new ForcePartnership(p.GetProperty("code").GetString()!, p.GetProperty("code").GetString()!, [], p.Number("residents")))],
            partnerships.ToDictionary<System.Text.Json.JsonElement, string, string?>(p => p.GetProperty("code").GetString()!, p => p.GetProperty("code").GetString()),
            counts, [], "test");

        var all = ForceComparisonAnalysis.Run(input).AllCrime;

        // Sums of counts are exact; the GLM's Pearson φ is converged to 1e-14; gamma quantiles agree with scipy to ~1e-12.
        Tolerance.Close(c.Number("forceRate"), all.ForceRate, 1e-12, 0, name + " force rate");
        foreach (var expected in partnerships)
        {
            var code = expected.GetProperty("code").GetString()!;
            var actual = all.Partnerships.Single(p => p.Code == code);
            Assert.Equal(expected.Integer("count"), actual.Count);
            Tolerance.Close(expected.Number("rate"), actual.Rate, 1e-12, 0, $"{name} {code} rate");
            Tolerance.Close(expected.Number("dispersion"), actual.Dispersion, 1e-9, 1e-12, $"{name} {code} φ");
            Tolerance.Close(expected.Number("low"), actual.Interval.Lower, 1e-9, 1e-12, $"{name} {code} low");
            Tolerance.Close(expected.Number("high"), actual.Interval.Upper, 1e-9, 0, $"{name} {code} high");
            Assert.Equal(expected.GetProperty("verdict").GetString(), actual.Verdict.ToString().ToLowerInvariant());
            Assert.Equal(expected.Integer("rank"), actual.Rank);
            Assert.Equal(months - 1, actual.DegreesOfFreedom);
        }
    }

    [Fact]
    public void Run_RowsOfOtherForcesDistrictsUnknownNamesAndNoLocation_AreCountedApartAndLeftOutOfEveryRate()
    {
        var rows = new List<DistrictCrimeCount>
        {
            new("kent", "Canterbury", Start, "Burglary", 10),
            new("kent", "Shepway", Start, "Burglary", 4),
            new("kent", "Folkestone and Hythe", Start, "Burglary", 6),
            new("kent", "Wealden", Start, "Burglary", 3),
            new("kent", "Rother", Start, "Burglary", 1),
            new("kent", "Nowhere", Start, "Burglary", 2),
            new("kent", "", Start, "Burglary", 5),
            new("btp", "Canterbury", Start, "Burglary", 100),
            new("kent", "Canterbury", Start.AddMonths(-1), "Burglary", 100),
        };

        var result = ForceComparisonAnalysis.Run(Input(rows, [new TrendTheme("none", "No types", [])]));

        Assert.Equal(new ForceRowsLeftOut(4, ["Wealden", "Rother"], 2, ["Nowhere"], 5, 0), result.LeftOut with
        {
            OtherForcesDistrictNames = [.. result.LeftOut.OtherForcesDistrictNames],
            UnrecognisedNames = [.. result.LeftOut.UnrecognisedNames],
        }, new LeftOutComparer());
        var all = Assert.Single(result.Themes);
        Assert.Equal(20, all.ForceCount);
        Assert.Equal(10, all.Partnerships.Single(p => p.Code == "C1").Count);
        Assert.Equal(10, all.Partnerships.Single(p => p.Code == "C2").Count);
        Assert.Equal([Start], result.MonthsCovered);
        Assert.False(result.IsComplete);
    }

    [Fact]
    public void Run_Themes_SumTheirConfiguredCrimeTypesAndAllCrimeLeavesOutAntiSocialBehaviour()
    {
        var rows = new List<DistrictCrimeCount>
        {
            new("kent", "Canterbury", Start, "Anti-social behaviour", 50),
            new("kent", "Canterbury", Start, "Drugs", 7),
            new("kent", "Canterbury", Start, "Public order", 3),
            new("kent", "Shepway", Start, "Anti-social behaviour", 20),
        };

        var result = ForceComparisonAnalysis.Run(Input(rows,
            [new TrendTheme("asb", "ASB", ["Anti-social behaviour"]), new TrendTheme("drugs", "Drugs", ["Drugs", "Possession of weapons"])]));

        Assert.Equal(["all-crime", "asb", "drugs"], result.Themes.Select(t => t.Id));
        Assert.Equal(10, result.AllCrime.Partnerships.Single(p => p.IsArea).Count);
        Assert.Equal(70, result.Themes[1].ForceCount);
        Assert.Equal(7, result.Themes[2].Partnerships.Single(p => p.IsArea).Count);
        Assert.Equal(70 / 300_000.0 * 1000, result.Themes[1].ForceRate, 12);
    }

    [Fact]
    public void Run_PartnershipWithoutResidents_IsLeftOutOfTheRatesAndNamed()
    {
        var rows = new List<DistrictCrimeCount> { new("kent", "Canterbury", Start, "Burglary", 10), new("kent", "Shepway", Start, "Burglary", 4) };
        var input = Input(rows, []) with
        {
            Partnerships = [new ForcePartnership("C1", "Canterbury", ["E07000106"], 160_000), new ForcePartnership("C2", "Shepway", ["E07000112"], 0)],
        };

        var result = ForceComparisonAnalysis.Run(input);

        Assert.Equal(["Shepway"], result.PartnershipsWithoutResidents);
        Assert.Equal(4, result.LeftOut.WithoutResidents);
        Assert.Equal(["C1"], result.AllCrime.Partnerships.Select(p => p.Code));
    }

    [Fact]
    public void Run_AreaNotInTheForce_Throws()
    {
        var input = Input([], []) with { AreaPartnershipCode = "C9" };

        Assert.Throws<ArgumentException>(() => ForceComparisonAnalysis.Run(input));
    }

    private static ForceComparisonInput Input(IReadOnlyList<DistrictCrimeCount> rows, IReadOnlyList<TrendTheme> themes) => new(
        "C1", "Kent", "kent", new MonthRange(Start, Start.AddMonths(11)),
        [new ForcePartnership("C1", "Canterbury", ["E07000106"], 160_000), new ForcePartnership("C2", "Shepway", ["E07000112"], 140_000)],
        new Dictionary<string, string?> { ["Canterbury"] = "C1", ["Shepway"] = "C2", ["Folkestone and Hythe"] = "C2", ["Wealden"] = null, ["Rother"] = null },
        rows, themes, "test");

    private sealed class LeftOutComparer : IEqualityComparer<ForceRowsLeftOut>
    {
        public bool Equals(ForceRowsLeftOut? x, ForceRowsLeftOut? y) =>
            x!.OtherForcesDistricts == y!.OtherForcesDistricts && x.OtherForcesDistrictNames.SequenceEqual(y.OtherForcesDistrictNames)
            && x.Unrecognised == y.Unrecognised && x.UnrecognisedNames.SequenceEqual(y.UnrecognisedNames)
            && x.WithoutLocation == y.WithoutLocation && x.WithoutResidents == y.WithoutResidents;

        public int GetHashCode(ForceRowsLeftOut obj) => 0;
    }
}
