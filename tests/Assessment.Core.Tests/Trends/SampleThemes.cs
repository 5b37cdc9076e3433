using Assessment.Core.Reporting;
using Assessment.Core.Trends;

namespace Assessment.Core.Tests.Trends;

/// <summary>
/// The priorities of data-samples/assessment.yaml (ids, names, crime types; no commitments), as test input for the
/// analysis and the report. The Files tests check that the sample configuration loads to the same ids, names and types.
/// </summary>
internal static class SampleThemes
{
    public static IReadOnlyList<PriorityTheme> Priorities { get; } =
    [
        new("serious-organised-crime", "Disrupt serious and organised crime", "Includes county lines and child sexual exploitation.", [], ["Drugs", "Possession of weapons"], null),
        new("safeguarding", "Safeguarding and focus on vulnerable people", "", [], [], null),
        new("young-people", "Support young people", "", [], [], null),
        new("night-time-economy", "Night-time economy and violence", "", [], ["Violence and sexual offences", "Public order"], null),
        new("anti-social-behaviour", "Disrupt anti-social behaviour", "", [], ["Anti-social behaviour", "Criminal damage and arson"], null),
    ];

    public static IReadOnlyList<TrendTheme> All { get; } = PriorityTheme.TrendThemes(Priorities);
}
