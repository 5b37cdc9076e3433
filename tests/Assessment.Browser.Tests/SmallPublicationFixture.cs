using Assessment.Core.Reporting;

namespace Assessment.Browser.Tests;

/// <summary>The small test document published once with the real browser; its PDF is saved for poppler to read.</summary>
public sealed class SmallPublicationFixture : BrowserFixture, IAsyncLifetime
{
    private ReportPublication? publication;

    public ReportDocument Document { get; } = TestDocuments.Small();

    public string OutputDirectory { get; } = Directory.CreateTempSubdirectory("assessment-report-small-").FullName;

    /// <summary>The publication's PDF, saved by the fixture.</summary>
    public string PdfPath => Path.Combine(OutputDirectory, "small.pdf");

    public ReportPublication Publication
    {
        get
        {
            RequireBrowser();
            return publication ?? throw new Xunit.Sdk.XunitException("Publishing failed; see the first failure.");
        }
    }

    public async Task InitializeAsync()
    {
        if (new BrowserLocator().Locate().ExecutablePath is not { } path) return;
        publication = await new ReportPublisher().PublishAsync(Document, new ReportPublishOptions(path));
        if (publication.Pdf is { } pdf) await File.WriteAllBytesAsync(PdfPath, pdf);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(OutputDirectory, recursive: true);
        return Task.CompletedTask;
    }
}
