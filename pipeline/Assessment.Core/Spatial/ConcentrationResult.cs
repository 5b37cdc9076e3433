namespace Assessment.Core.Spatial;

/// <summary>How concentrated crime is across units (places, cells, street segments, LSOAs).</summary>
/// <param name="Units">n: number of units, those with no crime included.</param>
/// <param name="Total">c: total crime over all units.</param>
/// <param name="Gini">Gini coefficient G, 0 (all equal) to (n−1)/n (all in one unit); 0 when there is no crime.</param>
/// <param name="GeneralisedGini">
/// Bernasco–Steenbeek G′ = max(n/c, 1)(G − 1) + 1: G rescaled so that, when there are fewer crimes than units, putting
/// each crime in its own unit scores 0; equals G when c ≥ n. Meant for counts. 0 when there is no crime.
/// </param>
/// <param name="LorenzCurve">n + 1 points from (0, 0) to (1, 1), units sorted from most to least crime; crime shares are all 0 when there is no crime.</param>
/// <param name="UnitShareHolding50Percent">Smallest share of units (whole units) that together hold at least half of the crime.</param>
/// <param name="UnitShareHolding25Percent">Smallest share of units that together hold at least a quarter of the crime.</param>
public sealed record ConcentrationResult(
    int Units,
    double Total,
    double Gini,
    double GeneralisedGini,
    IReadOnlyList<LorenzPoint> LorenzCurve,
    double UnitShareHolding50Percent,
    double UnitShareHolding25Percent)
{
    /// <summary>
    /// Smallest share of units, counting whole units from the most crime down, that holds at least
    /// <paramref name="crimeShare"/> (0–1) of all crime; 0 when there is no crime.
    /// </summary>
    /// <param name="crimeShare">Share of all crime, 0–1 (0.5 for "half of all crime").</param>
    /// <returns>A share of units, 0–1 (multiply by 100 for a percentage).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="crimeShare"/> is outside 0–1 or NaN.</exception>
    public double ShareOfUnitsHolding(double crimeShare)
    {
        if (!(crimeShare >= 0 && crimeShare <= 1)) throw new ArgumentOutOfRangeException(nameof(crimeShare), crimeShare, "The crime share must be between 0 and 1.");
        return Concentration.UnitShareHolding(LorenzCurve, crimeShare);
    }
}
