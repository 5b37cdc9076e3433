using Assessment.Core.Geography;
using NetTopologySuite.Geometries;

namespace Assessment.Core.Tests.Geography;

/// <summary>
/// Made-up LSOAs of unit squares side by side: U unchanged; A split into B1 (left half) and B2 (right half, reaching
/// 0.02 into M1 as a sliver); M1 and M2 merged into MG.
/// </summary>
internal static class LsoaVintageSquares
{
    public const string U = "E01000001";
    public const string A = "E01000002";
    public const string M1 = "E01000003";
    public const string M2 = "E01000004";
    public const string B1 = "E01100001";
    public const string B2 = "E01100002";
    public const string MG = "E01100003";

    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    public static Polygon Box(double x0, double y0, double x1, double y1) =>
        Factory.CreatePolygon([new(x0, y0), new(x1, y0), new(x1, y1), new(x0, y1), new(x0, y0)]);

    public static BoundaryFeature Feature(string property, string code, Polygon shape) =>
        new(shape, new Dictionary<string, string?> { [property] = code });

    public static Dictionary<string, Geometry> Polygons2021 { get; } = new()
    {
        [U] = Box(0, 0, 1, 1),
        [B1] = Box(1, 0, 1.5, 1),
        [B2] = Box(1.5, 0, 2.02, 1),
        [MG] = Box(2.02, 0, 4, 1),
    };

    public static IReadOnlyList<BoundaryFeature> Lsoa11 { get; } =
    [
        Feature("LSOA11CD", U, Box(0, 0, 1, 1)),
        Feature("LSOA11CD", A, Box(1, 0, 2, 1)),
        Feature("LSOA11CD", M1, Box(2, 0, 3, 1)),
        Feature("LSOA11CD", M2, Box(3, 0, 4, 1)),
    ];

    public static IReadOnlyList<BoundaryFeature> Lsoa21 { get; } =
        [.. Polygons2021.Select(p => Feature("LSOA21CD", p.Key, (Polygon)p.Value))];

    /// <summary>The lookup ONS would publish for these squares.</summary>
    public static LsoaVintageLookup Lookup { get; } = new(
    [
        new(U, U, LsoaChangeKind.Unchanged),
        new(A, B1, LsoaChangeKind.Split),
        new(A, B2, LsoaChangeKind.Split),
        new(M1, MG, LsoaChangeKind.Merged),
        new(M2, MG, LsoaChangeKind.Merged),
    ], "squares");
}
