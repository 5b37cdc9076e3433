namespace Assessment.Core.Geography;

/// <summary>
/// Which 2011 LSOAs correspond to which 2021 LSOAs, in the shape of ONS's "LSOA (2011) to LSOA (2021) to LAD (2022)
/// Exact Fit Lookup" (one row per pair), read from that file or derived from boundaries (<see cref="LsoaOverlapLookup"/>).
/// An unchanged LSOA keeps its code, so it is one pair with the same code on both sides.
/// </summary>
public sealed class LsoaVintageLookup
{
    private readonly Dictionary<string, string[]> to2021;
    private readonly Dictionary<string, string[]> to2011;

    /// <summary>A lookup of the pairs given.</summary>
    /// <param name="pairs">Pairs of codes; repeats are dropped.</param>
    /// <param name="source">Where the pairs came from, for messages and the report, e.g. "LSOA11_LSOA21_LAD22_EW_LU.csv".</param>
    /// <exception cref="ArgumentException">There are no pairs, or the source is blank.</exception>
    public LsoaVintageLookup(IEnumerable<LsoaLookupPair> pairs, string source)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        Pairs = [.. pairs.DistinctBy(p => (p.Lsoa11Code, p.Lsoa21Code))];
        if (Pairs.Count == 0) throw new ArgumentException($"{source}: the LSOA lookup holds no pairs.", nameof(pairs));
        Source = source;
        to2021 = Pairs.GroupBy(p => p.Lsoa11Code, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Lsoa21Code).Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        to2011 = Pairs.GroupBy(p => p.Lsoa21Code, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Lsoa11Code).Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The pairs, without repeats, in the order given.</summary>
    public IReadOnlyList<LsoaLookupPair> Pairs { get; }

    /// <summary>Where the pairs came from (a file name, or the boundary files they were derived from).</summary>
    public string Source { get; }

    /// <summary>True when <paramref name="code"/> is an LSOA of <paramref name="vintage"/> in this lookup.</summary>
    /// <param name="code">An LSOA code.</param>
    /// <param name="vintage"><see cref="LsoaVintage.Census2011"/> or <see cref="LsoaVintage.Census2021"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">Another vintage.</exception>
    public bool Holds(string code, LsoaVintage vintage) => Side(vintage).ContainsKey(code);

    /// <summary>
    /// The LSOAs of <paramref name="to"/> that share ground with <paramref name="code"/>, an LSOA of the other vintage,
    /// sorted by code; empty when the lookup does not hold <paramref name="code"/> in the other vintage.
    /// </summary>
    /// <param name="code">A code of the vintage other than <paramref name="to"/>.</param>
    /// <param name="to"><see cref="LsoaVintage.Census2011"/> or <see cref="LsoaVintage.Census2021"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">Another vintage.</exception>
    public IReadOnlyList<string> Counterparts(string code, LsoaVintage to)
    {
        var from = to switch
        {
            LsoaVintage.Census2021 => to2021,
            LsoaVintage.Census2011 => to2011,
            _ => throw new ArgumentOutOfRangeException(nameof(to), to, "Counterparts exist in 2011 or 2021 only."),
        };
        return from.TryGetValue(code, out var codes) ? codes : [];
    }

    /// <summary>The vintage of <paramref name="codes"/>: decided by the codes found in only one of the two vintages.</summary>
    /// <param name="codes">LSOA codes; repeats are counted once.</param>
    public LsoaVintageDetection Detect(IEnumerable<string> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        int only2011 = 0, only2021 = 0, both = 0, unknown = 0;
        foreach (var code in codes.Distinct(StringComparer.Ordinal))
        {
            var in2011 = to2021.ContainsKey(code);
            var in2021 = to2011.ContainsKey(code);
            if (in2011 && in2021) both++;
            else if (in2011) only2011++;
            else if (in2021) only2021++;
            else unknown++;
        }
        var vintage = (only2011 > 0, only2021 > 0) switch
        {
            (true, true) => LsoaVintage.Mixed,
            (true, false) => LsoaVintage.Census2011,
            (false, true) => LsoaVintage.Census2021,
            _ => LsoaVintage.Undetermined,
        };
        return new LsoaVintageDetection(vintage, only2011, only2021, both, unknown);
    }

    private Dictionary<string, string[]> Side(LsoaVintage vintage) => vintage switch
    {
        LsoaVintage.Census2011 => to2021,
        LsoaVintage.Census2021 => to2011,
        _ => throw new ArgumentOutOfRangeException(nameof(vintage), vintage, "LSOAs are of 2011 or 2021."),
    };
}
