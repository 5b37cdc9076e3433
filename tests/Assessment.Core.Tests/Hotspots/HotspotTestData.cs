using Assessment.Core.Geography;
using Assessment.Core.Hotspots;
using Assessment.Core.Model;
using Assessment.Core.Spatial;
using NetTopologySuite.Geometries;

namespace Assessment.Core.Tests.Hotspots;

/// <summary>Synthetic records placed in British National Grid metres, for the hotspot orchestration tests.</summary>
internal static class HotspotTestData
{
    public const string Violence = "Violence and sexual offences";
    public const string Shoplifting = "Shoplifting";
    public const string Asb = "Anti-social behaviour";

    /// <summary>Assessment period January–December 2025, comparison January–December 2024.</summary>
    public static readonly AssessmentPeriod Period = new(new YearMonth(2025, 12), 12);

    public static IReadOnlyList<YearMonth> Months2025 { get; } = Enumerable.Range(1, 12).Select(m => new YearMonth(2025, m)).ToArray();

    public static IReadOnlyList<YearMonth> JanToApr2024 { get; } = Enumerable.Range(1, 4).Select(m => new YearMonth(2024, m)).ToArray();

    /// <summary>The sample's shape: January–April 2024 and all of 2025.</summary>
    public static IReadOnlyList<YearMonth> SampleLoadedMonths { get; } = [.. JanToApr2024, .. Months2025];

    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);

    public static SnapPointCount Record(double easting, double northing, YearMonth month, string type, long count, string? location = "On or near Somewhere Road", string? lsoa = "E01000001")
    {
        var p = BritishNationalGrid.ToLonLat(easting, northing);
        return new SnapPointCount(p.Longitude, p.Latitude, month, type, location, lsoa, count);
    }

    /// <summary>
    /// A 4 km × 4 km town (600000–604000 E, 150000–154000 N) with one record a month at each of 64 background points
    /// (one per 500 m), and a dense centre of <paramref name="centreCount"/> records a month at three points near
    /// (602400, 152400), each more than 200 m from every background point, in the months <paramref name="centreMonths"/> select.
    /// </summary>
    public static List<SnapPointCount> Town(IEnumerable<YearMonth> months, Func<YearMonth, bool> centreMonths, long centreCount = 20, string type = Violence)
    {
        var records = new List<SnapPointCount>();
        foreach (var month in months)
        {
            for (var i = 0; i < 8; i++)
                for (var j = 0; j < 8; j++)
                    records.Add(Record(600140 + 500 * i, 150160 + 500 * j, month, type, 1, $"On or near Road {i}{j}"));
            if (!centreMonths(month)) continue;
            records.Add(Record(602400, 152400, month, type, centreCount, "On or near Market Street"));
            records.Add(Record(602460, 152430, month, type, centreCount / 2, "On or near Market Street"));
            records.Add(Record(602380, 152470, month, type, centreCount / 4, "On or near Mill Lane"));
        }
        return records;
    }

    /// <summary>A feature whose polygon is the BNG rectangle given, in WGS84, with the properties given.</summary>
    public static BoundaryFeature Rectangle(double minE, double minN, double maxE, double maxN, params (string Key, string Value)[] properties)
    {
        var corners = new[] { (minE, minN), (maxE, minN), (maxE, maxN), (minE, maxN), (minE, minN) }
            .Select(c => BritishNationalGrid.ToLonLat(c.Item1, c.Item2)).Select(p => new Coordinate(p.Longitude, p.Latitude)).ToArray();
        return new BoundaryFeature(Wgs84.CreatePolygon(corners), properties.ToDictionary(p => p.Key, p => (string?)p.Value));
    }

    /// <summary>Two wards: "Centre" (601500–602750 E, 151500–152750 N) and "Outer" around it (a frame with a hole).</summary>
    public static IReadOnlyList<BoundaryFeature> TownWards()
    {
        var centre = Rectangle(601500, 151500, 602750, 152750, ("WD25CD", "E05000001"), ("WD25NM", "Centre"));
        var whole = Rectangle(599000, 149000, 605000, 155000, ("WD25CD", "E05000002"), ("WD25NM", "Outer"));
        var outer = new BoundaryFeature(whole.Geometry.Difference(centre.Geometry), whole.Properties);
        return [centre, outer];
    }

    /// <summary>
    /// An input over the records with the normal approximation for Gi* (the grid is never treated as sparse): the town's
    /// busy centre is one square among quiet ones, a hotspot by the normal approximation but not by the conditional
    /// permutation test, which holds a square's own count. These tests are about what follows from a hotspot; the
    /// permutation test's own scenarios use <see cref="HotspotOptions"/>' defaults.
    /// </summary>
    public static HotspotInput Input(IReadOnlyList<SnapPointCount> records, IReadOnlyCollection<YearMonth>? loaded = null, params AnalysisGroup[] groups) =>
        new("Testtown", Period, loaded ?? SampleLoadedMonths, records, groups) { Options = NormalApproximation };

    /// <summary>Default options except that no grid counts as sparse, so Gi*'s bands come from the normal approximation.</summary>
    public static HotspotOptions NormalApproximation { get; } = new() { Permutation = new GiStarPermutationOptions { SparseMedianBelow = 0 } };

    public static AnalysisGroup ViolenceGroup { get; } = new("Violence", [Violence]);
}
