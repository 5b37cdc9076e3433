namespace Assessment.Core.Prioritisation;

/// <summary>What a candidate's volume counts.</summary>
public enum VolumeUnit
{
    /// <summary>police.uk crimes.</summary>
    Crimes,

    /// <summary>police.uk anti-social behaviour incidents.</summary>
    Incidents,

    /// <summary>police.uk crimes and anti-social behaviour incidents together (a theme that includes ASB).</summary>
    CrimesAndIncidents,

    /// <summary>Cases of the council's ASB case log.</summary>
    CouncilCases,

    /// <summary>Adults in drug and alcohol treatment over a financial year.</summary>
    AdultsInTreatment,

    /// <summary>Proven reoffenders of a cohort.</summary>
    Reoffenders,
}
