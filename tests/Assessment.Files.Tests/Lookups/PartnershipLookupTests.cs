using System.Text.RegularExpressions;
using Assessment.Files.Lookups;

namespace Assessment.Files.Tests.Lookups;

public sealed class PartnershipLookupTests
{
    private static readonly PartnershipLookup Lookup = PartnershipLookup.Load(PartnershipLookup.DefaultFolder);

    [Fact]
    public void FindByDistrict_Dover_IsTheOneDistrictPartnershipInKent()
    {
        var dover = Lookup.FindByDistrict("Dover");

        Assert.Equal(("E22000140", "Dover"), (dover.Code, dover.Name));
        Assert.Equal(("E07000108", "Dover"), (Assert.Single(dover.Districts).Code, dover.Districts[0].Name));
        Assert.Equal(("E23000032", "kent"), (dover.Force.Code, dover.Force.PoliceUkForce));
    }

    [Fact]
    public void FindPartnership_TwoDistricts_ListsBoth()
    {
        var dg = Lookup.FindPartnership("dartford & gravesham");

        Assert.Equal("E22000352", dg.Code);
        Assert.Equal(["Dartford", "Gravesham"], dg.Districts.Select(d => d.Name));
        Assert.Same(dg, Lookup.FindByDistrict("Gravesham"));
        Assert.Same(dg, Lookup.FindByDistrict("E07000107"));
    }

    [Fact]
    public void FindPartnership_WelshByCodeEnglishAndWelshName_IsTheSamePartnership()
    {
        var anglesey = Lookup.FindPartnership("W14000001");

        Assert.Equal(("Isle of Anglesey", "Ynys Môn", "north-wales"), (anglesey.Name, anglesey.WelshName, anglesey.Force.PoliceUkForce));
        Assert.Same(anglesey, Lookup.FindPartnership("Ynys Môn"));
        Assert.Same(anglesey, Lookup.FindPartnership("ynys mon"));
        var cwmTaf = Lookup.FindPartnership("Cwm Taf");
        Assert.Equal(["Rhondda Cynon Taf", "Merthyr Tydfil"], cwmTaf.Districts.Select(d => d.Name));
        Assert.Equal("south-wales", cwmTaf.Force.PoliceUkForce);
    }

    [Fact]
    public void FindPartnership_ByCode_IgnoresCase() =>
        Assert.Equal("Dover", Lookup.FindPartnership("e22000140").Name);

    [Fact]
    public void FindPartnership_Unknown_ListsTheClosestNames()
    {
        var ex = Assert.Throws<LookupNotFoundException>(() => Lookup.FindPartnership("Cardif"));

        Assert.StartsWith("No Community Safety Partnership in England or Wales is called or coded \"Cardif\". Closest: Cardiff (W14000015);", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FindByDistrict_Unknown_ListsTheClosestDistrictsWithTheirPartnership()
    {
        var ex = Assert.Throws<LookupNotFoundException>(() => Lookup.FindByDistrict("Graves"));

        Assert.Contains("Gravesham (in Dartford and Gravesham)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FindByDistrict_DistrictMergedSince2019_FindsItsPartnershipOrNamesTheChoice()
    {
        // Craven (2019) is now part of North Yorkshire (E06000065); West Northamptonshire now holds districts of two 2019 CSPs.
        var northYorkshire = Lookup.FindByDistrict("E06000065");
        Assert.Same(northYorkshire, Lookup.FindByDistrict("Craven"));
        Assert.Equal("North Yorkshire", Assert.Single(northYorkshire.Districts, d => d.Name == "Craven").CurrentName);
        Assert.Null(Lookup.FindByDistrict("Dover").Districts[0].CurrentName);

        var ex = Assert.Throws<LookupNotFoundException>(() => Lookup.FindByDistrict("West Northamptonshire"));
        Assert.Contains("Northampton (E22000237); Daventry and South Northamptonshire (E22000357)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_EveryForceAreaInTheOnsListHasAPoliceUkIdentifier()
    {
        // pfa19-names.csv is read here without the lookup code: every England and Wales force area must be covered.
        var lines = File.ReadAllLines(Path.Combine(PartnershipLookup.DefaultFolder, "pfa19-names.csv")).Skip(1);
        var codes = lines.Select(l => l.Split(',')[1]).Where(c => c.StartsWith('E') || c.StartsWith('W')).ToHashSet();

        Assert.Equal(43, codes.Count);
        Assert.Equal(codes.Order(), Lookup.Partnerships.Select(p => p.Force.Code).Distinct().Order());
        Assert.Equal(43, Lookup.Partnerships.Select(p => p.Force.PoliceUkForce).Distinct().Count());
        Assert.Equal("metropolitan", Lookup.FindPartnership("Camden").Force.PoliceUkForce);
        Assert.Equal("devon-and-cornwall", Lookup.FindPartnership("Plymouth").Force.PoliceUkForce);
        Assert.Equal("city-of-london", Lookup.FindPartnership("City of London").Force.PoliceUkForce);
        Assert.Equal("btp", Lookup.TransportPolice.PoliceUkForce);
    }

    [Fact]
    public void Load_ColumnsInAnotherOrder_ReadsTheSamePartnerships()
    {
        using var folder = new TemporaryDirectory();
        foreach (var file in Directory.GetFiles(PartnershipLookup.DefaultFolder, "*.csv")) File.Copy(file, folder.Combine(Path.GetFileName(file)));
        // Move FID to the end and reverse the rest, as another vintage might (quoted names such as "Herefordshire, County of" stay whole).
        var lines = File.ReadAllLines(folder.Combine("lad19-csp19-pfa19.csv"));
        File.WriteAllLines(folder.Combine("lad19-csp19-pfa19.csv"), lines.Select(l =>
        {
            var f = Regex.Split(l, ",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
            return string.Join(',', f.Skip(1).Reverse().Append(f[0]));
        }));

        var reordered = PartnershipLookup.Load(folder.Path);

        Assert.Equal(Lookup.Partnerships.Count, reordered.Partnerships.Count);
        Assert.Equal(Lookup.FindPartnership("Dartford and Gravesham"), reordered.FindPartnership("Dartford and Gravesham"), PartnershipComparer.Instance);
    }

    [Fact]
    public void Load_MissingColumn_NamesTheFileAndColumn()
    {
        using var folder = new TemporaryDirectory();
        foreach (var file in Directory.GetFiles(PartnershipLookup.DefaultFolder, "*.csv")) File.Copy(file, folder.Combine(Path.GetFileName(file)));
        var path = folder.Combine("csp19-names.csv");
        File.WriteAllText(path, File.ReadAllText(path).Replace("CSP19NMW", "WELSH", StringComparison.Ordinal));

        var ex = Assert.Throws<LookupTableException>(() => PartnershipLookup.Load(folder.Path));

        Assert.StartsWith($"{path}: no column \"CSP19NMW\"", ex.Message, StringComparison.Ordinal);
    }

    private sealed class PartnershipComparer : IEqualityComparer<PartnershipArea>
    {
        public static readonly PartnershipComparer Instance = new();

        public bool Equals(PartnershipArea? x, PartnershipArea? y) =>
            x is not null && y is not null && x.Code == y.Code && x.Name == y.Name && x.Force == y.Force && x.Districts.SequenceEqual(y.Districts);

        public int GetHashCode(PartnershipArea obj) => obj.Code.GetHashCode(StringComparison.Ordinal);
    }
}
