namespace Assessment.Core.Profile;

/// <summary>The area's LSOAs in IMD 2019.</summary>
/// <param name="Lsoas">The area's 2011 LSOAs found in the IMD file, most deprived first.</param>
/// <param name="DecileCounts">LSOAs in national decile 1 (most deprived) … 10, ten entries.</param>
/// <param name="Missing">Area 2011 LSOAs the file does not list.</param>
/// <param name="Source">The IMD file's name.</param>
/// <param name="ViaLookup">True when the area's 2011 LSOAs were found from its 2021 LSOAs through the lookup.</param>
public sealed record DeprivationProfile(IReadOnlyList<ImdLsoa> Lsoas, IReadOnlyList<int> DecileCounts, int Missing, string Source, bool ViaLookup)
{
    /// <summary>Share (0–1) of the area's ranked LSOAs in the most deprived fifth of England (deciles 1 and 2).</summary>
    public double MostDeprivedFifthShare => Lsoas.Count == 0 ? 0 : (double)(DecileCounts[0] + DecileCounts[1]) / Lsoas.Count;
}
