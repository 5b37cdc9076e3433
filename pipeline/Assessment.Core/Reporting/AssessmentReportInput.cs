using Assessment.Core.Model;

namespace Assessment.Core.Reporting;

/// <summary>
/// Everything the strategic assessment is composed from. What is not here yet (trend tests, hotspots,
/// prioritisation scores, substance misuse and reoffending data) the report says is not yet included.
/// </summary>
/// <param name="PartnershipName">E.g. "Canterbury Community Safety Partnership".</param>
/// <param name="AreaName">E.g. "Canterbury".</param>
/// <param name="Period">Assessment and comparison periods.</param>
/// <param name="ProducedOn">Date the report is produced.</param>
/// <param name="Classification">Protective marking, e.g. "OFFICIAL".</param>
/// <param name="MonthlyCounts">In-area counts by month and police.uk crime type, for every loaded month.</param>
/// <param name="FileQuality">One row per input file.</param>
public sealed record AssessmentReportInput(
    string PartnershipName,
    string AreaName,
    AssessmentPeriod Period,
    DateOnly ProducedOn,
    string Classification,
    IReadOnlyList<MonthlyCount> MonthlyCounts,
    IReadOnlyList<FileQuality> FileQuality)
{
    /// <summary>The partnership's configured priorities, one chapter each; empty (the default) gives one chapter saying none are configured.</summary>
    public IReadOnlyList<PriorityTheme> Priorities { get; init; } = [];

    /// <summary>Area profile facts (population, deprivation, …) when known; empty means not yet available.</summary>
    public IReadOnlyList<KeyFact> AreaProfileFacts { get; init; } = [];

    /// <summary>Action plan rows when known; empty means not yet available.</summary>
    public IReadOnlyList<ActionPlanItem> ActionPlan { get; init; } = [];

    /// <summary>
    /// Every measure of <see cref="ActionPlan"/> assessed (<see cref="ActionPlans.MeasureAssessor"/>), in plan order: the
    /// computed and reported statuses with their evidence; empty when the plan has no measures or none were assessed.
    /// </summary>
    public IReadOnlyList<ActionPlans.MeasureAssessment> MeasureAssessments { get; init; } = [];

    /// <summary>True when the plan file marks its leads, partners, timescales and measures as example values, not the partnership's.</summary>
    public bool ActionPlanExampleValues { get; init; }

    /// <summary>Which analyses the run produced beyond counts (significance tests, harm weighting, hotspots).</summary>
    public ReportAnalyses Analyses { get; init; } = ReportAnalyses.CountsOnly;

    /// <summary>Where the action plan comes from (e.g. the partnership's published plan), for the source note.</summary>
    public string? ActionPlanSource { get; init; }

    /// <summary>
    /// How the area was matched beyond what was asked, one sentence each (e.g. LSOA names under a district's former
    /// name), shown in the data-quality appendix; empty by default.
    /// </summary>
    public IReadOnlyList<string> AreaNotes { get; init; } = [];

    /// <summary>The area's fly-tipping from DEFRA's table, when a file and the area's district codes are configured; else null.</summary>
    public Partners.FlyTippingSummary? FlyTipping { get; init; }

    /// <summary>Why there are no fly-tipping figures (one sentence, e.g. no file configured), shown when <see cref="FlyTipping"/> is null.</summary>
    public string FlyTippingAbsence { get; init; } = "No DEFRA fly-tipping file is configured (inputs.flytipping in the configuration), so fly-tipping is not covered.";

    /// <summary>The area's proven reoffending from the Ministry of Justice extract, when one and the area's district codes are configured; else null.</summary>
    public Partners.ReoffendingSummary? Reoffending { get; init; }

    /// <summary>Why there are no reoffending figures (one sentence), shown when <see cref="Reoffending"/> is null.</summary>
    public string ReoffendingAbsence { get; init; } = "No proven-reoffending extract is configured (inputs.reoffending in the configuration), so reoffending is not covered.";

    /// <summary>Drug seizures by the area's police force and drug-misuse figures for its county, when configured; else null.</summary>
    public Partners.DrugMarketSummary? DrugMarket { get; init; }

    /// <summary>Why there is no drug-market context (one sentence), shown when <see cref="DrugMarket"/> is null.</summary>
    public string DrugMarketAbsence { get; init; } = "No Home Office drug-seizure tables or county drug-misuse tables are configured (inputs.drug_seizures, inputs.drug_misuse_deaths, inputs.drug_misuse_admissions), so drug-market context is not covered.";
    /// <summary>Treatment figures and Fingertips indicators for the substance-misuse chapter; by default none is configured.</summary>
    public Partners.SubstanceMisuseSummary SubstanceMisuse { get; init; } = Partners.SubstanceMisuseSummary.None;
    /// <summary>The council's ASB case log summarised, when <c>inputs.asb_cases</c> is configured; else null.</summary>
    public Partners.AsbCaseSummary? AsbCases { get; init; }

    /// <summary>Why there are no council ASB figures (one sentence), shown when <see cref="AsbCases"/> is null.</summary>
    public string AsbCasesAbsence { get; init; } = "No council ASB case log is configured (inputs.asb_cases in the configuration), so council-recorded cases are not covered.";

    /// <summary>Name of the police force whose data is used, for source notes.</summary>
    public string ForceName { get; init; } = "the police force";

    /// <summary>The report title; by default "Strategic Assessment 2025" (or "2024/25" for a period across two years).</summary>
    public string Title => $"Strategic Assessment {PeriodLabel}";

    /// <summary>"2025", or "2024/25" when the assessment period spans two calendar years.</summary>
    public string PeriodLabel => Period.Current.First.Year == Period.Current.Last.Year
        ? Period.Current.Last.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : $"{Period.Current.First.Year}/{Period.Current.Last.Year % 100:D2}";

    /// <summary>Source note for police.uk figures.</summary>
    public string PoliceUkSource => $"police.uk street-level crime and anti-social behaviour data, {ForceName} (Open Government Licence v3.0)";
}
