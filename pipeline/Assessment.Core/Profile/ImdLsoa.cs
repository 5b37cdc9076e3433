namespace Assessment.Core.Profile;

/// <summary>One 2011 LSOA's place in the English Index of Multiple Deprivation 2019.</summary>
/// <param name="Code">The 2011 LSOA code, e.g. "E01024042".</param>
/// <param name="Name">The LSOA's name as the file gives it, e.g. "Canterbury 018A" ("" when the file has none).</param>
/// <param name="Rank">National rank, 1 = most deprived, up to <see cref="ImdRanks.EnglandLsoas"/>.</param>
public sealed record ImdLsoa(string Code, string Name, int Rank)
{
    /// <summary>National decile, 1 = most deprived 10% of LSOAs in England (<see cref="ImdRanks.DecileOf"/>).</summary>
    public int Decile => ImdRanks.DecileOf(Rank);
}
