using Assessment.Files.Lookups;

namespace Assessment.Files.Tests.Lookups;

/// <summary>District names across vintages, from the shipped lookups.</summary>
public sealed class DistrictNameHistoryTests
{
    private static readonly DistrictNameHistory History = DistrictNameHistory.Load(PartnershipLookup.DefaultFolder);

    [Fact]
    public void OtherNames_CurrentNameOfARenamedDistrict_GivesTheFormerName() =>
        Assert.Equal([new DistrictName("Shepway", "Folkestone and Hythe", "E07000112")], History.OtherNames("Folkestone and Hythe"));

    [Fact]
    public void OtherNames_FormerNameOfARenamedDistrict_GivesTheCurrentName() =>
        Assert.Equal([new DistrictName("Folkestone and Hythe", "Folkestone and Hythe", "E07000112")], History.OtherNames("Shepway"));

    [Fact]
    public void OtherNames_AMergedDistrict_GivesEveryFormerDistrictButAFormerOneGetsNotTheWhole()
    {
        var merged = History.OtherNames("Buckinghamshire").Select(n => n.Name).ToArray();

        Assert.Equal(["Aylesbury Vale", "Chiltern", "South Bucks", "Wycombe"], merged);
        // Aylesbury Vale is a quarter of Buckinghamshire: its area must not take the whole county's rows.
        Assert.Empty(History.OtherNames("Aylesbury Vale"));
    }

    [Theory]
    [InlineData("Canterbury")]
    [InlineData("Nowhere")]
    [InlineData("canterbury")]
    public void OtherNames_ANameNeverChangedOrUnknown_IsEmpty(string name) => Assert.Empty(History.OtherNames(name));
}
