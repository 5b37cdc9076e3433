namespace Assessment.Files.Configuration;

/// <summary>Command-line values that replace the configuration file's. Null means "keep the file's value". Paths are relative to the working directory.</summary>
public sealed record ConfigurationOverrides
{
    /// <summary>Folders or files of police.uk street-level CSVs (<c>--input</c>, repeatable), replacing <c>inputs.police_uk</c>.</summary>
    public IReadOnlyList<string>? PoliceUkInputs { get; init; }

    /// <summary>Output folder (<c>--out</c>), replacing <c>output</c>.</summary>
    public string? OutputDirectory { get; init; }

    /// <summary>DuckDB store file (<c>--store</c>), replacing <c>store</c>.</summary>
    public string? StorePath { get; init; }

    /// <summary>Last month of the assessment period as <c>YYYY-MM</c> (<c>--end-month</c>), replacing <c>period.end_month</c>; checked when the settings are built.</summary>
    public string? EndMonth { get; init; }

    /// <summary>Length of the assessment period in months, 1–120 (<c>--months</c>), replacing <c>period.months</c>.</summary>
    public int? Months { get; init; }

    /// <summary>The area's name as the report shows it (<c>--area-name</c>), replacing <c>area.name</c>.</summary>
    public string? AreaName { get; init; }

    /// <summary>LSOA name prefix that defines the area, e.g. "Canterbury " (<c>--area-prefix</c>); replaces the file's area definition.</summary>
    public string? LsoaNamePrefix { get; init; }

    /// <summary>File of LSOA codes that defines the area (<c>--area-codes</c>); replaces the file's area definition.</summary>
    public string? LsoaCodesFile { get; init; }

    /// <summary>GeoJSON Polygon/MultiPolygon boundary that defines the area (<c>--area-boundary</c>); replaces the file's area definition.</summary>
    public string? BoundaryPath { get; init; }

    /// <summary>Population file (LSOA code, residents) for rates per 1,000 residents.</summary>
    public string? PopulationPath { get; init; }

    /// <summary>Harm-weight table (category, weight, source) replacing the default weights.</summary>
    public string? HarmWeightsPath { get; init; }

    /// <summary>Last year's assessment.json (<c>--previous</c>), replacing <c>previous</c>.</summary>
    public string? PreviousAssessmentPath { get; init; }

    /// <summary><c>--publication</c>: "public" or "restricted"; null keeps the file's <c>publication:</c>.</summary>
    public string? Publication { get; init; }
}
