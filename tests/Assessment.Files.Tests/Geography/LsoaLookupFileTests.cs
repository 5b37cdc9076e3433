using Assessment.Core.Geography;
using Assessment.Files.Configuration;
using Assessment.Files.Geography;

namespace Assessment.Files.Tests.Geography;

public sealed class LsoaLookupFileTests
{
    [Fact]
    public void Parse_OnsShapeInAnotherColumnOrder_ReadsColumnsByName()
    {
        const string text = """
            FID,LAD22NM,LSOA21NM,CHGIND,LSOA21CD,LSOA11NM,LSOA11CD,LAD22CD
            1,Dartford,Dartford 001A,U,E01024141,Dartford 001A,E01024141,E07000107
            2,Dartford,Dartford 013F,S,E01035276,Dartford 002B,E01024146,E07000107
            3,Dartford,Dartford 013G,s,E01035277,Dartford 002B,E01024146,E07000107
            4,Medway,Medway 040A,M,E01035300,Medway 012C,E01016000,E06000035
            5,Medway,Medway 040B,X,E01035301,Medway 012D,E01016001,E06000035
            """;

        var lookup = LsoaLookupFile.Parse("LSOA11_LSOA21_LAD22_EW_LU.csv", text);

        Assert.Equal(
            [
                new("E01024141", "E01024141", LsoaChangeKind.Unchanged),
                new("E01024146", "E01035276", LsoaChangeKind.Split),
                new("E01024146", "E01035277", LsoaChangeKind.Split),
                new("E01016000", "E01035300", LsoaChangeKind.Merged),
                new LsoaLookupPair("E01016001", "E01035301", LsoaChangeKind.Complex),
            ],
            lookup.Pairs);
        Assert.Equal("LSOA11_LSOA21_LAD22_EW_LU.csv", lookup.Source);
    }

    [Fact]
    public void Parse_UnknownChangeIndicator_NamesLineAndColumn()
    {
        var ex = Assert.Throws<ConfigurationException>(() => LsoaLookupFile.Parse("lookup.csv", "LSOA11CD,LSOA21CD,CHGIND\nE01024141,E01024141,U\nE01024146,E01035276,Z\n"));

        Assert.Contains("lookup.csv, line 3, column 3 (CHGIND)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("\"Z\" is not a change indicator", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MissingColumn_NamesItAndTheColumnsFound()
    {
        var ex = Assert.Throws<ConfigurationException>(() => LsoaLookupFile.Parse("lookup.csv", "LSOA11CD,LSOA21CD\nE01024141,E01024141\n"));

        Assert.Contains("no column CHGIND", ex.Message, StringComparison.Ordinal);
        Assert.Contains("found LSOA11CD, LSOA21CD", ex.Message, StringComparison.Ordinal);
    }
}
