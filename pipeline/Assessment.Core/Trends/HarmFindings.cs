namespace Assessment.Core.Trends;

/// <summary>Harm-weighted totals by category, ranked by harm and by volume.</summary>
/// <param name="Table">The weights used.</param>
/// <param name="Categories">Every crime type in the data, most harm first (unweighted categories last, by volume).</param>
public sealed record HarmFindings(HarmWeightTable Table, IReadOnlyList<HarmFinding> Categories)
{
    /// <summary>Harm over the assessment period's usable months, all weighted categories.</summary>
    public double AssessmentPeriodHarm => Categories.Sum(c => c.AssessmentPeriodHarm ?? 0);

    /// <summary>Harm over the compared months of the comparison period.</summary>
    public double PreviousHarm => Categories.Sum(c => c.PreviousHarm ?? 0);

    /// <summary>Harm over the compared months of the assessment period.</summary>
    public double CurrentHarm => Categories.Sum(c => c.CurrentHarm ?? 0);

    /// <summary>Categories in the data with no weight (deliberately unweighted or absent from the table).</summary>
    public IReadOnlyList<HarmFinding> Unweighted => [.. Categories.Where(c => c.Weight is null)];

    /// <summary>The category's share of assessment-period harm; NaN when unweighted or there is no harm at all.</summary>
    public double ShareOf(HarmFinding category)
    {
        ArgumentNullException.ThrowIfNull(category);
        var total = AssessmentPeriodHarm;
        return category.AssessmentPeriodHarm is { } harm && total > 0 ? harm / total : double.NaN;
    }
}
