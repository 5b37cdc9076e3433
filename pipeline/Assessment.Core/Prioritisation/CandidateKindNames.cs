namespace Assessment.Core.Prioritisation;

/// <summary>The key of each candidate kind in CSV and JSON output.</summary>
public static class CandidateKindNames
{
    /// <summary>"crime_type", "priority_theme", "council_asb", "substance_misuse" or "reoffending".</summary>
    public static string ToKey(this CandidateKind kind) => kind switch
    {
        CandidateKind.CrimeType => "crime_type",
        CandidateKind.PriorityTheme => "priority_theme",
        CandidateKind.CouncilAsb => "council_asb",
        CandidateKind.SubstanceMisuse => "substance_misuse",
        CandidateKind.Reoffending => "reoffending",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown kind."),
    };
}
