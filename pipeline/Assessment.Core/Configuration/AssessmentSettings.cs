using Assessment.Core.Model;

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
    string? WardBoundaryPath);
