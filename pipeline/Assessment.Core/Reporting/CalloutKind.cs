namespace Assessment.Core.Reporting;

/// <summary>What a callout box tells the reader.</summary>
public enum CalloutKind
{
    /// <summary>Context worth knowing.</summary>
    Info,

    /// <summary>A caveat that changes how figures should be read.</summary>
    Warning,

    /// <summary>The analysis for this part is not in this version of the report.</summary>
    NotYetAvailable,
}
