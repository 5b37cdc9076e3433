using Assessment.Core.Geography;
using Assessment.Files.Geography;
using static Assessment.Core.Tests.Geography.LsoaVintageSquares;

namespace Assessment.Core.Tests.Geography;

public sealed class LsoaOverlapLookupTests
{
    [Fact]
    public void Derive_SquaresWithASplitAMergeAndASliver_GivesThePairsOnsWouldPublish()
    {
        var derived = LsoaOverlapLookup.Derive(Lsoa11, Lsoa21, "squares");

        Assert.Equal(
            Lookup.Pairs.OrderBy(p => p.Lsoa11Code, StringComparer.Ordinal).ThenBy(p => p.Lsoa21Code, StringComparer.Ordinal),
            derived.Pairs.OrderBy(p => p.Lsoa11Code, StringComparer.Ordinal).ThenBy(p => p.Lsoa21Code, StringComparer.Ordinal));
    }

    [Fact]
    public void Derive_PiecesThatNeitherSplitNorMerge_AreComplex()
    {
        // C1 lies wholly in D1; C2 is half in D1, half in D2.
        var old = new[] { Feature("LSOA11CD", "E01000011", Box(5, 0, 6, 1)), Feature("LSOA11CD", "E01000012", Box(6, 0, 7, 1)) };
        var current = new[] { Feature("LSOA21CD", "E01100011", Box(5, 0, 6.5, 1)), Feature("LSOA21CD", "E01100012", Box(6.5, 0, 7, 1)) };

        var derived = LsoaOverlapLookup.Derive(old, current, "complex");

        Assert.Equal(3, derived.Pairs.Count);
        Assert.All(derived.Pairs, p => Assert.Equal(LsoaChangeKind.Complex, p.Change));
        Assert.Equal(["E01100011"], derived.Counterparts("E01000011", LsoaVintage.Census2021));
        Assert.Equal(["E01100011", "E01100012"], derived.Counterparts("E01000012", LsoaVintage.Census2021));
    }

    [Fact]
    public void Derive_FeatureWithoutCode_IsRefusedNamingTheSource()
    {
        var noCode = new[] { Feature("OTHER", "x", Box(0, 0, 1, 1)) };

        var ex = Assert.Throws<BoundaryDataException>(() => LsoaOverlapLookup.Derive(noCode, Lsoa21, "lsoa11/x.geojson"));

        Assert.Contains("lsoa11/x.geojson", ex.Message, StringComparison.Ordinal);
        Assert.Contains("LSOA11CD", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Derive_RealDartfordBoundaries_PairsEveryChangedLsoaWithPiecesThatTileIt()
    {
        var folder = Path.Combine(RepositoryPaths.SharedData, "geography", "boundaries");
        var lsoa11 = BoundaryFile.Read(Path.Combine(folder, "lsoa11", "E07000107.geojson"), "LSOA11CD");
        var lsoa21 = BoundaryFile.Read(Path.Combine(folder, "lsoa21", "E07000107.geojson"), "LSOA21CD");
        var codes21 = lsoa21.Select(f => f.Property("LSOA21CD")!).ToHashSet(StringComparer.Ordinal);
        var codes11 = lsoa11.Select(f => f.Property("LSOA11CD")!).ToHashSet(StringComparer.Ordinal);

        var derived = LsoaOverlapLookup.Derive(lsoa11, lsoa21, "Dartford");

        var retired = codes11.Where(c => !codes21.Contains(c)).ToList();
        var introduced = codes21.Where(c => !codes11.Contains(c)).ToList();
        Assert.Equal(5, retired.Count);
        Assert.Equal(14, introduced.Count);
        Assert.All(introduced, c => Assert.NotEmpty(derived.Counterparts(c, LsoaVintage.Census2011)));
        foreach (var code in retired.Where(c => derived.Pairs.Where(p => p.Lsoa11Code == c).All(p => p.Change == LsoaChangeKind.Split)))
        {
            // A split LSOA's 2021 pieces cover it: what is left over either side is a thin sliver of line differences.
            var shape = lsoa11.Single(f => f.Property("LSOA11CD") == code).Geometry;
            var pieces = BoundaryFeature.Dissolve([.. lsoa21.Where(f => derived.Counterparts(code, LsoaVintage.Census2021).Contains(f.Property("LSOA21CD")!))], code);
            Assert.True(shape.SymmetricDifference(pieces).Area < 0.02 * shape.Area, $"{code}: pieces differ by {shape.SymmetricDifference(pieces).Area / shape.Area:P1}");
        }
        Assert.Equal(codes11.Count(codes21.Contains), derived.Pairs.Count(p => p.Change == LsoaChangeKind.Unchanged));
    }
}
