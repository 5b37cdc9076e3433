using Assessment.Core.Trends;

namespace Assessment.Core.Reporting.Sections;

/// <summary>
/// The executive summary of <paramref name="inner"/> with the changes the statistics support inserted before its
/// first minor heading (after its headline figures): the area's verdict, a count of significant changes by crime type, and each
/// significant change by type and theme in a sentence. Its headline figures are the trend overview's (<see cref="TrendOverviewSection.KeyFacts"/>),
/// so that the summary's counts are those of the change tables. The harm ranking is left to its own section until its
/// weights are verified.
/// </summary>
public sealed class TrendExecutiveSummarySection(TrendFindings findings, IReportSectionComposer inner) : IReportSectionComposer
{
    /// <inheritdoc/>
    public string Key => inner.Key;

    /// <inheritdoc/>
    public IEnumerable<ReportSection> Compose(ReportSectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var section in inner.Compose(context))
        {
            var blocks = section.Blocks.Select(b => b is KeyFactsBlock ? TrendOverviewSection.KeyFacts(findings, context) : b).ToList();
            // After the headline paragraphs and facts, before the first minor heading (what the report includes).
            var heading = blocks.FindIndex(b => b is HeadingBlock);
            var at = heading >= 0 ? heading : blocks.Count;
            blocks.InsertRange(at, Changes(context));
            yield return section with { Blocks = blocks };
        }
    }

    /// <summary>The inserted blocks, also usable on their own.</summary>
    public IReadOnlyList<ReportBlock> Changes(ReportSectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var area = context.Input.AreaName;
        var blocks = new List<ReportBlock> { new HeadingBlock("Changes since the comparison period") };
        if (findings.YearOnYearOf(SeriesKey.Area) is not { } total)
        {
            blocks.Add(new ParagraphBlock("No month of the assessment period has its counterpart in the comparison period loaded, so no change between the periods can be measured."));
            return blocks;
        }

        var types = findings.YearOnYearAt(ComparisonLevel.CrimeType);
        var c = findings.Coverage;
        var months = c.IsComplete ? "" : " " + TrendSectionText.MonthsComparedSummary(c);
        blocks.Add(new ParagraphBlock($"{TrendNarrative.Describe(total, area)}{months} {TrendNarrative.SummariseLevel(types, "crime types")}"));
        var significant = types.Concat(findings.YearOnYearAt(ComparisonLevel.Theme)).Where(f => f.Verdict.IsChange()).ToList();
        if (significant.Count > 0) blocks.Add(new BulletListBlock([.. significant.Select(f => TrendNarrative.Describe(f, area))]));
        return blocks;
    }
}
