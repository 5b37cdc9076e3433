using Assessment.Core.Partners;

namespace Assessment.Core.Tests.Partners;

public sealed class FingertipsIndicatorSummaryTests
{
    internal static FingertipsRecord Row(string code, string name, string period, double? value, string? age = null, string? categoryType = null, double? lower = null, double? upper = null, long? sortable = null) =>
        new("91414", "Alcohol admissions", code, name, null, "Persons", age, categoryType, categoryType is null ? null : "Most deprived decile",
            period, sortable, value, lower, upper, null, null, "Similar", "Standardised rate per 100,000", null, 0);

    [Fact]
    public void From_PicksTheDistrictCountyAndEnglandAreaRowsOfAllAges()
    {
        var records = new[]
        {
            Row("E10000016", "Kent", "2016", 102.7, "All ages", sortable: 20160000),
            Row("E10000016", "Kent", "2015", 107.8, "All ages", lower: 102.7, upper: 113.2, sortable: 20150000),
            Row("E10000016", "Kent", "2015", 270.1, "0-9 yrs", sortable: 20150000),
            Row("E10000016", "Kent", "2015", 69.6, "All ages", "Deprivation deciles", sortable: 20150000),
            Row(FingertipsRecord.EnglandCode, "England", "2015", 94.7, "All ages", sortable: 20150000),
            Row("E06000035", "Medway", "2015", 80.0, "All ages", sortable: 20150000),
        };

        var indicator = Assert.Single(FingertipsIndicatorSummary.From("export.csv", records, ["E10000016"], null));

        var kent = Assert.Single(indicator.Districts);
        Assert.Equal([107.8, 102.7], kent.Points.Select(p => p.Value!.Value));
        Assert.Equal(["2015", "2016"], indicator.Periods);
        Assert.Equal(94.7, indicator.England!.At("2015")!.Value);
        Assert.Null(indicator.County);
        Assert.Empty(indicator.MissingCodes);
        Assert.Equal("Standardised rate per 100,000", indicator.Measure);
    }

    [Fact]
    public void From_DistrictNotInTheExport_IsListedAsMissingAndACountyIsAComparator()
    {
        var records = new[] { Row("E07000106", "Canterbury", "2017/18", 462), Row("E10000016", "Kent", "2017/18", 600) };

        var indicator = Assert.Single(FingertipsIndicatorSummary.From("x.csv", records, ["E07000106", "E07000048"], "E10000016"));

        Assert.Equal(["E07000048"], indicator.MissingCodes);
        Assert.Equal("Kent", indicator.County!.AreaName);
        Assert.Null(indicator.England);
    }
}
