using Assessment.Core.Model;
using Assessment.Core.Partners;
using Assessment.Core.Trends;

namespace Assessment.Core.Reporting.ActionPlans;

/// <summary>What the run computed that bound measures are assessed from; any part may be absent, and a measure needing it is then not assessed, with the reason.</summary>
/// <param name="Period">The run's assessment and comparison periods.</param>
public sealed record MeasureEvidence(AssessmentPeriod Period)
{
    /// <summary>The input of the run's trend analysis (counts by month and crime type, by ward when a ward file is given, the population, the options); null without police.uk data.</summary>
    public TrendInput? PoliceUk { get; init; }

    /// <summary>The trend analysis of <see cref="PoliceUk"/>: a measure that is one of its series (the area, a crime type, a theme) takes that series' comparison, so the chapter and the plan agree.</summary>
    public TrendFindings? Trends { get; init; }

    /// <summary>The council ASB case log summarised; null without one.</summary>
    public AsbCaseSummary? AsbCases { get; init; }
}
