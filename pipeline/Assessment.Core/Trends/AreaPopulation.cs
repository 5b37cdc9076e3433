namespace Assessment.Core.Trends;

/// <summary>The residents of the area, the denominator of rates per 1,000 residents.</summary>
/// <param name="Residents">Residents summed over the area's LSOAs found in the population file.</param>
/// <param name="LsoasWithPopulation">Area LSOAs the file gives a population for.</param>
/// <param name="LsoasWithoutPopulation">Area LSOAs the file does not list (their residents are missing from the total).</param>
/// <param name="Source">The population file, for the report.</param>
public sealed record AreaPopulation(double Residents, int LsoasWithPopulation, int LsoasWithoutPopulation, string Source)
{
    /// <summary>True when there are residents to divide by.</summary>
    public bool IsUsable => Residents > 0;
}
