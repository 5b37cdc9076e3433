namespace Assessment.Core.Trends;

/// <summary>The level a series or comparison is made at.</summary>
public enum ComparisonLevel
{
    /// <summary>All in-area crime and ASB together.</summary>
    Area,

    /// <summary>One police.uk crime type.</summary>
    CrimeType,

    /// <summary>One priority theme (the sum of its crime types).</summary>
    Theme,

    /// <summary>All crime and ASB in one electoral ward.</summary>
    Ward,
}
