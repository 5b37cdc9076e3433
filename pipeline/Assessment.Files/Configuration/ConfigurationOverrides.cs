namespace Assessment.Files.Configuration;

/// <summary>Command-line values that replace the configuration file's. Null means "keep the file's value". Paths are relative to the working directory.</summary>
public sealed record ConfigurationOverrides
{
    public IReadOnlyList<string>? PoliceUkInputs { get; init; }

    public string? OutputDirectory { get; init; }

    public string? StorePath { get; init; }

    public string? EndMonth { get; init; }

    public int? Months { get; init; }

    public string? AreaName { get; init; }

    public string? LsoaNamePrefix { get; init; }

    public string? LsoaCodesFile { get; init; }

    public string? BoundaryPath { get; init; }

    /// <summary>Population file (LSOA code, residents) for rates per 1,000 residents.</summary>
    public string? PopulationPath { get; init; }

    /// <summary>Harm-weight table (category, weight, source) replacing the default weights.</summary>
    public string? HarmWeightsPath { get; init; }
}
