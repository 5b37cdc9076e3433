using Assessment.Core.Model;

namespace Assessment.Core.Benchmarking;

/// <summary>The area against the force area and each other partnership of the force, for all crime and each theme.</summary>
/// <param name="AreaName">The area's partnership name, e.g. "Canterbury".</param>
/// <param name="ForceName">E.g. "Kent".</param>
/// <param name="Period">The assessment period.</param>
/// <param name="MonthsCovered">Months of the period with rows in the force's files.</param>
/// <param name="ConfidenceLevel">Level of the intervals, e.g. 0.95.</param>
/// <param name="Themes">All crime first, then each theme with crime types, in configuration order.</param>
/// <param name="LeftOut">Rows of the force's files over the period that no partnership of the force holds.</param>
/// <param name="PartnershipsWithoutResidents">Names of the force's partnerships the population file gives no residents for (left out of every rate).</param>
/// <param name="Source">Where the counts come from, for the report.</param>
public sealed record ForceComparison(
    string AreaName,
    string ForceName,
    MonthRange Period,
    IReadOnlyList<YearMonth> MonthsCovered,
    double ConfidenceLevel,
    IReadOnlyList<ThemeComparison> Themes,
    ForceRowsLeftOut LeftOut,
    IReadOnlyList<string> PartnershipsWithoutResidents,
    string Source)
{
    /// <summary>Id of the all-crime comparison.</summary>
    public const string AllCrimeId = "all-crime";

    /// <summary>Name of the all-crime comparison: every police.uk crime type except anti-social behaviour, which police.uk records as incidents, not crimes.</summary>
    public const string AllCrimeName = "All crime (excluding ASB)";

    /// <summary>The all-crime comparison.</summary>
    public ThemeComparison AllCrime => Themes[0];

    /// <summary>
    /// Names of the partnerships with residents but no row of all crime over the period: the counts do not cover the
    /// whole force (e.g. only the area's rows were downloaded), so no comparison should be drawn.
    /// </summary>
    public IReadOnlyList<string> PartnershipsWithoutRows => [.. AllCrime.Partnerships.Where(p => p.Count == 0).Select(p => p.Name)];

    /// <summary>True when every month of the period has rows.</summary>
    public bool IsComplete => MonthsCovered.Count == Period.Length;
}
