using Assessment.Core.Geography;
using static Assessment.Core.Tests.Geography.LsoaVintageSquares;

namespace Assessment.Core.Tests.Geography;

public sealed class LsoaVintageLookupTests
{
    [Theory]
    [InlineData(new[] { U, A, M1 }, LsoaVintage.Census2011, 2, 0, 1, 0)]
    [InlineData(new[] { U, B1, MG, MG }, LsoaVintage.Census2021, 0, 2, 1, 0)]
    [InlineData(new[] { A, B2 }, LsoaVintage.Mixed, 1, 1, 0, 0)]
    [InlineData(new[] { U, "W01999999" }, LsoaVintage.Undetermined, 0, 0, 1, 1)]
    public void Detect_TellsTheVintageFromCodesFoundInOnlyOne(string[] codes, LsoaVintage vintage, int only2011, int only2021, int both, int unknown)
    {
        Assert.Equal(new LsoaVintageDetection(vintage, only2011, only2021, both, unknown), Lookup.Detect(codes));
    }

    [Fact]
    public void Counterparts_GoBothWays()
    {
        Assert.Equal([B1, B2], Lookup.Counterparts(A, LsoaVintage.Census2021));
        Assert.Equal([M1, M2], Lookup.Counterparts(MG, LsoaVintage.Census2011));
        Assert.Equal([U], Lookup.Counterparts(U, LsoaVintage.Census2011));
        Assert.Empty(Lookup.Counterparts("E01999999", LsoaVintage.Census2021));
        Assert.True(Lookup.Holds(A, LsoaVintage.Census2011));
        Assert.False(Lookup.Holds(A, LsoaVintage.Census2021));
    }

    [Fact]
    public void Constructor_NoPairs_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => new LsoaVintageLookup([], "empty.csv"));
    }
}
