using Assessment.Files.Benchmarking;
using Assessment.Files.Lookups;

namespace Assessment.Files.Tests.Benchmarking;

/// <summary>The partnerships of the area's force and the district names of LSOA names, from the shipped ONS lookups.</summary>
public sealed class ForceDistrictsTests
{
    private static readonly PartnershipLookup Lookup = PartnershipLookup.Load(PartnershipLookup.DefaultFolder);
    private static readonly DistrictNameHistory History = DistrictNameHistory.Load(PartnershipLookup.DefaultFolder);

    private static readonly Dictionary<string, double> Residents = new(StringComparer.Ordinal)
    {
        ["E07000105"] = 1, ["E07000106"] = 2, ["E07000107"] = 3, ["E07000108"] = 4, ["E07000109"] = 5, ["E07000110"] = 6, ["E07000111"] = 7,
        ["E07000112"] = 8, ["E07000113"] = 9, ["E07000114"] = 10, ["E07000115"] = 11, ["E07000116"] = 12,
    };

    [Fact]
    public void For_Canterbury_GivesTheTwelveKentPartnershipsWithJointPartnershipResidentsSummed()
    {
        var districts = ForceDistricts.For(Lookup, History, ["E07000106"], Residents);

        Assert.Equal("E22000138", districts.Area.Code);
        Assert.Equal(12, districts.Partnerships.Count);
        Assert.Equal(3 + 5, districts.Partnerships.Single(p => p.Name == "Dartford and Gravesham").Residents);
        Assert.Equal(["E07000107", "E07000109"], districts.Partnerships.Single(p => p.Name == "Dartford and Gravesham").DistrictCodes);
    }

    [Fact]
    public void For_DistrictMissingFromThePopulation_GivesItsPartnershipNoResidents()
    {
        // Medway (E06000035) is left out of the residents above.
        var districts = ForceDistricts.For(Lookup, History, ["E07000106"], Residents);

        Assert.Equal(0, districts.Partnerships.Single(p => p.Code == "E22000143").Residents);
    }

    [Fact]
    public void For_DistrictNames_MapCurrentAndFormerNamesToTheForcesPartnershipsAndOtherForcesDistrictsToNull()
    {
        var names = ForceDistricts.For(Lookup, History, ["E07000106"], Residents).PartnershipByDistrictName;

        Assert.Equal("E22000145", names["Folkestone and Hythe"]);
        Assert.Equal("E22000145", names["Shepway"]);
        Assert.Equal("E22000352", names["Gravesham"]);
        Assert.Null(names["Wealden"]);
        Assert.Null(names["Bexley"]);
        Assert.False(names.ContainsKey("Atlantis"));
    }

    [Fact]
    public void For_UnknownDistrictCode_ThrowsNamingIt()
    {
        var error = Assert.Throws<LookupNotFoundException>(() => ForceDistricts.For(Lookup, History, ["E07999999"], Residents));

        Assert.Contains("E07999999", error.Message, StringComparison.Ordinal);
    }
}
