namespace Assessment.Core.Reporting.Sections;

/// <summary>
/// A chapter whose analysis this run did not produce: one line saying so and what would supply it. Replace it by
/// registering a composer with its key.
/// </summary>
/// <param name="key">The part's key and the chapter's id.</param>
/// <param name="title">The chapter's title.</param>
/// <param name="line">The one line, e.g. "No previous assessment is configured (previous: in the configuration), so changes since it are not set out."</param>
public sealed class PendingSection(string key, string title, string line) : IReportSectionComposer
{
    /// <inheritdoc/>
    public string Key => key;

    /// <inheritdoc/>
    public IEnumerable<ReportSection> Compose(ReportSectionContext context)
    {
        yield return new ReportSection(key, title, new CalloutBlock(CalloutKind.NotYetAvailable, line));
    }

    /// <summary>Prioritisation, until the scored matrix replaces it.</summary>
    public static PendingSection Prioritisation() => new("prioritisation", "Prioritisation",
        "No scored prioritisation is configured (prioritisation: in the configuration), so the partnership's current priorities are carried forward unscored.");

    /// <summary>Changes since the previous assessment, until a previous assessment's results are given.</summary>
    public static PendingSection Changes() => new("changes", "Changes since the previous assessment",
        "No previous assessment is configured (previous: in the configuration), so changes since it are not set out.");
}
