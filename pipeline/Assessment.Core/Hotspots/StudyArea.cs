using Assessment.Core.Spatial;
using Assessment.Core.Trends;

namespace Assessment.Core.Hotspots;

/// <summary>
/// What every group shares: the snap points (projected once), the records tied to them, the grid, the study area,
/// the ward locator and the LSOAs used as units.
/// </summary>
internal sealed class StudyArea
{
    private StudyArea(IReadOnlyList<SnapPlace> places, IReadOnlyList<PlacedRecord> records, SquareGrid? grid, double? areaSquareMetres,
        WardLocator? wards, IReadOnlyList<string> lsoaUnits, IReadOnlyList<HotspotNote> notes, IReadOnlyList<PointLeftOut> pointsLeftOut)
    {
        Places = places;
        Records = records;
        Grid = grid;
        AreaSquareMetres = areaSquareMetres;
        Wards = wards;
        LsoaUnits = lsoaUnits;
        Notes = notes;
        PointsLeftOut = pointsLeftOut;
        RecordsAtZeroCoordinates = Sum(PointLeftOutReason.ZeroCoordinates);
        RecordsOutsideGreatBritain = Sum(PointLeftOutReason.OutsideGreatBritain);
        RecordsFarFromLsoa = Sum(PointLeftOutReason.FarFromLsoa);
        long Sum(PointLeftOutReason reason) => pointsLeftOut.Where(p => p.Reason == reason).Sum(p => p.Records);
    }

    public IReadOnlyList<SnapPlace> Places { get; }

    public IReadOnlyList<PlacedRecord> Records { get; }

    public SquareGrid? Grid { get; }

    public double? AreaSquareMetres { get; }

    /// <summary>The wards, or null without ward polygons.</summary>
    public WardLocator? Wards { get; }

    /// <summary>LSOA codes that are units of concentration, ordinal order.</summary>
    public IReadOnlyList<string> LsoaUnits { get; }

    public IReadOnlyList<HotspotNote> Notes { get; }

    /// <summary>Records at (0, 0) in either period, left out.</summary>
    public long RecordsAtZeroCoordinates { get; }

    /// <summary>Records outside Great Britain's extent (other than at (0, 0)) in either period, left out.</summary>
    public long RecordsOutsideGreatBritain { get; }

    /// <summary>Records more than <see cref="StrayPoints.MaxMetresFromLsoa"/> from their own LSOA's polygon, left out.</summary>
    public long RecordsFarFromLsoa { get; }

    /// <summary>Every point left out, most records first, then by reason, longitude, latitude and LSOA code.</summary>
    public IReadOnlyList<PointLeftOut> PointsLeftOut { get; }

    public static StudyArea Build(HotspotInput input, HotspotOptions options)
    {
        var notes = new List<HotspotNote>();
        var first = input.Period.Comparison.First;
        var last = input.Period.Current.Last;
        var kept = new List<SnapPointCount>();
        var leftOut = new Dictionary<(double Longitude, double Latitude, string? Code, PointLeftOutReason Reason), (double? Metres, long Records, Model.YearMonth First, Model.YearMonth Last)>();
        var lsoaPolygons = LsoaPolygonsInGrid(input.Boundaries);
        var metresFrom = new Dictionary<(double, double, string), double>();
        foreach (var r in input.Records)
        {
            if (r.Month < first || r.Month > last || r.Count <= 0) continue;
            if (Stray(r) is { } stray)
            {
                var key = (r.Longitude, r.Latitude, r.LsoaCode, stray.Reason);
                leftOut[key] = leftOut.TryGetValue(key, out var sum)
                    ? (stray.Metres, sum.Records + r.Count, Min(sum.First, r.Month), Max(sum.Last, r.Month))
                    : (stray.Metres, r.Count, r.Month, r.Month);
                continue;
            }
            kept.Add(r);
        }
        var pointsLeftOut = leftOut.Select(p => new PointLeftOut(p.Key.Longitude, p.Key.Latitude, p.Key.Code, p.Key.Reason, p.Value.Metres, p.Value.Records, p.Value.First, p.Value.Last))
            .OrderByDescending(p => p.Records).ThenBy(p => p.Reason).ThenBy(p => p.Longitude).ThenBy(p => p.Latitude).ThenBy(p => p.LsoaCode, StringComparer.Ordinal)
            .ToArray();
        foreach (var (reason, note) in new[]
        {
            (PointLeftOutReason.ZeroCoordinates, HotspotNote.RecordsAtZeroCoordinates),
            (PointLeftOutReason.OutsideGreatBritain, HotspotNote.RecordsOutsideGreatBritain),
            (PointLeftOutReason.FarFromLsoa, HotspotNote.RecordsFarFromLsoa),
        })
        {
            if (pointsLeftOut.Any(p => p.Reason == reason)) notes.Add(note);
        }

        (PointLeftOutReason Reason, double? Metres)? Stray(SnapPointCount r)
        {
            // police.uk zeroes the coordinates of records it cannot place within 20 km of a map point.
            if (r.Longitude == 0 && r.Latitude == 0) return (PointLeftOutReason.ZeroCoordinates, null);
            if (StrayPoints.IsOutsideGreatBritain(r.Longitude, r.Latitude)) return (PointLeftOutReason.OutsideGreatBritain, null);
            if (r.LsoaCode is not { } code || !lsoaPolygons.TryGetValue(code.Trim(), out var polygon)) return null;
            var key = (r.Longitude, r.Latitude, code);
            if (!metresFrom.TryGetValue(key, out var metres))
                metresFrom[key] = metres = StrayPoints.MetresFromLsoa(BritishNationalGrid.ToGrid(r.Longitude, r.Latitude), polygon);
            return StrayPoints.IsFarFromLsoa(metres) ? (PointLeftOutReason.FarFromLsoa, metres) : null;
        }

        static Model.YearMonth Min(Model.YearMonth a, Model.YearMonth b) => a < b ? a : b;
        static Model.YearMonth Max(Model.YearMonth a, Model.YearMonth b) => a > b ? a : b;

        var boundary = input.Boundaries.Area is { } area ? BritishNationalGrid.ToGrid(area) : null;
        var wards = input.Boundaries.Wards is { Count: > 0 } wardFeatures ? WardLocator.FromFeatures(wardFeatures, "the ward boundaries") : null;

        var positions = kept.Select(r => (r.Longitude, r.Latitude)).Distinct().Order().ToArray();
        var projected = positions.Select(p => BritishNationalGrid.ToGrid(p.Longitude, p.Latitude)).ToArray();
        SquareGrid? grid = boundary is not null ? SquareGrid.Covering(boundary, options.CellSizeMetres)
            : projected.Length > 0 ? SquareGrid.Covering(projected.Select(p => new EventPoint(p.Easting, p.Northing)).ToArray(), options.CellSizeMetres)
            : null;

        var lsoaOf = kept.Where(r => r.LsoaCode is not null)
            .GroupBy(r => (r.Longitude, r.Latitude))
            .ToDictionary(g => g.Key, g => g.GroupBy(r => r.LsoaCode!, StringComparer.Ordinal)
                .OrderByDescending(l => l.Sum(r => r.Count)).ThenBy(l => l.Key, StringComparer.Ordinal).First().Key);
        var places = new SnapPlace[positions.Length];
        var indexOf = new Dictionary<(double, double), int>(positions.Length);
        for (var i = 0; i < positions.Length; i++)
        {
            var (lon, lat) = positions[i];
            var cell = grid is not null && grid.TryLocate(projected[i].Easting, projected[i].Northing, out var c) ? c : -1;
            places[i] = new SnapPlace(i, new LonLat(lon, lat), projected[i], lsoaOf.GetValueOrDefault((lon, lat)), wards?.Locate(lon, lat), cell);
            indexOf[(lon, lat)] = i;
        }
        var records = kept.Select(r => new PlacedRecord(indexOf[(r.Longitude, r.Latitude)], r.Month, r.CrimeType, string.IsNullOrWhiteSpace(r.Location) ? null : r.Location, r.Count)).ToArray();

        double? areaSquareMetres = boundary?.Area;
        if (boundary is null && projected.Length >= 3)
        {
            var hull = ConvexHull.Of(projected);
            if (hull.Kind == HullKind.Polygon) areaSquareMetres = hull.AreaSquareMetres;
        }
        if (boundary is null)
            notes.Add(HotspotNote.NoAreaBoundary);

        var lsoaUnits = (input.Boundaries.Lsoas ?? [])
            .Select(f => f.Property(input.Boundaries.LsoaCodeProperty))
            .Where(code => !string.IsNullOrWhiteSpace(code)).Select(code => code!.Trim())
            .Concat(places.Select(p => p.LsoaCode).OfType<string>())
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

        return new StudyArea(places, records, grid, areaSquareMetres, wards, lsoaUnits, notes, pointsLeftOut);
    }

    // LSOA polygons by code, projected once; a code given twice keeps its first polygon.
    private static Dictionary<string, NetTopologySuite.Geometries.Geometry> LsoaPolygonsInGrid(HotspotBoundaries boundaries)
    {
        var polygons = new Dictionary<string, NetTopologySuite.Geometries.Geometry>(StringComparer.Ordinal);
        foreach (var f in boundaries.Lsoas ?? [])
        {
            if (f.Property(boundaries.LsoaCodeProperty) is { } code && !string.IsNullOrWhiteSpace(code))
                polygons.TryAdd(code.Trim(), BritishNationalGrid.ToGrid(f.Geometry));
        }
        return polygons;
    }
}
