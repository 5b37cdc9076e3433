namespace Assessment.Core.Geography;

/// <summary>One row of a 2011↔2021 LSOA lookup: a 2011 LSOA and a 2021 LSOA that share ground.</summary>
/// <param name="Lsoa11Code">The 2011 LSOA code (LSOA11CD), e.g. "E01024104".</param>
/// <param name="Lsoa21Code">The 2021 LSOA code (LSOA21CD), e.g. "E01035283".</param>
/// <param name="Change">How the two relate (CHGIND).</param>
public sealed record LsoaLookupPair(string Lsoa11Code, string Lsoa21Code, LsoaChangeKind Change);
