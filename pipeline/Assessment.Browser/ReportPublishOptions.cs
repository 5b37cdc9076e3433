namespace Assessment.Browser;

/// <summary>How <see cref="ReportPublisher"/> runs.</summary>
/// <param name="BrowserPath">The browser executable (<c>--browser PATH</c>); null to look for one (see <see cref="BrowserLocator"/>).</param>
/// <param name="Progress">Called as each step starts and each chart is drawn; may be null.</param>
/// <param name="AssetsDirectory">Folder with the npm assets; null for <c>report-assets</c> beside the application.</param>
public sealed record ReportPublishOptions(string? BrowserPath = null, Action<ReportProgress>? Progress = null, string? AssetsDirectory = null)
{
    /// <summary>Look for a browser, no progress reports, default assets.</summary>
    public static ReportPublishOptions Default { get; } = new();
}
