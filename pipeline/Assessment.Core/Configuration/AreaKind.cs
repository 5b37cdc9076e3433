namespace Assessment.Core.Configuration;

/// <summary>How the partnership area is recognised.</summary>
public enum AreaKind
{
    LsoaNamePrefix,
    LsoaCodes,
    Boundary,
}
