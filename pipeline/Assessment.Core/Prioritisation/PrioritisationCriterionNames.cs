namespace Assessment.Core.Prioritisation;

/// <summary>The configuration key and the report label of each criterion.</summary>
public static class PrioritisationCriterionNames
{
    /// <summary>Every criterion in table order.</summary>
    public static IReadOnlyList<PrioritisationCriterion> All { get; } = Enum.GetValues<PrioritisationCriterion>();

    /// <summary>The key under <c>prioritisation.weights</c> and the CSV column stem, e.g. "public_concern".</summary>
    public static string ToKey(this PrioritisationCriterion criterion) => criterion switch
    {
        PrioritisationCriterion.Volume => "volume",
        PrioritisationCriterion.Trend => "trend",
        PrioritisationCriterion.Harm => "harm",
        PrioritisationCriterion.Vulnerability => "vulnerability",
        PrioritisationCriterion.PublicConcern => "public_concern",
        PrioritisationCriterion.Benchmark => "benchmark",
        _ => throw new ArgumentOutOfRangeException(nameof(criterion), criterion, "Unknown criterion."),
    };

    /// <summary>The column heading in the report, e.g. "Public concern".</summary>
    public static string ToLabel(this PrioritisationCriterion criterion) => criterion switch
    {
        PrioritisationCriterion.Volume => "Volume",
        PrioritisationCriterion.Trend => "Trend",
        PrioritisationCriterion.Harm => "Harm",
        PrioritisationCriterion.Vulnerability => "Vulnerability",
        PrioritisationCriterion.PublicConcern => "Public concern",
        PrioritisationCriterion.Benchmark => "Benchmark",
        _ => throw new ArgumentOutOfRangeException(nameof(criterion), criterion, "Unknown criterion."),
    };
}
