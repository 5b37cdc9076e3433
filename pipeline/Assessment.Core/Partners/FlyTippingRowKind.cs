namespace Assessment.Core.Partners;

/// <summary>What a row of DEFRA's fly-tipping table describes.</summary>
public enum FlyTippingRowKind
{
    /// <summary>One local authority (district, unitary, London borough), keyed by its ONS code.</summary>
    LocalAuthority,

    /// <summary>A regional total (ONS code E00000000, "No relevant LA"); not a local authority.</summary>
    RegionTotal,

    /// <summary>England's total (Region "*Total England…"); kept as the comparator.</summary>
    EnglandTotal,
}
