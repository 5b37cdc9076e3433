namespace Assessment.Core.Geography;

/// <summary>
/// The vintage of a set of LSOA codes as told by a lookup (<see cref="LsoaVintageLookup.Detect"/>): only codes found
/// in one vintage and not the other decide it.
/// </summary>
/// <param name="Vintage">The vintage the deciding codes point to.</param>
/// <param name="Only2011">Distinct codes found among the lookup's 2011 LSOAs and not its 2021 LSOAs.</param>
/// <param name="Only2021">Distinct codes found among the lookup's 2021 LSOAs and not its 2011 LSOAs.</param>
/// <param name="InBoth">Distinct codes found in both (LSOAs unchanged between the censuses).</param>
/// <param name="Unknown">Distinct codes the lookup does not hold (e.g. LSOAs of districts it does not cover).</param>
public sealed record LsoaVintageDetection(LsoaVintage Vintage, int Only2011, int Only2021, int InBoth, int Unknown);
