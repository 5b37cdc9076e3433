namespace Assessment.Browser;

/// <summary>Wall-clock time of each step of a publication (in memory; writing the files is the caller's).</summary>
/// <param name="BrowserStart">Starting the browser and loading the chart page (zero without a browser).</param>
/// <param name="Charts">Drawing every chart.</param>
/// <param name="Html">Rendering the HTML (every pass).</param>
/// <param name="Pdf">Printing the PDF (every pass) and reading its page numbers.</param>
/// <param name="Total">The whole publication.</param>
public sealed record PublishTimings(TimeSpan BrowserStart, TimeSpan Charts, TimeSpan Html, TimeSpan Pdf, TimeSpan Total);
