namespace Assessment.Core.Reporting.Sections;

/// <summary>
/// The glossary of <paramref name="inner"/> with the statistical terms the trend analysis uses, merged into its
/// definition list in alphabetical order (a term the inner glossary already defines keeps its definition).
/// </summary>
public sealed class TrendGlossarySection(IReportSectionComposer inner) : IReportSectionComposer
{
    /// <summary>The terms added.</summary>
    public static IReadOnlyList<Definition> Terms { get; } =
    [
        new("Broadly stable", "How the report describes a change that is not statistically significant and whose 95% interval lies wholly within 10% either way of no change. A change that is not significant but could be larger is described as one that could not be told apart from normal variation."),
        new("Confidence interval (95% CI)", "The range of values the data are consistent with. For a rate ratio, an interval that includes 1 means the change could be chance."),
        new("Control chart", "Monthly counts plotted against a centre line and limits worked out from a baseline period; a point beyond a limit, or a long run on one side, is a signal worth checking."),
        new("Harm weight", "An estimate of how serious a category of crime is, in days of custody equivalent, used to count serious crimes for more than their number. The weights here are indicative."),
        new("Like-for-like months", "The months of the assessment period whose same month one period earlier is also loaded and complete; changes are measured over these months only."),
        new("Likely incomplete month", "A force's month whose in-area count is below 60% of the level expected from that force's other months, by more than chance allows (usually data published part-way through, or a recording system that failed); it is left out of every test, with its counterpart."),
        new("Mann–Kendall test", "A test of whether counts tend to rise or fall over time, whatever the shape of the change; the seasonal version compares each calendar month only with itself."),
        new("q-value", "A p-value adjusted for the number of comparisons made (Benjamini–Hochberg). A change is called significant when its q-value is at most 5%, so that among the changes reported few are false alarms."),
        new("Rate ratio", "The assessment-period rate divided by the comparison-period rate over the same months: 1.25 means 25% more, 0.80 means 20% fewer."),
        new("Seasonal Kendall slope", "The typical change per month when there are two or more years of months: the median of the slopes between the same calendar month of different years, so the seasonal pattern does not count as change."),
        new("Sen's slope", "The typical change per month over all loaded months: the median of the slopes between every pair of months."),
    ];

    /// <inheritdoc/>
    public string Key => inner.Key;

    /// <inheritdoc/>
    public IEnumerable<ReportSection> Compose(ReportSectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var section in inner.Compose(context))
        {
            var blocks = section.Blocks.ToList();
            var index = blocks.FindIndex(b => b is DefinitionListBlock);
            if (index < 0)
            {
                blocks.Add(new DefinitionListBlock(Terms));
            }
            else
            {
                var existing = ((DefinitionListBlock)blocks[index]).Definitions;
                var merged = existing.Concat(Terms.Where(t => !existing.Any(e => string.Equals(e.Term, t.Term, StringComparison.OrdinalIgnoreCase))))
                    .OrderBy(d => d.Term, StringComparer.OrdinalIgnoreCase).ToList();
                blocks[index] = new DefinitionListBlock(merged);
            }

            yield return section with { Blocks = blocks };
        }
    }
}
