namespace Assessment.Core.Prioritisation;

/// <summary>The six criteria of the prioritisation matrix, each scored 1–5 (METHODS.md §1.4), in table order.</summary>
public enum PrioritisationCriterion
{
    /// <summary>Records (or cases) over the assessment period: quintile across candidates.</summary>
    Volume,

    /// <summary>The year-on-year verdict: significant rise 5, rise not significant 4, flat 3, fall not significant 2, significant fall 1.</summary>
    Trend,

    /// <summary>Harm-weighted total (days of custody equivalent): quintile across weighted candidates.</summary>
    Harm,

    /// <summary>Victim vulnerability, set by partners in configuration (1–5).</summary>
    Vulnerability,

    /// <summary>Share of consultation respondents naming the issue: quintile across candidates named.</summary>
    PublicConcern,

    /// <summary>Rate against the force: higher 5, similar 3, lower 1.</summary>
    Benchmark,
}
