namespace Assessment.Files.Configuration;

/// <summary>The <c>prioritisation.weights:</c> mapping; unknown keys are errors, like everywhere in the file.</summary>
internal sealed class PrioritisationWeightsMapping
{
    public double? Volume { get; set; }

    public double? Trend { get; set; }

    public double? Harm { get; set; }

    public double? Vulnerability { get; set; }

    public double? PublicConcern { get; set; }

    public double? Benchmark { get; set; }
}
