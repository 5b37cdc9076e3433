using Assessment.Core.Partners;

namespace Assessment.Core.Tests.Partners;

public sealed class DrugMarketSummaryTests
{
    private static DrugSeizureRecord Seizure(string year, string raw, string drug, double? value) => new(year, raw, PoliceForceName.Clean(raw), drug, value, 1);

    [Fact]
    public void From_FindsTheForceUnderAnySpellingAndPicksTheTotals()
    {
        var summary = DrugMarketSummary.From("Kent Police",
        [
            Seizure("2017-18", " Kent 4", "All drugs", 3323), Seizure("2017-18", " Kent 4", "Total Class A", 900), Seizure("2017-18", " Kent 4", "All Cannabis", 2000),
            Seizure("2016-17", "Kent", "All drugs", 3403), Seizure("2016-17", "Essex", "All drugs", 5000),
        ], null, [], [], []);

        Assert.Equal(["2016-17", "2017-18"], summary.Seizures.Select(y => y.Year));
        Assert.Equal(new DrugSeizureYear("2017-18", 3323, 900, 2000), summary.Seizures[1]);
        Assert.Equal(new DrugSeizureYear("2016-17", 3403, null, null), summary.Seizures[0]);
        Assert.Empty(summary.CountyYears);
    }

    [Fact]
    public void From_CountyYearsJoinDeathsAdmissionsAndPopulation()
    {
        var summary = DrugMarketSummary.From(null, [], "Kent",
            [new CountyMeasureRecord(2018, "Kent", 150, 2)], [new CountyMeasureRecord(2018, "Kent", 300, 2), new CountyMeasureRecord(2019, "Kent", null, 3)],
            [new CountyMeasureRecord(2018, "Kent", 1_500_000, 2)]);

        Assert.Empty(summary.Seizures);
        Assert.Equal([2018, 2019], summary.CountyYears.Select(y => y.Year));
        Assert.Equal(10.0, summary.CountyYears[0].DeathsPer100k!.Value, 9);
        Assert.Equal(20.0, summary.CountyYears[0].AdmissionsPer100k!.Value, 9);
        Assert.Null(summary.CountyYears[1].AdmissionsPer100k);
    }
}
