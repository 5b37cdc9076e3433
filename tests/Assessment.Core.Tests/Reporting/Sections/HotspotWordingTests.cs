using Assessment.Core.Hotspots;
using Assessment.Core.Reporting.Sections;

namespace Assessment.Core.Tests.Reporting.Sections;

public sealed class HotspotWordingTests
{
    [Theory]
    [InlineData("On or near High Street", "High Street")]
    [InlineData("On or near St George'S Lane", "St George's Lane")]
    [InlineData("On or near Supermarket", "a supermarket")]
    [InlineData("On or near Further/Higher Educational Building", "a further/higher educational building")]
    [InlineData("On or near Airport/Airfield", "an airport/airfield")]
    [InlineData("Butchery Lane", "Butchery Lane")]
    public void PlaceName_PoliceUkLocation_ReadsAsASentenceWould(string location, string expected) =>
        Assert.Equal(expected, HotspotWording.PlaceName(location));

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void PlaceName_NoLocation_IsNull(string? location) => Assert.Null(HotspotWording.PlaceName(location));

    [Theory]
    [InlineData("On or near Shopping Area", "Shopping area")]
    [InlineData("On or near St Peter'S Street", "St Peter's Street")]
    [InlineData(null, "")]
    public void PlaceLabel_ForATableCell_DropsTheArticle(string? location, string expected) =>
        Assert.Equal(expected, HotspotWording.PlaceLabel(location));

    [Theory]
    [InlineData("On or near High Street", "Westgate", "around High Street in Westgate ward")]
    [InlineData("On or near Nightclub", null, "around a nightclub")]
    [InlineData(null, "Westgate", "in Westgate ward")]
    [InlineData(null, null, "at an unnamed place")]
    public void Whereabouts_LocationAndWard_CombineIntoAPhrase(string? location, string? ward, string expected) =>
        Assert.Equal(expected, HotspotWording.Whereabouts(location, ward));

    [Fact]
    public void WardList_ThreeWards_JoinsWithCommasAndAnd() =>
        Assert.Equal("Westgate, Barton and Northgate wards", HotspotWording.WardList(["Westgate", "Barton", "Northgate"]));

    [Theory]
    [InlineData(0.4123, "41%")]
    [InlineData(0.016, "1.6%")]
    [InlineData(0, "0%")]
    [InlineData(1, "100%")]
    public void Percent_Share_HasOneDecimalOnlyBelowTenPercent(double share, string expected) =>
        Assert.Equal(expected, HotspotWording.Percent(share));

    [Theory]
    [InlineData(0.0004, "p < 0.001")]
    [InlineData(0.0234, "p = 0.023")]
    public void PValue_SmallAndOrdinary_AreWrittenAsReportsDo(double p, string expected) =>
        Assert.Equal(expected, HotspotWording.PValue(p));

    [Theory]
    [InlineData(2, 8, "k = 4 chosen by silhouette (0.61) from k = 2\u20138, 10 k-means++ starts, seed 20250101")]
    [InlineData(2, 2, "k = 4 chosen by silhouette (0.61) from k = 2, 10 k-means++ starts, seed 20250101")]
    public void ClusterParameters_KMeans_GivesTheChoiceTheRangeTriedStartsAndSeed(int first, int last, string expected)
    {
        var kmeans = new ClusterFindings(ClusterMethod.KMeans, [], 0, null) { KMeansChoice = (4, 0.6131), KMeansTried = (first, last) };

        Assert.Equal(expected, HotspotWording.ClusterParameters(kmeans, new HotspotOptions()));
    }

    [Fact]
    public void ClusterParameters_Dbscan_GivesRadiusAndMinimumWeight()
    {
        var dbscan = new ClusterFindings(ClusterMethod.Dbscan, [], 0, null) { DbscanMinPoints = 68 };

        Assert.Equal("eps 150 m, minPts 68 events", HotspotWording.ClusterParameters(dbscan, new HotspotOptions { DbscanEpsilonMetres = 150 }));
    }

    [Fact]
    public void ClusterParameters_NotRun_IsEmpty() =>
        Assert.Equal("", HotspotWording.ClusterParameters(ClusterFindings.NotRun(ClusterMethod.KMeans, new ClusterGap(ClusterGapKind.NoEvents)), new HotspotOptions()));

    [Fact]
    public void ClusterGapReason_TooFewPlacesToCluster_GivesPlacesAndMinimum() =>
        Assert.Equal("the records lie at 3 distinct map points, fewer than the 5 needed to tell a cluster from the few places where records happen to be",
            HotspotWording.ClusterGapReason(new ClusterGap(ClusterGapKind.TooFewPlacesToCluster, 3, MinimumPlaces: 5)));

    [Fact]
    public void ClustersNotTested_GivesRecordsWithSeparatorsAndPlaces() =>
        Assert.Equal("Clusters cannot be tested: the 1,234 crimes lie at 4 distinct map points, fewer than the 5 needed to tell a cluster from the few places where records happen to be, so no cluster is reported.",
            HotspotWording.ClustersNotTested(1234, "crimes", new ClusterGap(ClusterGapKind.TooFewPlacesToCluster, 4, MinimumPlaces: 5)));

    [Fact]
    public void ClustersNotTested_AnotherKindOfGap_Throws() =>
        Assert.Throws<ArgumentException>(() => HotspotWording.ClustersNotTested(10, "crimes", new ClusterGap(ClusterGapKind.NoEvents)));
}
