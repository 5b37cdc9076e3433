namespace Assessment.Core.Reporting.Sections;

/// <summary>
/// The chapters whose analysis does not exist yet. Each says so plainly and names the data or analysis it
/// will need; replace one by registering a composer with its key.
/// </summary>
public sealed class PendingSection(string key, string title, string what, string needs, string? context = null) : IReportSectionComposer
{
    /// <inheritdoc/>
    public string Key => key;

    /// <inheritdoc/>
    public IEnumerable<ReportSection> Compose(ReportSectionContext sectionContext)
    {
        var blocks = new List<ReportBlock>();
        if (context is not null) blocks.Add(new ParagraphBlock(context));
        blocks.Add(NotYetIncluded.Callout(what, needs));
        yield return new ReportSection(key, title, blocks, []);
    }


    /// <summary>Prioritisation.</summary>
    public static PendingSection Prioritisation() => new("prioritisation", "Prioritisation",
        "A scored prioritisation of issues", "scores for each issue on volume, trend, harm, vulnerability and public concern, with published weights and a sensitivity check",
        "Until the scoring is available, the partnership's current priorities (chapters 6 onwards) are carried forward.");
}
