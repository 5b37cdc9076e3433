using Assessment.Core.Model;

namespace Assessment.Core.Reporting;

/// <summary>
/// A whole report: cover metadata and the top-level sections in reading order.
/// Rendering it produces one self-contained HTML file (see <see cref="HtmlReportRenderer"/>).
/// </summary>
/// <param name="Cover">What the cover page, running header and footer show.</param>
/// <param name="Sections">Top-level sections (chapters); each starts on a new page when printed. Section ids must be unique across the whole tree.</param>
public sealed record ReportDocument(ReportCover Cover, IReadOnlyList<ReportSection> Sections)
{
    /// <summary>Every section of the tree, depth first, in reading order.</summary>
    public IEnumerable<ReportSection> AllSections()
    {
        foreach (var section in Sections)
            foreach (var nested in section.SelfAndDescendants())
                yield return nested;
    }

    /// <summary>Every block of every section, in reading order.</summary>
    public IEnumerable<ReportBlock> AllBlocks() => AllSections().SelectMany(s => s.Blocks);

    /// <summary>Every chart block (maps included), in reading order.</summary>
    public IEnumerable<ChartBlock> Charts() => AllBlocks().OfType<ChartBlock>();

    /// <summary>Every table that has an id, action plans included as tables, in reading order.</summary>
    public IEnumerable<ReportTable> Tables() => AllBlocks().Select(b => b switch
    {
        TableBlock t => t.Table,
        ActionPlanBlock a => a.ToTable(),
        _ => null,
    }).OfType<ReportTable>();

    /// <summary>
    /// Throws <see cref="ArgumentException"/> naming the first problem when ids are duplicated or not usable as
    /// HTML ids and file names (letters, digits and hyphens, starting with a letter).
    /// </summary>
    public void Validate()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        void Claim(string id, string what)
        {
            if (!ReportIds.IsValid(id))
                throw new ArgumentException($"The {what} id '{id}' must start with a letter and hold only lower-case letters, digits and hyphens.");
            if (!ids.Add(id))
                throw new ArgumentException($"The id '{id}' is used twice in the report (as a {what}); ids must be unique.");
        }

        foreach (var section in AllSections()) Claim(section.Id, "section");
        foreach (var chart in Charts()) Claim(chart.Id, "chart");
        foreach (var table in Tables()) Claim(table.Id, "table");
    }
}
