using System.CommandLine;
using Assessment.Files.Configuration;

namespace Assessment.Cli.CommandLine;

/// <summary>
/// Options shared by run, ingest and validate. Each overrides the configuration file's value; the --area-* options
/// must agree with the configuration's own area when it has area-specific settings (see <c>BorrowedAreaGuard</c>).
/// </summary>
internal sealed class SharedOptions
{
    public const string DefaultConfig = "data-samples/assessment.yaml";

    public Option<string> Config { get; } = new("--config", "-c")
    {
        Description = "The assessment configuration (YAML).",
        DefaultValueFactory = _ => DefaultConfig,
    };

    public Option<string[]> Input { get; } = new("--input", "-i")
    {
        Description = "A police.uk folder (archive layout or flat) or street-level CSV file; repeat for several. Replaces the configuration's inputs.",
        AllowMultipleArgumentsPerToken = true,
    };

    public Option<string?> Out { get; } = new("--out", "-o") { Description = "Output folder for tables, charts and the report. Default: the configuration's output (reports/)." };

    public Option<string?> Store { get; } = new("--store") { Description = "The DuckDB store file kept between runs. Default: <out>/assessment.duckdb" };

    public Option<string?> EndMonth { get; } = new("--end-month") { Description = "Last month of the assessment period, e.g. 2025-12." };

    public Option<int?> Months { get; } = new("--months") { Description = "Length of the assessment period in months (the comparison period is as long, just before it)." };

    public Option<string?> AreaName { get; } = new("--area-name") { Description = "The area's name in tables and the report. With a configuration made for an area, it must be that area (for another, see assessment init)." };

    public Option<string?> AreaPrefix { get; } = new("--area-prefix") { Description = "Area = LSOAs whose name starts with this, e.g. \"Canterbury \"." };

    public Option<string?> AreaCodes { get; } = new("--area-codes") { Description = "Area = LSOA codes listed in this file (one per line, or first CSV column)." };

    public Option<string?> AreaBoundary { get; } = new("--area-boundary") { Description = "Area = points inside this GeoJSON boundary (Polygon or MultiPolygon)." };

    public Option<string?> Population { get; } = new("--population") { Description = "Residents by LSOA (CSV: LSOA code, population) for rates per 1,000 residents." };

    public Option<string?> HarmWeights { get; } = new("--harm-weights") { Description = "Your own harm weights (CSV: category,weight,source) instead of the indicative default table." };

    public Option<string?> Publication { get; } = new Option<string?>("--publication")
    {
        Description = "The edition: restricted (every count, marked OFFICIAL-SENSITIVE; the default) or public (counts below the configuration's suppression_threshold, default 5, withheld; marked OFFICIAL).",
    }.AcceptOnlyFromAmong("public", "restricted");

    public IEnumerable<Option> All => [Config, Input, Out, Store, EndMonth, Months, AreaName, AreaPrefix, AreaCodes, AreaBoundary, Population, HarmWeights, Publication];

    public ConfigurationOverrides Overrides(ParseResult parse) => new()
    {
        PoliceUkInputs = parse.GetValue(Input) is { Length: > 0 } inputs ? inputs : null,
        OutputDirectory = parse.GetValue(Out),
        StorePath = parse.GetValue(Store),
        EndMonth = parse.GetValue(EndMonth),
        Months = parse.GetValue(Months),
        AreaName = parse.GetValue(AreaName),
        LsoaNamePrefix = parse.GetValue(AreaPrefix),
        LsoaCodesFile = parse.GetValue(AreaCodes),
        BoundaryPath = parse.GetValue(AreaBoundary),
        PopulationPath = parse.GetValue(Population),
        HarmWeightsPath = parse.GetValue(HarmWeights),
        Publication = parse.GetValue(Publication),
    };
}
