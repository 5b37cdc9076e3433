using Assessment.Core.Reporting.Statutory;

namespace Assessment.Core.Reporting.Sections;

/// <summary>
/// The statutory checklist appendix: each element of the 2007 regulations as amended, the section of this report that
/// covers it or what the run would need to cover it, then the information gaps for the next assessment (the elements
/// this run does not cover). Built from <see cref="ReportSectionContext.Checklist"/>, so it states what this run produced.
/// </summary>
public sealed class StatutoryChecklistSection : IDocumentSummaryComposer
{
    /// <summary>The part's key and section id.</summary>
    public const string PartKey = "statutory-checklist";

    /// <summary>Title of the appendix.</summary>
    public const string Title = "Appendix: statutory checklist";

    private const string GapsTitle = "Information gaps for the next assessment";

    /// <inheritdoc/>
    public string Key => PartKey;

    /// <inheritdoc/>
    public IReadOnlyList<(string Id, string Title)> OwnSections => [(StatutoryChecklist.GapsSectionId, GapsTitle)];

    /// <inheritdoc/>
    public IEnumerable<ReportSection> Compose(ReportSectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var checklist = context.Checklist ?? throw new InvalidOperationException("The statutory checklist is composed after the other parts; the context has no checklist.");
        var rows = checklist.Checks.Select(c => (IReadOnlyList<TableCell>)
            [c.Element.Requirement, c.Element.Source, c.SectionTitle ?? "—", c.IsCovered ? "Covered" : $"Missing: needs {c.Element.WhenMissing}"]).ToList();
        var blocks = new List<ReportBlock>
        {
            new ParagraphBlock($"Each element the regulations ask a strategic assessment to contain, and where this report covers it. An element counts as covered only when its section holds figures from this run; " +
                $"this run covers {ReportNumbers.FormatCount(checklist.Covered.Count)} of the {ReportNumbers.FormatCount(checklist.Checks.Count)}."),
            new TableBlock(new ReportTable("statutory-checklist-table", "Statutory elements and where this report covers them",
                [TableColumn.Text("Element"), TableColumn.Text("Required by"), TableColumn.Text("Section"), TableColumn.Text("This run")], rows,
                "Crime and Disorder Act 1998 s.5–6; SI 2007/1830 as amended by SI 2010/648; PCSC Act 2022 s.20; SI 2007/1831")),
        };
        var gaps = checklist.Missing.Where(c => c.Element.SectionIds[0] != StatutoryChecklist.GapsSectionId).ToList();
        ReportBlock gapBlock = gaps.Count == 0
            ? new ParagraphBlock("Every element is covered by this run. The data sources appendix lists the datasets partners must share that were not supplied.")
            : new BulletListBlock([.. gaps.Select(g => $"**{g.Element.Requirement}:** needs {g.Element.WhenMissing}.")]);
        var children = new List<ReportSection>
        {
            new(StatutoryChecklist.GapsSectionId, GapsTitle,
            [
                new ParagraphBlock("What the next assessment needs that this one lacks. The datasets partners must share that this run was not given are listed under Data sources in the methods appendix."),
                gapBlock,
            ], []),
        };
        yield return new ReportSection(PartKey, Title, blocks, children);
    }
}
