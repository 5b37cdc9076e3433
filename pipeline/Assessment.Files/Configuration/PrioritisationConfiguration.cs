using Assessment.Core.Prioritisation;

namespace Assessment.Files.Configuration;

/// <summary>Checks the <c>prioritisation:</c> mapping of a configuration and turns it into <see cref="PrioritisationSettings"/>.</summary>
internal static class PrioritisationConfiguration
{
    /// <summary>The settings; <see cref="PrioritisationSettings.Default"/> when the key is absent.</summary>
    /// <param name="mapping">The parsed mapping, or null.</param>
    /// <param name="source">The file's path, for messages.</param>
    /// <exception cref="ConfigurationException">A weight is negative or every weight is 0; recommend is below 1; a
    /// vulnerability entry has no score, a score outside 1–5, or no source. The message names the key.</exception>
    public static PrioritisationSettings Resolve(PrioritisationMapping? mapping, string source)
    {
        if (mapping is null) return PrioritisationSettings.Default;
        var w = mapping.Weights;
        var weights = w is null ? PrioritisationWeights.Equal
            : new PrioritisationWeights(w.Volume ?? 1, w.Trend ?? 1, w.Harm ?? 1, w.Vulnerability ?? 1, w.PublicConcern ?? 1, w.Benchmark ?? 1);
        try
        {
            weights.Validate();
        }
        catch (ArgumentException e)
        {
            throw new ConfigurationException($"{source}: prioritisation.{e.Message}", e);
        }
        var recommend = mapping.Recommend ?? PrioritisationSettings.DefaultRecommend;
        if (recommend < 1) throw new ConfigurationException($"{source}: prioritisation.recommend is {recommend}; expected a whole number ≥ 1 (the number of priorities to recommend).");

        var ratings = new List<VulnerabilityRating>();
        foreach (var (id, entry) in mapping.Vulnerability ?? [])
        {
            var key = $"prioritisation.vulnerability.{id}";
            var score = entry?.Score ?? throw new ConfigurationException($"{source}: {key} has no score; give score: 1 to 5 and source: who set it.");
            if (score is < 1 or > 5) throw new ConfigurationException($"{source}: {key}.score is {score}; expected a whole number from 1 to 5.");
            var note = entry.Source?.Trim() is { Length: > 0 } s ? s : throw new ConfigurationException($"{source}: {key} has no source; say who set the score and on what evidence.");
            ratings.Add(new VulnerabilityRating(id.Trim(), score, note));
        }

        var weightsSource = w is null ? "default (equal weights)" : $"{Path.GetFileName(source)}, prioritisation.weights";
        return new PrioritisationSettings(weights, weightsSource, recommend, ratings);
    }
}
