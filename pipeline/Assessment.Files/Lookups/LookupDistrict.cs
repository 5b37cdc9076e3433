namespace Assessment.Files.Lookups;

/// <summary>A local authority district as the December 2019 lookup names it, with the district that holds it now.</summary>
/// <param name="Code">ONS district code, December 2019 (e.g. "E07000108").</param>
/// <param name="Name">District name, December 2019 (e.g. "Dover"); police.uk names the district's LSOAs "&lt;Name&gt; NNNX".</param>
/// <param name="CurrentName">The district it has since become part of (e.g. "North Yorkshire" for Craven), or null when it still exists.</param>
public sealed record LookupDistrict(string Code, string Name, string? CurrentName)
{
    /// <summary>The county or unitary authority the district lies in (<c>UTLANM</c> of <c>la_all_codes.csv</c>, e.g. "Kent"); null when unknown.</summary>
    public string? UpperTier { get; init; }

    /// <summary>The ONS code of <see cref="UpperTier"/> (<c>UTLACD</c>, e.g. "E10000016"); equal to <see cref="Code"/> for a unitary authority; null when unknown.</summary>
    public string? UpperTierCode { get; init; }
}
