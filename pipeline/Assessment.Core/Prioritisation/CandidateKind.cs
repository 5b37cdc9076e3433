namespace Assessment.Core.Prioritisation;

/// <summary>Where a candidate issue comes from.</summary>
public enum CandidateKind
{
    /// <summary>A police.uk crime type (anti-social behaviour included).</summary>
    CrimeType,

    /// <summary>A priority theme of the configuration (<c>priorities:</c>).</summary>
    PriorityTheme,

    /// <summary>A category of the council's ASB case log.</summary>
    CouncilAsb,

    /// <summary>Drug and alcohol treatment (substance misuse).</summary>
    SubstanceMisuse,

    /// <summary>Proven reoffending.</summary>
    Reoffending,
}
