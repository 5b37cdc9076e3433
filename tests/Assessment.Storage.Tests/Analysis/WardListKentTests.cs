using System.Text.Json.Nodes;
using Assessment.Core.Geography;
using Assessment.Core.Trends;
using Assessment.Files.Geography;
using Assessment.Storage.Analysis;

namespace Assessment.Storage.Tests.Analysis;

/// <summary>
/// A ward file of five Kent districts, an area by LSOA-name prefix and no outline: the wards that hold the area's
/// records are the district's own, on all 16 real Kent months.
/// </summary>
public sealed class WardListKentTests(KentAccountingTests.KentStore kent) : IClassFixture<KentAccountingTests.KentStore>
{
    // Ashford, Canterbury, Dover, Swale and Thanet: Canterbury's neighbours all round.
    private static readonly string[] Districts = ["E07000105", "E07000106", "E07000108", "E07000113", "E07000114"];

    [Theory]
    [InlineData("Canterbury", "E07000106")]
    [InlineData("Dover", "E07000108")]
    public void HoldingArea_FiveDistrictsWardFile_KeepsExactlyTheDistrictsOwnWards(string district, string districtCode)
    {
        var wards = Districts.SelectMany(d => BoundaryFile.Read(WardFile(d))).ToList();
        AreaScope.Apply(kent.Store, new LsoaNamePrefixArea(district, district + " "));

        var held = WardLocator.FromFeatures(wards, "five districts").HoldingArea(new WardQueries(kent.Store).PointRecordCounts());

        // The district's own ward codes, read from its file's JSON text rather than through the boundary reader.
        var own = JsonNode.Parse(File.ReadAllText(WardFile(districtCode)))!["features"]!.AsArray()
            .Select(f => (string)f!["properties"]!["WD25CD"]!).Order(StringComparer.Ordinal);
        Assert.Equal(own, held.Select(w => w.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void PointRecordCounts_Kent_AddUpToTheLocatedRowsInAndOutsideTheArea()
    {
        AreaScope.Apply(kent.Store, new LsoaNamePrefixArea("Canterbury", "Canterbury "));

        var points = new WardQueries(kent.Store).PointRecordCounts();

        var rows = IndependentCount.StreetFiles(KentAccountingTests.KentStore.Folder).SelectMany(IndependentCount.Rows).Where(r => r[7].Length > 0).ToList();
        Assert.Equal(rows.Count(r => r[8].StartsWith("Canterbury ", StringComparison.Ordinal)), points.Sum(p => p.InArea));
        Assert.Equal(rows.Count(r => !r[8].StartsWith("Canterbury ", StringComparison.Ordinal)), points.Sum(p => p.OutsideArea));
    }

    private static string WardFile(string district) => Path.Combine(RepositoryPaths.SharedData, "geography", "boundaries", "ward25", district + ".geojson");
}
