namespace Assessment.Files.Configuration;

#pragma warning disable CA2227 // the YAML deserializer fills the dictionary

/// <summary>The <c>prioritisation:</c> mapping of <c>assessment.yaml</c> (see <see cref="PrioritisationConfiguration"/>).</summary>
internal sealed class PrioritisationMapping
{
    /// <summary>Weight of each criterion; a key left out weighs 1.</summary>
    public PrioritisationWeightsMapping? Weights { get; set; }

    /// <summary>How many of the top-ranked issues to recommend.</summary>
    public int? Recommend { get; set; }

    /// <summary>Partners' vulnerability rating by candidate id.</summary>
    public Dictionary<string, VulnerabilityMapping?>? Vulnerability { get; set; }
}
