using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;

namespace Assessment.Core.Geography;

/// <summary>
/// Places rows whose LSOA codes are of the other census vintage than an area's code list in the area's vintage,
/// through a 2011↔2021 lookup, and counts what happened to them: no row is silently lost.
/// </summary>
/// <remarks>
/// A code with one counterpart in the area's vintage (unchanged ground, a merge) takes it. A code with several (a split
/// or complex change) is placed by each row's point when the area-vintage polygons of its counterparts are given: the
/// counterpart whose polygon holds the point (the smallest code on a shared line), or, for a snapped point just outside
/// them all, the nearest one when every counterpart's polygon is known. Otherwise the rows are in the area when every
/// counterpart is in it, outside when none is, and ambiguous (left out, and counted) when some are.
/// </remarks>
public sealed record LsoaCodeMapping
{
    /// <summary>The vintage the rows were mapped to: the area's.</summary>
    public required LsoaVintage AreaVintage { get; init; }

    /// <summary>Where each mapped code (or code and point) goes.</summary>
    public required IReadOnlyList<LsoaPlacement> Placements { get; init; }

    /// <summary>Rows whose code is held by the lookup only in the other vintage: the rows mapped.</summary>
    public long RowsOfOtherVintage { get; init; }

    /// <summary>Of those, rows whose code has one counterpart in the area's vintage.</summary>
    public long MappedByCode { get; init; }

    /// <summary>Of those, rows of a split code placed in one counterpart by their point.</summary>
    public long MappedByPoint { get; init; }

    /// <summary>Of those, rows of a split code not placed by point whose every counterpart is in the area: counted in it, under their own code.</summary>
    public long InAreaByEveryCounterpart { get; init; }

    /// <summary>Of those, rows of a split code not placed by point whose counterparts are partly in the area: left out of it.</summary>
    public long Ambiguous { get; init; }

    /// <summary>Distinct codes of the <see cref="Ambiguous"/> rows, sorted.</summary>
    public IReadOnlyList<string> AmbiguousCodes { get; init; } = [];

    /// <summary>Rows mapped that are in the area (by code, by point or by every counterpart).</summary>
    public long MappedIntoArea { get; init; }

    /// <summary>Rows whose code is in neither vintage of the lookup and not in the area's list: placed by their code as given, so outside the area.</summary>
    public long Unmapped { get; init; }

    /// <summary>Distinct codes of the <see cref="Unmapped"/> rows.</summary>
    public int UnmappedCodes { get; init; }

    /// <summary>Maps <paramref name="rows"/> to the vintage of <paramref name="area"/>.</summary>
    /// <param name="area">The area's code list.</param>
    /// <param name="areaVintage">Its vintage: <see cref="LsoaVintage.Census2011"/> or <see cref="LsoaVintage.Census2021"/>.</param>
    /// <param name="lookup">The 2011↔2021 lookup.</param>
    /// <param name="rows">Stored rows by code and point.</param>
    /// <param name="polygons">Area-vintage LSOA polygons (WGS84) by code, for placing split codes by point; null or partial when not known.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="areaVintage"/> is neither 2011 nor 2021.</exception>
    public static LsoaCodeMapping Map(LsoaCodeListArea area, LsoaVintage areaVintage, LsoaVintageLookup lookup, IReadOnlyList<LsoaPointRows> rows, IReadOnlyDictionary<string, Geometry>? polygons)
    {
        ArgumentNullException.ThrowIfNull(area);
        ArgumentNullException.ThrowIfNull(lookup);
        ArgumentNullException.ThrowIfNull(rows);
        if (areaVintage is not (LsoaVintage.Census2011 or LsoaVintage.Census2021))
            throw new ArgumentOutOfRangeException(nameof(areaVintage), areaVintage, "An area's codes are mapped to 2011 or 2021 LSOAs.");
        var otherVintage = areaVintage == LsoaVintage.Census2011 ? LsoaVintage.Census2021 : LsoaVintage.Census2011;
        var inArea = area.Codes.ToHashSet(StringComparer.Ordinal);
        var locator = new Locator(polygons ?? new Dictionary<string, Geometry>());
        var placements = new List<LsoaPlacement>();
        long other = 0, byCode = 0, byPoint = 0, every = 0, ambiguous = 0, into = 0, unmapped = 0;
        var ambiguousCodes = new SortedSet<string>(StringComparer.Ordinal);
        var unmappedCodes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in rows.GroupBy(r => r.Code, StringComparer.Ordinal))
        {
            if (inArea.Contains(code.Key) || lookup.Holds(code.Key, areaVintage)) continue;
            var total = code.Sum(r => r.Rows);
            if (!lookup.Holds(code.Key, otherVintage))
            {
                unmapped += total;
                unmappedCodes.Add(code.Key);
                continue;
            }
            other += total;
            var counterparts = lookup.Counterparts(code.Key, areaVintage);
            if (counterparts.Count == 1)
            {
                var isIn = inArea.Contains(counterparts[0]);
                placements.Add(new LsoaPlacement(code.Key, null, null, counterparts[0], isIn));
                byCode += total;
                if (isIn) into += total;
                continue;
            }
            var inCount = counterparts.Count(inArea.Contains);
            foreach (var point in code)
            {
                if (point.Longitude is { } lon && point.Latitude is { } lat && locator.Place(counterparts, lon, lat) is { } chosen)
                {
                    var isIn = inArea.Contains(chosen);
                    placements.Add(new LsoaPlacement(code.Key, lon, lat, chosen, isIn));
                    byPoint += point.Rows;
                    if (isIn) into += point.Rows;
                }
                else if (inCount == counterparts.Count)
                {
                    if (point.Longitude is { } l && point.Latitude is { } t) placements.Add(new LsoaPlacement(code.Key, l, t, code.Key, true));
                    every += point.Rows;
                    into += point.Rows;
                }
                else if (inCount > 0)
                {
                    ambiguous += point.Rows;
                    ambiguousCodes.Add(code.Key);
                }
            }
        }
        return new LsoaCodeMapping
        {
            AreaVintage = areaVintage,
            Placements = placements,
            RowsOfOtherVintage = other,
            MappedByCode = byCode,
            MappedByPoint = byPoint,
            InAreaByEveryCounterpart = every,
            Ambiguous = ambiguous,
            AmbiguousCodes = [.. ambiguousCodes],
            MappedIntoArea = into,
            Unmapped = unmapped,
            UnmappedCodes = unmappedCodes.Count,
        };
    }

    /// <summary>Places a point among counterpart polygons, preparing each polygon once.</summary>
    private sealed class Locator(IReadOnlyDictionary<string, Geometry> polygons)
    {
        private readonly Dictionary<string, IPreparedGeometry> prepared = new(StringComparer.Ordinal);

        public string? Place(IReadOnlyList<string> candidates, double longitude, double latitude)
        {
            var known = candidates.Where(polygons.ContainsKey).ToList();
            if (known.Count == 0) return null;
            var point = polygons[known[0]].Factory.CreatePoint(new Coordinate(longitude, latitude));
            var holding = known.Where(c => Prepared(c).Covers(point)).Order(StringComparer.Ordinal).FirstOrDefault();
            if (holding is not null) return holding;
            // The point may lie in a counterpart whose polygon is unknown; only with all of them can the nearest be trusted.
            return known.Count == candidates.Count ? known.MinBy(c => polygons[c].Distance(point)) : null;
        }

        private IPreparedGeometry Prepared(string code)
        {
            if (!prepared.TryGetValue(code, out var p)) prepared[code] = p = PreparedGeometryFactory.Prepare(polygons[code]);
            return p;
        }
    }
}
