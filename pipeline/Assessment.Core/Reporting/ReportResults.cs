using Assessment.Core.Hotspots;
using Assessment.Core.Profile;
using Assessment.Core.Trends;

namespace Assessment.Core.Reporting;

/// <summary>
/// The analysis results the chapters are built from. Every result is optional: a chapter whose result is absent says
/// so in one line, and the statutory checklist marks what it would have covered as missing.
/// </summary>
public sealed record ReportResults
{
    /// <summary>No analysis beyond the counts in <see cref="AssessmentReportInput"/>.</summary>
    public static ReportResults None { get; } = new();

    /// <summary>Change, monthly pattern, long-term trend, harm and rates; null when no trend analysis ran.</summary>
    public TrendFindings? Trends { get; init; }

    /// <summary>The hotspot analysis; null when none ran.</summary>
    public HotspotFindings? Hotspots { get; init; }

    /// <summary>Ward boundaries for the hotspot maps; null draws no map.</summary>
    public Sections.HotspotMapLayers? HotspotMaps { get; init; }

    /// <summary>Population and deprivation of the area; null when no profile was built.</summary>
    public AreaProfile? Profile { get; init; }

    /// <summary>The comparison with the force's other partnerships; null leaves it out of the overview.</summary>
    public ForceComparisonFindings? ForceComparison { get; init; }

    /// <summary>The prioritisation matrix; null leaves the partnership's current priorities unscored.</summary>
    public Assessment.Core.Prioritisation.PrioritisationResult? Prioritisation { get; init; }

    /// <summary>This run's results beside the previous assessment's; null when this run's results were not built.</summary>
    public AssessmentChanges? Changes { get; init; }

    /// <summary>Priorities, plan progress and changes since the previous assessment for the executive summary.</summary>
    public ExecutiveSummaryInputs Summary { get; init; } = ExecutiveSummaryInputs.None;
}
