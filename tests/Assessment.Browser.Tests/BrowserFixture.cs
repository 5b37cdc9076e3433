namespace Assessment.Browser.Tests;

/// <summary>
/// The system browser for the rendering tests. These tests must not pass silently without one: when no
/// browser is found they fail with the locator's message, which says what to install.
/// </summary>
public class BrowserFixture
{
    private readonly BrowserLookup lookup = new BrowserLocator().Locate();

    /// <summary>The browser executable, or a failed test saying what to install.</summary>
    public string RequireBrowser() =>
        lookup.ExecutablePath ?? throw new Xunit.Sdk.XunitException($"These tests need a Chromium-based browser and none was found. {lookup.Problem}");
}
