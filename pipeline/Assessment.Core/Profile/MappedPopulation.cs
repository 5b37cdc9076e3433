using Assessment.Core.Trends;

namespace Assessment.Core.Profile;

/// <summary>A population file re-expressed in the LSOAs of another census (see <see cref="LsoaPopulationMapping"/>).</summary>
/// <param name="Population">Residents (and age bands) by LSOA of the target census, fractional where a split LSOA was shared out.</param>
/// <param name="SharedLsoas">LSOAs of the file whose residents were shared among several target LSOAs (splits, complex changes).</param>
/// <param name="SharedByArea">Of those, how many were shared in proportion to area overlap (the rest equally, for want of polygons).</param>
/// <param name="FileVintage">The census of the file's own LSOAs.</param>
public sealed record MappedPopulation(LsoaPopulation Population, int SharedLsoas, int SharedByArea, Geography.LsoaVintage FileVintage)
{
    /// <summary>True when the file was re-expressed through a lookup (false: its LSOAs were used as they are).</summary>
    public bool Mapped => FileVintage != Population.Vintage;
}
