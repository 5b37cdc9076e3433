using Assessment.Core.Trends;

namespace Assessment.Core.Reporting;

/// <summary>The default mapping of priority themes to police.uk crime types.</summary>
public static class TrendThemes
{
    /// <summary>
    /// The Canterbury CSP action-plan themes with the police.uk categories the report's priority chapters already
    /// name for them (<see cref="CanterburyPriorities.Default"/>): serious and organised crime (drugs, possession of
    /// weapons); safeguarding and vulnerable people and young people (no police.uk category identifies them);
    /// night-time economy and violence (violence and sexual offences, public order); anti-social behaviour
    /// (anti-social behaviour, criminal damage and arson).
    /// </summary>
    public static IReadOnlyList<TrendTheme> Default { get; } = FromPriorities(CanterburyPriorities.Default);

    /// <summary>One theme per priority, named as the priority, with its related crime types.</summary>
    public static IReadOnlyList<TrendTheme> FromPriorities(IEnumerable<PriorityTheme> priorities)
    {
        ArgumentNullException.ThrowIfNull(priorities);
        return [.. priorities.Select(p => new TrendTheme(p.Name, [.. p.RelatedCrimeTypes]))];
    }
}
