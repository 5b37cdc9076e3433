namespace Assessment.Browser.Tests;

/// <summary>One browser and chart page shared by the chart tests (starting a browser costs seconds).</summary>
public sealed class ChartPageFixture : BrowserFixture, IAsyncLifetime
{
    private ChromiumSession? session;
    private VegaChartRenderer? renderer;

    public ChromiumSession Session => session ?? throw new Xunit.Sdk.XunitException("The browser did not start; see the first failure.");

    public VegaChartRenderer Renderer
    {
        get
        {
            RequireBrowser();
            return renderer ?? throw new Xunit.Sdk.XunitException("The chart page did not load; see the first failure.");
        }
    }

    public async Task InitializeAsync()
    {
        if (new BrowserLocator().Locate().ExecutablePath is not { } path) return;
        session = await ChromiumSession.StartAsync(path, CancellationToken.None);
        renderer = await VegaChartRenderer.CreateAsync(session, ReportAssetFiles.Load(), CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (session is not null) await session.DisposeAsync();
    }
}
