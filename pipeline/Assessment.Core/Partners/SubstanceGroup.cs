namespace Assessment.Core.Partners;

/// <summary>The substance groups NDTMS/OHID publish adult treatment figures by (METHODS.md §4.4).</summary>
public enum SubstanceGroup
{
    /// <summary>Opiate users (heroin, with or without other drugs).</summary>
    Opiate,

    /// <summary>Non-opiate drugs only.</summary>
    NonOpiate,

    /// <summary>Alcohol only.</summary>
    Alcohol,

    /// <summary>Non-opiate drugs and alcohol.</summary>
    NonOpiateAndAlcohol,
}
