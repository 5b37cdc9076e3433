using Assessment.Core.Disclosure;
using Assessment.Core.Model;
using Assessment.Core.Prioritisation;
using Assessment.Core.Reporting;

namespace Assessment.Core.Configuration;

/// <summary>
/// Everything one run needs, resolved: the YAML file's values with command-line overrides applied
/// and every path made absolute.
/// </summary>
/// <param name="Partnership">The partnership's name for the report, e.g. "Canterbury Community Safety Partnership".</param>
/// <param name="Area">The area analysed.</param>
/// <param name="Period">Assessment and comparison periods.</param>
/// <param name="PoliceUkInputs">Files or folders holding police.uk street-level CSVs.</param>
/// <param name="OutputDirectory">Where tables, charts and the report go.</param>
/// <param name="StorePath">The DuckDB file that keeps loaded data between runs.</param>
/// <param name="Classification">Protective marking printed on the report: the marking of <see cref="Disclosure"/> ("OFFICIAL" or "OFFICIAL-SENSITIVE") when loaded from configuration.</param>
/// <param name="LsoaBoundaryPath">Optional LSOA polygons (GeoJSON) for maps.</param>
/// <param name="WardBoundaryPath">Optional ward polygons (GeoJSON) for maps and ward-level tables.</param>
public sealed record AssessmentSettings(
    string Partnership,
    AreaSettings Area,
    AssessmentPeriod Period,
    IReadOnlyList<string> PoliceUkInputs,
    string OutputDirectory,
    string StorePath,
    string Classification,
    string? LsoaBoundaryPath,
    string? WardBoundaryPath)
{
    /// <summary>The edition and its suppression threshold (<c>publication:</c>, <c>suppression_threshold:</c>, <c>--publication</c>); restricted unless asked otherwise.</summary>
    public DisclosurePolicy Disclosure { get; init; } = DisclosurePolicy.Restricted;

    /// <summary>
    /// The partnership's priorities (<c>priorities:</c>), in the file's order: stable id, name, police.uk crime types,
    /// optional description, commitments and source. Empty means none are configured (the report says so); there is no default.
    /// </summary>
    public IReadOnlyList<PriorityTheme> Priorities { get; init; } = [];

    /// <summary>Named places drawn on the maps (<c>places:</c>), in the file's order; empty for none (the maps still draw).</summary>
    public IReadOnlyList<PlaceSetting> Places { get; init; } = [];

    /// <summary>Optional population file (<c>population:</c>, IoD2019 File 6 workbook or a CSV/xlsx of LSOA code and residents) for rates per 1,000 residents; null means counts only.</summary>
    public string? PopulationPath { get; init; }

    /// <summary>Optional harm-weight table (<c>harm_weights:</c>, CSV of category, weight, source); null means the built-in indicative table (<c>Assessment.Files.Trends.HarmWeightFile.Default</c>).</summary>
    public string? HarmWeightsPath { get; init; }

    /// <summary>Optional action plan (<c>action_plan:</c>, YAML of priorities and actions); null means the report says it is not yet included.</summary>
    public string? ActionPlanPath { get; init; }

    /// <summary>Months control limits are computed from (<c>baseline:</c>); null means every loaded month before the assessment period.</summary>
    public MonthRange? ControlBaseline { get; init; }

    /// <summary>Absolute path of DEFRA's fly-tipping workbook or a CSV of its LA_incidents sheet (<c>inputs.flytipping</c>); null when not given.</summary>
    public string? FlyTippingPath { get; init; }

    /// <summary>Absolute path of IMD 2019 ranks by 2011 LSOA (<c>inputs.imd</c>, CSV or xlsx); null when not given.</summary>
    public string? ImdPath { get; init; }

    /// <summary>The comparison with the other partnerships of the force (<c>inputs.benchmark</c>); null when not configured or turned off.</summary>
    public BenchmarkSettings? Benchmark { get; init; }

    /// <summary>Absolute path of the Ministry of Justice proven-reoffending extract, CSV or xlsx (<c>inputs.reoffending</c>); null when not given.</summary>
    public string? ReoffendingPath { get; init; }

    /// <summary>Absolute paths of Home Office seizure tables by police force, files or folders (<c>inputs.drug_seizures</c>); empty when not given.</summary>
    public IReadOnlyList<string> DrugSeizurePaths { get; init; } = [];

    /// <summary>Absolute path of the wide year × county table of drug-misuse deaths (<c>inputs.drug_misuse_deaths</c>); null when not given.</summary>
    public string? DrugMisuseDeathsPath { get; init; }

    /// <summary>Absolute path of the wide year × county table of drug-misuse hospital admissions (<c>inputs.drug_misuse_admissions</c>); null when not given.</summary>
    public string? DrugMisuseAdmissionsPath { get; init; }

    /// <summary>Absolute path of the wide year × county table of mid-year population (<c>inputs.county_population</c>); null when not given.</summary>
    public string? CountyPopulationPath { get; init; }
    /// <summary>Absolute paths of OHID Fingertips indicator exports (<c>inputs.fingertips</c>, one file or a list); empty when not given.</summary>
    public IReadOnlyList<string> FingertipsPaths { get; init; } = [];

    /// <summary>Absolute path of adult treatment figures in the NDTMS shape (<c>inputs.treatment</c>, CSV); null when not given.</summary>
    public string? TreatmentPath { get; init; }
    /// <summary>
    /// Absolute path of the previous assessment's assessment.json (<c>previous:</c>, or <c>--previous</c>), for the
    /// changes since the previous assessment; null when not given (the report then says how to give one).
    /// </summary>
    public string? PreviousAssessmentPath { get; init; }

    /// <summary>Absolute path of the council's ASB case log (<c>inputs.asb_cases</c>, CSV or xlsx sheet "Cases"); null when not given.</summary>
    public string? AsbCasesPath { get; init; }

    /// <summary>The prioritisation matrix's weights, number to recommend and vulnerability ratings (<c>prioritisation:</c>); equal weights, five, none when absent.</summary>
    public PrioritisationSettings Prioritisation { get; init; } = PrioritisationSettings.Default;

    /// <summary>Absolute path of the consultation extract (<c>inputs.consultation</c>, CSV of theme, share, sample_size); null when not given.</summary>
    public string? ConsultationPath { get; init; }
}
