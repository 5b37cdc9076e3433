using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace Assessment.Core.Geography;

/// <summary>
/// Derives a 2011↔2021 LSOA lookup from boundary files of both vintages, for when ONS's exact-fit lookup is not given.
/// </summary>
/// <remarks>
/// The rule: a code found in both files is an unchanged LSOA (ONS keeps the code of an unchanged LSOA and never reuses a
/// code for other ground), paired with itself without looking at the polygons. A 2011 LSOA whose code is not among the
/// 2021 codes is paired with every new 2021 LSOA (a code not among the 2011 codes) whose overlap with it covers at least
/// <see cref="MinimumShare"/> of either polygon, and always with the one it overlaps most, so that every changed LSOA
/// that overlaps any other is paired. The change kind is inferred from the pairs: a 2011 LSOA paired with several
/// 2021 LSOAs each paired only with it is a split; several 2011 LSOAs paired only with one 2021 LSOA are a merge; any
/// other pattern (including one changed code for one changed code) is complex. Overlaps are measured in degrees, which
/// over one LSOA differ from true shares by far less than the threshold; slivers where the two vintages' generalised
/// lines differ cover well under 1% of an LSOA.
/// </remarks>
public static class LsoaOverlapLookup
{
    /// <summary>Smallest share (0.1) of either LSOA's area that their overlap must cover for the two to be paired.</summary>
    public const double MinimumShare = 0.1;

    /// <summary>The lookup derived from the two vintages' LSOA polygons by the rule above.</summary>
    /// <param name="lsoa11">2011 LSOA features with their code in <paramref name="code11Property"/>; WGS84.</param>
    /// <param name="lsoa21">2021 LSOA features with their code in <paramref name="code21Property"/>; WGS84.</param>
    /// <param name="source">What the features came from, for messages and the report, e.g. "lsoa11/E07000107.geojson and lsoa21/E07000107.geojson".</param>
    /// <param name="code11Property">The 2011 code property, "LSOA11CD" in ONS files.</param>
    /// <param name="code21Property">The 2021 code property, "LSOA21CD" in ONS files.</param>
    /// <exception cref="BoundaryDataException">A feature has no code, or the files share no LSOA and overlap nowhere; the message names <paramref name="source"/>.</exception>
    public static LsoaVintageLookup Derive(
        IReadOnlyList<BoundaryFeature> lsoa11, IReadOnlyList<BoundaryFeature> lsoa21, string source,
        string code11Property = "LSOA11CD", string code21Property = "LSOA21CD")
    {
        ArgumentNullException.ThrowIfNull(lsoa11);
        ArgumentNullException.ThrowIfNull(lsoa21);
        var old = ByCode(lsoa11, code11Property, source);
        var current = ByCode(lsoa21, code21Property, source);
        var pairs = old.Keys.Where(current.ContainsKey).Select(c => new LsoaLookupPair(c, c, LsoaChangeKind.Unchanged)).ToList();

        var retired = old.Where(o => !current.ContainsKey(o.Key)).ToList();
        var introduced = current.Where(c => !old.ContainsKey(c.Key)).ToList();
        var index = new STRtree<KeyValuePair<string, Geometry>>();
        foreach (var n in introduced) index.Insert(n.Value.EnvelopeInternal, n);
        var links = new List<(string Old, string New)>();
        var overlaps = new List<(string Old, string New, double Area, double OldArea, double NewArea)>();
        foreach (var (code, shape) in retired)
        {
            foreach (var candidate in index.Query(shape.EnvelopeInternal))
            {
                var shared = Overlap(shape, candidate.Value);
                if (shared > 0) overlaps.Add((code, candidate.Key, shared, shape.Area, candidate.Value.Area));
            }
        }
        links.AddRange(overlaps.Where(o => o.Area >= MinimumShare * o.OldArea || o.Area >= MinimumShare * o.NewArea).Select(o => (o.Old, o.New)));
        links.AddRange(overlaps.GroupBy(o => o.Old).Select(g => g.MaxBy(o => o.Area)).Select(o => (o.Old, o.New)));
        links.AddRange(overlaps.GroupBy(o => o.New).Select(g => g.MaxBy(o => o.Area)).Select(o => (o.Old, o.New)));
        links = [.. links.Distinct()];

        var newOf = links.GroupBy(l => l.Old).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var oldOf = links.GroupBy(l => l.New).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var (o, n) in links.OrderBy(l => l.Old, StringComparer.Ordinal).ThenBy(l => l.New, StringComparer.Ordinal))
        {
            var kind = newOf[o] > 1 && links.Where(l => l.Old == o).All(l => oldOf[l.New] == 1) ? LsoaChangeKind.Split
                : oldOf[n] > 1 && links.Where(l => l.New == n).All(l => newOf[l.Old] == 1) ? LsoaChangeKind.Merged
                : LsoaChangeKind.Complex;
            pairs.Add(new LsoaLookupPair(o, n, kind));
        }
        if (pairs.Count == 0) throw new BoundaryDataException($"{source}: the 2011 and 2021 LSOA files share no LSOA and overlap nowhere, so no lookup can be derived from them.");
        return new LsoaVintageLookup(pairs, source);
    }

    private static Dictionary<string, Geometry> ByCode(IReadOnlyList<BoundaryFeature> features, string property, string source)
    {
        var byCode = new Dictionary<string, Geometry>(StringComparer.Ordinal);
        for (var i = 0; i < features.Count; i++)
        {
            var code = features[i].Property(property)?.Trim();
            if (string.IsNullOrEmpty(code)) throw new BoundaryDataException($"{source}: a feature ({i + 1} of its file) has no {property} property.");
            // The same LSOA in two district files (or twice in one) is one LSOA.
            byCode[code] = byCode.TryGetValue(code, out var seen) ? seen.Union(features[i].Geometry) : features[i].Geometry;
        }
        return byCode;
    }

    /// <summary>Area (square degrees) shared by two polygons, repairing a self-touching ring when the overlay fails.</summary>
    internal static double Overlap(Geometry a, Geometry b)
    {
        try
        {
            return a.Intersection(b).Area;
        }
        catch (TopologyException)
        {
            // A self-touching ring in a generalised boundary; Buffer(0) repairs it without moving the lines that matter.
            return a.Buffer(0).Intersection(b.Buffer(0)).Area;
        }
    }
}
