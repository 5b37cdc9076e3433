using System.Text.RegularExpressions;
using Assessment.Core.Geography;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Index.Strtree;

namespace Assessment.Core.Trends;

/// <summary>
/// The one way the pipeline places a WGS84 point in an electoral ward, for trends (records per ward) and hotspots
/// (the ward of a map point, hotspot or cluster) alike: an STR-tree over the wards' bounding boxes picks the
/// candidates, prepared polygons decide. Tie rule: a point on the line between wards, or on a vertex they share, is
/// covered by each ward's closed polygon; it goes to the ward with the smallest code (ordinal) among them, so the answer
/// never depends on file order. Wards are identified by code; names are labels only (two wards may share a name, as
/// Dartford's and Gravesham's "Town" wards do).
/// </summary>
public sealed partial class WardLocator
{
    private readonly STRtree<(Ward Ward, IPreparedGeometry Shape)> index = new();
    private readonly GeometryFactory factory = new(new PrecisionModel(), 4326);

    private WardLocator(IReadOnlyList<(Ward Ward, Geometry Shape)> wards, string source)
    {
        foreach (var (ward, shape) in wards) index.Insert(shape.EnvelopeInternal, (ward, PreparedGeometryFactory.Prepare(shape)));
        index.Build();
        Wards = [.. wards.Select(w => w.Ward).OrderBy(w => w.Name, StringComparer.Ordinal)];
        Source = source;
    }

    /// <summary>Every ward, by name.</summary>
    public IReadOnlyList<Ward> Wards { get; }

    /// <summary>The boundary file, for messages and the report.</summary>
    public string Source { get; }

    /// <summary>
    /// Wards from boundary features whose properties hold an ONS ward code and name: any vintage's <c>WDyyCD</c> and
    /// <c>WDyyNM</c> (e.g. WD25CD, WD25NM), the latest vintage when several are present.
    /// </summary>
    /// <param name="features">The ward features (WGS84 polygons), e.g. read from an ONS ward boundary file.</param>
    /// <param name="source">The file's name, for messages and the report.</param>
    /// <exception cref="BoundaryDataException">No features, no ward code or name property, a feature without them, or a code used twice.</exception>
    public static WardLocator FromFeatures(IReadOnlyList<BoundaryFeature> features, string source)
    {
        ArgumentNullException.ThrowIfNull(features);
        if (features.Count == 0) throw new BoundaryDataException($"{source}: contains no ward features.");
        var codeKey = CodePropertyOf(features[0])
            ?? throw new BoundaryDataException($"{source}: the features have no ward code (e.g. WD25CD) property; found {string.Join(", ", features[0].Properties.Keys)}.");
        var nameKey = NamePropertyFor(codeKey);
        var wards = new List<(Ward, Geometry)>(features.Count);
        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < features.Count; i++)
        {
            var code = features[i].Property(codeKey);
            var name = features[i].Property(nameKey);
            if (string.IsNullOrWhiteSpace(code) || string.IsNullOrWhiteSpace(name))
                throw new BoundaryDataException($"{source}: feature {i + 1} has no {codeKey} or {nameKey}.");
            if (!codes.Add(code)) throw new BoundaryDataException($"{source}: ward code {code} appears in more than one feature.");
            wards.Add((new Ward(code.Trim(), name.Trim()), features[i].Geometry));
        }

        return new WardLocator(wards, source);
    }

    /// <summary>
    /// Share of a ward's located records that must be in the area for the ward to be the area's, when the area has no
    /// outline to cut the ward list with (the same half as <see cref="AreaPolygons.AreaShareOfWard"/>). A neighbouring
    /// ward catches a few of the area's records snapped across the boundary, but most of its records are outside.
    /// </summary>
    public const double AreaShareOfWardRecords = 0.5;

    /// <summary>
    /// The wards that hold the area, judged by records when no outline is known: a ward is the area's when it holds at
    /// least one in-area record and at least <see cref="AreaShareOfWardRecords"/> of the located records at its points
    /// are in the area. Points are placed by <see cref="Locate"/>. Input files cut down to the area hold no rows
    /// outside it, so there every ward holding an in-area record is kept.
    /// </summary>
    /// <param name="points">Every located map point with its records (in the area and outside it).</param>
    /// <returns>The area's wards, by name then code; empty when no point lies in a ward.</returns>
    public IReadOnlyList<Ward> HoldingArea(IEnumerable<PointRecordCount> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var totals = new Dictionary<string, (long InArea, long Outside)>(StringComparer.Ordinal);
        foreach (var p in points)
        {
            if (Locate(p.Longitude, p.Latitude) is not { } ward) continue;
            var (inArea, outside) = totals.GetValueOrDefault(ward.Code);
            totals[ward.Code] = (inArea + p.InArea, outside + p.OutsideArea);
        }
        return [.. Wards.Where(w => totals.TryGetValue(w.Code, out var t) && t.InArea > 0 && t.InArea >= AreaShareOfWardRecords * (t.InArea + t.Outside))
            .OrderBy(w => w.Name, StringComparer.Ordinal).ThenBy(w => w.Code, StringComparer.Ordinal)];
    }

    /// <summary>The ward covering the point (boundary included), or null when no ward polygon covers it.</summary>
    public Ward? Locate(double longitude, double latitude)
    {
        var coordinate = new Coordinate(longitude, latitude);
        var point = factory.CreatePoint(coordinate);
        Ward? found = null;
        foreach (var (ward, shape) in index.Query(new Envelope(coordinate)))
        {
            if (shape.Covers(point) && (found is null || string.CompareOrdinal(ward.Code, found.Code) < 0)) found = ward;
        }

        return found;
    }

    /// <summary>
    /// The property of <paramref name="feature"/> that holds an ONS ward code: <c>WDyyCD</c> of the latest vintage present
    /// (e.g. "WD25CD"); null when there is none. The one rule by which every part reads ward codes.
    /// </summary>
    public static string? CodePropertyOf(BoundaryFeature feature)
    {
        ArgumentNullException.ThrowIfNull(feature);
        return LatestKey(feature, CodePattern());
    }

    /// <summary>The name property that goes with a code property: "WD25CD" → "WD25NM".</summary>
    public static string NamePropertyFor(string codeProperty)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(codeProperty);
        return codeProperty[..^2] + "NM";
    }

    // Null rather than an exception: the message is built where it is thrown, which is how an error message is told apart
    // from report text (house rule 3).
    private static string? LatestKey(BoundaryFeature feature, Regex pattern) =>
        feature.Properties.Keys.Where(k => pattern.IsMatch(k)).OrderDescending(StringComparer.Ordinal).FirstOrDefault();

    [GeneratedRegex(@"^WD\d{2}CD$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
