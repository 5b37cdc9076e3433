namespace Assessment.Core.Prioritisation;

/// <summary>An input the matrix could not use.</summary>
public enum PrioritisationNoteKind
{
    /// <summary>A consultation theme that matches no candidate.</summary>
    UnmatchedTheme,

    /// <summary>A consultation theme that matches several candidates at once.</summary>
    AmbiguousTheme,

    /// <summary>A second consultation row for a candidate already matched (the first is used).</summary>
    RepeatedTheme,

    /// <summary>A vulnerability rating whose id is no candidate of the run.</summary>
    UnknownVulnerabilityId,
}
