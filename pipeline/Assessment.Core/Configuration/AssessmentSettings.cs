using Assessment.Core.Model;
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
/// <param name="Classification">Protective marking printed on the report, e.g. "OFFICIAL".</param>
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
    /// <summary>
    /// The partnership's priorities (<c>priorities:</c>), in the file's order: stable id, name, police.uk crime types,
    /// optional description, commitments and source. Empty means none are configured (the report says so); there is no default.
    /// </summary>
    public IReadOnlyList<PriorityTheme> Priorities { get; init; } = [];

    /// <summary>Optional population file (<c>population:</c>, CSV of LSOA code and residents) for rates per 1,000 residents; null means counts only.</summary>
    public string? PopulationPath { get; init; }

    /// <summary>Optional harm-weight table (<c>harm_weights:</c>, CSV of category, weight, source); null means the built-in indicative table (<c>Assessment.Files.Trends.HarmWeightFile.Default</c>).</summary>
    public string? HarmWeightsPath { get; init; }

    /// <summary>Optional action plan (<c>action_plan:</c>, YAML of priorities and actions); null means the report says it is not yet included.</summary>
    public string? ActionPlanPath { get; init; }

    /// <summary>Months control limits are computed from (<c>baseline:</c>); null means every loaded month before the assessment period.</summary>
    public MonthRange? ControlBaseline { get; init; }

    /// <summary>Absolute path of DEFRA's fly-tipping workbook or a CSV of its LA_incidents sheet (<c>inputs.flytipping</c>); null when not given.</summary>
    public string? FlyTippingPath { get; init; }

    /// <summary>Absolute path of the council's ASB case log (<c>inputs.asb_cases</c>, CSV or xlsx sheet "Cases"); null when not given.</summary>
    public string? AsbCasesPath { get; init; }
}
