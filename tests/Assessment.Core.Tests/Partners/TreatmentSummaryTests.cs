using System.Text.Json;
using Assessment.Core.Partners;
using Assessment.Core.Statistics;

namespace Assessment.Core.Tests.Partners;

/// <summary>Treatment rates and their Wilson intervals against statsmodels (Fixtures/substance-misuse/treatment-rates.json), and the area and comparator picking.</summary>
public sealed class TreatmentSummaryTests
{
    // statsmodels and this library evaluate the same closed form; 1e-12 allows for the order of floating-point operations.
    private const double Tolerance = 1e-12;

    private static readonly JsonElement[] Cases = [.. JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "substance-misuse", "treatment-rates.json")))
        .RootElement.GetProperty("cases").EnumerateArray()];

    private static long? Count(JsonElement c, string name) => c.GetProperty(name).ValueKind == JsonValueKind.Null ? null : c.GetProperty(name).GetInt64();

    private static List<TreatmentRecord> Records() => [.. Cases.Select((c, i) =>
    {
        Assert.True(SubstanceGroupNames.TryParse(c.GetProperty("substance_group").GetString()!, out var group));
        return new TreatmentRecord(c.GetProperty("period").GetString()!, c.GetProperty("area_code").GetString()!, c.GetProperty("area_code").GetString() == "E92000001" ? "England" : "Canterbury",
            group, Count(c, "in_treatment"), Count(c, "new_presentations"), Count(c, "successful_completions"), Count(c, "re_presentations"), i + 2);
    })];

    [Fact]
    public void From_SyntheticSample_RatesAndWilsonIntervalsMatchStatsmodels()
    {
        var summary = TreatmentSummary.From(Records(), ["E07000106"], null, "test", isSynthetic: true);

        Assert.Equal(28, summary.Years.Count);
        Assert.Equal("England", summary.ComparatorName);
        var checkedRates = 0;
        foreach (var c in Cases)
        {
            Assert.True(SubstanceGroupNames.TryParse(c.GetProperty("substance_group").GetString()!, out var group));
            var period = c.GetProperty("period").GetString()!;
            var year = c.GetProperty("area_code").GetString() == "E92000001"
                ? summary.Comparator.Single(y => y.Period == period && y.Group == group)
                : summary.Years.Single(y => y.Period == period && y.Group == group);
            checkedRates += Check(c.GetProperty("completion"), year.CompletionRate, year.CompletionInterval);
            checkedRates += Check(c.GetProperty("re_presentation"), year.RePresentationRate, year.RePresentationInterval);
        }
        Assert.True(checkedRates > 80, $"only {checkedRates} rates compared");
    }

    private static int Check(JsonElement expected, double? rate, ConfidenceInterval? interval)
    {
        if (expected.ValueKind == JsonValueKind.Null)
        {
            Assert.Null(rate);
            Assert.Null(interval);
            return 0;
        }
        Assert.Equal(expected.GetProperty("rate").GetDouble(), rate!.Value, Tolerance);
        Assert.Equal(expected.GetProperty("lower").GetDouble(), interval!.Value.Lower, Tolerance);
        Assert.Equal(expected.GetProperty("upper").GetDouble(), interval!.Value.Upper, Tolerance);
        return 1;
    }

    [Fact]
    public void From_SeveralDistricts_SumsCountsAndASuppressedPartMakesTheTotalUnknown()
    {
        TreatmentRecord Row(string code, long? n, long? done) => new("2023-24", code, code, SubstanceGroup.Alcohol, n, 10, done, 1, 0);

        var summary = TreatmentSummary.From([Row("E07000107", 100, 30), Row("E07000109", 150, null), Row("E10000016", 2000, 700)], ["E07000107", "E07000109", "E07000999"], "E10000016", "test", false);

        var year = Assert.Single(summary.Years);
        Assert.Equal((250L, (long?)null, 20L), (year.InTreatment!.Value, year.SuccessfulCompletions, year.NewPresentations!.Value));
        Assert.Null(year.CompletionRate);
        Assert.Equal(["E07000999"], summary.MissingCodes);
        Assert.Equal("E10000016", summary.ComparatorName);
        Assert.Equal(0.35, summary.ComparatorOf(year)!.CompletionRate!.Value, 12);
    }

    [Fact]
    public void From_AreaNotInTheFile_GivesNoYearsAndNoComparatorWithoutEngland()
    {
        var summary = TreatmentSummary.From([new TreatmentRecord("2023-24", "E07000107", "Dartford", SubstanceGroup.Opiate, 300, 50, 20, 2, 2)], ["E07000106"], null, "test", false);

        Assert.Empty(summary.Years);
        Assert.Null(summary.ComparatorName);
        Assert.Equal(["E07000106"], summary.MissingCodes);
    }

    [Theory]
    [InlineData("opiate", SubstanceGroup.Opiate)]
    [InlineData("Non-opiate only", SubstanceGroup.NonOpiate)]
    [InlineData("non_opiate_and_alcohol", SubstanceGroup.NonOpiateAndAlcohol)]
    [InlineData("  Alcohol   only ", SubstanceGroup.Alcohol)]
    public void SubstanceGroupNames_ReadsCodesAndNdtmsLabels(string text, SubstanceGroup expected)
    {
        Assert.True(SubstanceGroupNames.TryParse(text, out var group));
        Assert.Equal(expected, group);
        Assert.True(SubstanceGroupNames.TryParse(group.ToCode(), out var again));
        Assert.Equal(group, again);
    }

    [Theory]
    [InlineData("cannabis")]
    [InlineData("total")]
    [InlineData("")]
    public void SubstanceGroupNames_RefusesOtherGroups(string text) => Assert.False(SubstanceGroupNames.TryParse(text, out _));
}
