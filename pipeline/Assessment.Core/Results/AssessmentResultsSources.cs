using Assessment.Core.Benchmarking;
using Assessment.Core.Hotspots;
using Assessment.Core.Model;
using Assessment.Core.Partners;
using Assessment.Core.Profile;
using Assessment.Core.Trends;

namespace Assessment.Core.Results;

/// <summary>The results of one run that <see cref="AssessmentResultsBuilder"/> writes down; parts a run did not make are null.</summary>
/// <param name="Partnership">E.g. "Canterbury Community Safety Partnership".</param>
/// <param name="AreaName">E.g. "Canterbury".</param>
/// <param name="AreaDefinition">How the area was drawn.</param>
/// <param name="Period">Assessment and comparison periods.</param>
/// <param name="ProducedOn">The run's date.</param>
/// <param name="Classification">Protective marking, e.g. "OFFICIAL".</param>
/// <param name="MonthlyCounts">In-area counts by month and crime type.</param>
/// <param name="FileQuality">One row per police.uk file.</param>
/// <param name="Trends">The trend analysis.</param>
public sealed record AssessmentResultsSources(
    string Partnership,
    string AreaName,
    AreaDefinitionResult AreaDefinition,
    AssessmentPeriod Period,
    DateOnly ProducedOn,
    string Classification,
    IReadOnlyList<MonthlyCount> MonthlyCounts,
    IReadOnlyList<FileQuality> FileQuality,
    TrendFindings Trends)
{
    /// <summary>"restricted" (the default) or "public".</summary>
    public string Publication { get; init; } = RunMetadata.RestrictedPublication;

    /// <summary>The hotspot analysis; null when it did not run.</summary>
    public HotspotFindings? Hotspots { get; init; }

    /// <summary>The area profile; null when it was not made.</summary>
    public AreaProfile? Profile { get; init; }

    /// <summary>The force comparison; null when not configured or not possible.</summary>
    public ForceComparison? ForceComparison { get; init; }

    /// <summary>DEFRA fly-tipping; null when not configured.</summary>
    public FlyTippingSummary? FlyTipping { get; init; }

    /// <summary>Proven reoffending; null when not configured.</summary>
    public ReoffendingSummary? Reoffending { get; init; }

    /// <summary>Treatment and Fingertips figures; <see cref="SubstanceMisuseSummary.None"/> when not configured.</summary>
    public SubstanceMisuseSummary SubstanceMisuse { get; init; } = SubstanceMisuseSummary.None;

    /// <summary>The council's ASB case log; null when not configured.</summary>
    public AsbCaseSummary? AsbCases { get; init; }

    /// <summary>The scored prioritisation, already in the document's shape; null when the run made none.</summary>
    public PrioritisationMatrixResult? Prioritisation { get; init; }

    /// <summary>The action plan's measures, already in the document's shape; null when the run had none.</summary>
    public IReadOnlyList<MeasureResult>? Measures { get; init; }
}
