namespace Assessment.Core.Profile;

/// <summary>Why a part of the area profile (population, deprivation) could not be given.</summary>
public enum ProfileGap
{
    /// <summary>No file is configured.</summary>
    NotConfigured,

    /// <summary>The file gives 2011 LSOAs, none matches the area's LSOAs, and no 2011↔2021 lookup is configured.</summary>
    NeedsLookup,

    /// <summary>The file lists none of the area's LSOAs (after mapping, when there is a lookup).</summary>
    NoMatch,
}
