namespace Assessment.Core.Reporting;

/// <summary>
/// A section of the report with its own heading. Top-level sections are chapters (numbered 1, 2, …, each
/// starting on a new page when printed); child sections are numbered 1.1, 1.2, … and flow on.
/// Both appear in the contents.
/// </summary>
/// <param name="Id">Unique id (see <see cref="Model.ReportIds"/>); becomes the HTML id and the PDF destination.</param>
/// <param name="Title">Heading text, without the number.</param>
/// <param name="Blocks">Content in reading order; may be empty only when there are child sections.</param>
/// <param name="Children">Sub-sections, after the blocks.</param>
public sealed record ReportSection(string Id, string Title, IReadOnlyList<ReportBlock> Blocks, IReadOnlyList<ReportSection> Children)
{
    /// <summary>A section with blocks and no child sections.</summary>
    public ReportSection(string id, string title, params ReportBlock[] blocks) : this(id, title, blocks, []) { }

    /// <summary>True when this section or a descendant holds figures (a table, chart, key facts or action plan), not only words.</summary>
    public bool HasFigures => SelfAndDescendants().Any(s => s.Blocks.Any(b => b is TableBlock or ChartBlock or KeyFactsBlock or ActionPlanBlock));

    /// <summary>
    /// True for a chapter of a few words only (no figures, no sub-sections, at most two blocks), such as one saying its
    /// data are absent: printed after the chapter before it instead of on a page of its own.
    /// </summary>
    public bool IsBrief => !HasFigures && Children.Count == 0 && Blocks.Count <= 2;

    /// <summary>This section, then every descendant depth first.</summary>
    public IEnumerable<ReportSection> SelfAndDescendants()
    {
        yield return this;
        foreach (var child in Children)
            foreach (var nested in child.SelfAndDescendants())
                yield return nested;
    }
}
