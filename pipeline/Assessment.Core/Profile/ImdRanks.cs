namespace Assessment.Core.Profile;

/// <summary>
/// IMD 2019 ranks by 2011 LSOA, as read from a file (MHCLG, English Indices of Deprivation 2019, File 1, or any cut of
/// it that keeps the national rank). Deciles are national: they come from the rank alone, over all
/// <see cref="EnglandLsoas"/> LSOAs of England, so a file cut to one district gives the same deciles as the whole.
/// </summary>
public sealed class ImdRanks
{
    /// <summary>LSOAs ranked in IMD 2019 (every 2011 LSOA in England): 32,844.</summary>
    public const int EnglandLsoas = 32_844;

    private readonly Dictionary<string, ImdLsoa> lsoas;

    /// <param name="lsoas">One per 2011 LSOA; codes matched exactly.</param>
    /// <param name="source">The file, for the report.</param>
    /// <exception cref="ArgumentException">A code given twice, a rank outside 1…<see cref="EnglandLsoas"/>, or a blank source.</exception>
    public ImdRanks(IEnumerable<ImdLsoa> lsoas, string source)
    {
        ArgumentNullException.ThrowIfNull(lsoas);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        this.lsoas = new Dictionary<string, ImdLsoa>(StringComparer.Ordinal);
        foreach (var lsoa in lsoas)
        {
            if (lsoa.Rank is < 1 or > EnglandLsoas) throw new ArgumentException($"The IMD rank of {lsoa.Code} is {lsoa.Rank}; ranks run from 1 to {EnglandLsoas:N0}.", nameof(lsoas));
            if (!this.lsoas.TryAdd(lsoa.Code, lsoa)) throw new ArgumentException($"{lsoa.Code} is given twice.", nameof(lsoas));
        }
        Source = source;
    }

    /// <summary>Where the ranks come from.</summary>
    public string Source { get; }

    /// <summary>Number of LSOAs in the file.</summary>
    public int Count => lsoas.Count;

    /// <summary>The LSOA's rank and name, or null when the file does not list it.</summary>
    public ImdLsoa? For(string code) => lsoas.GetValueOrDefault(code);

    /// <summary>
    /// The national decile of <paramref name="rank"/>: ⌈10 × rank ÷ 32,844⌉, so decile 1 holds ranks 1–3,284, decile 2
    /// ranks 3,285–6,568, …, decile 10 ranks 29,560–32,844 (the ten groups MHCLG publishes, 3,284 or 3,285 LSOAs each).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A rank outside 1…<see cref="EnglandLsoas"/>.</exception>
    public static int DecileOf(int rank)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rank, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rank, EnglandLsoas);
        // Integer arithmetic: ⌈10r/N⌉ without rounding error.
        return (int)((10L * rank + EnglandLsoas - 1) / EnglandLsoas);
    }
}
