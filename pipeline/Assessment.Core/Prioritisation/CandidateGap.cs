namespace Assessment.Core.Prioritisation;

/// <summary>Why a candidate has no trend or no benchmark input; the report words each one.</summary>
public enum CandidateGap
{
    /// <summary>No year-on-year comparison of the series.</summary>
    NoComparison,

    /// <summary>No police.uk crime type indicates the priority.</summary>
    NoCrimeTypes,

    /// <summary>No month of the council's case log is compared.</summary>
    NoMonthCompared,

    /// <summary>The figures (treatment, reoffending) are not compared under the year-on-year rule.</summary>
    NotYearOnYear,

    /// <summary>The run has no comparison with the force's other partnerships.</summary>
    NoForceComparison,

    /// <summary>The force comparison covers all crime and the priority themes, not single crime types.</summary>
    NotSingleCrimeType,

    /// <summary>The priority is not in the force comparison.</summary>
    NotInForceComparison,

    /// <summary>The measure is not compared across partnerships (council cases, treatment).</summary>
    NotComparedAcrossPartnerships,

    /// <summary>Reoffending is compared with England and Wales, not with the force's partnerships.</summary>
    ComparedWithEnglandAndWales,
}
