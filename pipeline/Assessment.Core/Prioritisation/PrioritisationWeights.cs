using System.Globalization;

namespace Assessment.Core.Prioritisation;

/// <summary>
/// The weight of each criterion in the total score (<c>prioritisation.weights</c>): total = Σ weight × score. Equal
/// weights of 1 by default; each weight is a finite number ≥ 0 and at least one is above 0.
/// </summary>
/// <param name="Volume">Weight of the volume score.</param>
/// <param name="Trend">Weight of the trend score.</param>
/// <param name="Harm">Weight of the harm score.</param>
/// <param name="Vulnerability">Weight of the vulnerability score.</param>
/// <param name="PublicConcern">Weight of the public-concern score.</param>
/// <param name="Benchmark">Weight of the benchmark score.</param>
public sealed record PrioritisationWeights(double Volume, double Trend, double Harm, double Vulnerability, double PublicConcern, double Benchmark)
{
    /// <summary>Every weight 1.</summary>
    public static PrioritisationWeights Equal { get; } = new(1, 1, 1, 1, 1, 1);

    /// <summary>The weight of <paramref name="criterion"/>.</summary>
    public double Of(PrioritisationCriterion criterion) => criterion switch
    {
        PrioritisationCriterion.Volume => Volume,
        PrioritisationCriterion.Trend => Trend,
        PrioritisationCriterion.Harm => Harm,
        PrioritisationCriterion.Vulnerability => Vulnerability,
        PrioritisationCriterion.PublicConcern => PublicConcern,
        PrioritisationCriterion.Benchmark => Benchmark,
        _ => throw new ArgumentOutOfRangeException(nameof(criterion), criterion, "Unknown criterion."),
    };

    /// <summary>These weights with the weight of <paramref name="criterion"/> multiplied by <paramref name="factor"/> (the sensitivity check uses 0.8 and 1.2).</summary>
    public PrioritisationWeights Scaled(PrioritisationCriterion criterion, double factor) => criterion switch
    {
        PrioritisationCriterion.Volume => this with { Volume = Volume * factor },
        PrioritisationCriterion.Trend => this with { Trend = Trend * factor },
        PrioritisationCriterion.Harm => this with { Harm = Harm * factor },
        PrioritisationCriterion.Vulnerability => this with { Vulnerability = Vulnerability * factor },
        PrioritisationCriterion.PublicConcern => this with { PublicConcern = PublicConcern * factor },
        PrioritisationCriterion.Benchmark => this with { Benchmark = Benchmark * factor },
        _ => throw new ArgumentOutOfRangeException(nameof(criterion), criterion, "Unknown criterion."),
    };

    /// <summary>Checks that every weight is a finite number ≥ 0 and at least one is above 0.</summary>
    /// <exception cref="ArgumentException">A bad weight, its key named (e.g. "weights.harm is -1; expected a number ≥ 0"), or every weight 0.</exception>
    public void Validate()
    {
        foreach (var criterion in PrioritisationCriterionNames.All)
        {
            var w = Of(criterion);
            if (!double.IsFinite(w) || w < 0)
                throw new ArgumentException($"weights.{criterion.ToKey()} is {w.ToString(CultureInfo.InvariantCulture)}; expected a number ≥ 0.");
        }

        if (PrioritisationCriterionNames.All.All(c => Of(c) == 0)) throw new ArgumentException("Every weight under weights is 0; at least one must be above 0.");
    }
}
