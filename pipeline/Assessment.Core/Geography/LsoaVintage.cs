namespace Assessment.Core.Geography;

/// <summary>
/// The census whose LSOAs a set of codes belongs to. police.uk files use 2021 LSOAs in current files and 2011 LSOAs
/// in older ones; ONS lookups and code lists come in either.
/// </summary>
public enum LsoaVintage
{
    /// <summary>No code is found in only one of the two vintages (every code is unchanged between them, or unknown to the lookup).</summary>
    Undetermined,

    /// <summary>Codes of the 2011 census LSOAs: some codes are found only among 2011 LSOAs, none only among 2021 LSOAs.</summary>
    Census2011,

    /// <summary>Codes of the 2021 census LSOAs: some codes are found only among 2021 LSOAs, none only among 2011 LSOAs.</summary>
    Census2021,

    /// <summary>Codes of both: some are found only among 2011 LSOAs and some only among 2021 LSOAs.</summary>
    Mixed,
}
