namespace Assessment.Core.Partners;

/// <summary>The kind of area a proven-reoffending row describes.</summary>
public enum ReoffendingAreaType
{
    /// <summary>A local authority district or unitary authority (the partnership's own rows).</summary>
    LocalAuthority,

    /// <summary>A county (upper-tier authority), a comparator.</summary>
    County,

    /// <summary>England and Wales as a whole, a comparator.</summary>
    EnglandAndWales,
}
