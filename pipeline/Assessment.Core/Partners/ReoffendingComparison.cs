namespace Assessment.Core.Partners;

/// <summary>How one proportion stands against another under the report's rule for claiming a difference.</summary>
public enum ReoffendingComparison
{
    /// <summary>The 95% Wilson intervals overlap: no difference is claimed.</summary>
    NoClearDifference,

    /// <summary>The first interval lies wholly above the second.</summary>
    Higher,

    /// <summary>The first interval lies wholly below the second.</summary>
    Lower,
}
