namespace Assessment.Browser.Tests;

public sealed class BrowserLocatorTests
{
    private static BrowserLocator Locator(IReadOnlyDictionary<string, string> environment, params string[] existing) =>
        new(name => environment.GetValueOrDefault(name), existing.Contains);

    [Fact]
    public void Locate_ExplicitPath_WinsOverEnvironmentAndStandardLocations()
    {
        var locator = Locator(new Dictionary<string, string> { [BrowserLocator.EnvironmentVariable] = "/env/chrome" }, "/my/chrome", "/env/chrome", "/usr/lib/chromium/chromium");

        Assert.Equal("/my/chrome", locator.Locate("/my/chrome").ExecutablePath);
    }

    [Fact]
    public void Locate_EnvironmentVariable_WinsOverStandardLocations()
    {
        var locator = Locator(new Dictionary<string, string> { [BrowserLocator.EnvironmentVariable] = "/env/chrome" }, "/env/chrome", "/usr/lib/chromium/chromium");

        Assert.Equal("/env/chrome", locator.Locate().ExecutablePath);
    }

    [Fact]
    public void Locate_StandardLocations_PrefersDebianChromiumBinaryOverTheWrapper()
    {
        var locator = Locator(new Dictionary<string, string>(), "/usr/bin/chromium", "/usr/lib/chromium/chromium", "/usr/bin/google-chrome");

        var lookup = locator.Locate();

        Assert.Equal("/usr/lib/chromium/chromium", lookup.ExecutablePath);
        Assert.Null(lookup.Problem);
    }

    [Fact]
    public void Locate_WindowsEdge_IsFoundUnderProgramFiles()
    {
        var edge = Path.Combine("C:/Program Files (x86)", "Microsoft", "Edge", "Application", "msedge.exe");
        var locator = Locator(new Dictionary<string, string> { ["ProgramFiles(x86)"] = "C:/Program Files (x86)" }, edge);

        Assert.Equal(edge, locator.Locate().ExecutablePath);
    }

    [Fact]
    public void Locate_ExplicitPathMissing_DoesNotFallBackAndSaysWhatToInstall()
    {
        var locator = Locator(new Dictionary<string, string>(), "/usr/lib/chromium/chromium");

        var lookup = locator.Locate("/nowhere/chrome");

        Assert.False(lookup.Found);
        Assert.Contains("--browser was not found at '/nowhere/chrome'", lookup.Problem, StringComparison.Ordinal);
        Assert.Contains("apt-get install chromium", lookup.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Locate_EnvironmentVariableMissingFile_NamesTheVariable()
    {
        var lookup = Locator(new Dictionary<string, string> { [BrowserLocator.EnvironmentVariable] = "/gone" }).Locate();

        Assert.Contains("ASSESSMENT_BROWSER is set to '/gone'", lookup.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Locate_NothingInstalled_ListsPlacesTriedAndEveryPlatformsAdvice()
    {
        var lookup = Locator(new Dictionary<string, string>()).Locate();

        Assert.Null(lookup.ExecutablePath);
        Assert.Equal("/usr/lib/chromium/chromium", lookup.PlacesTried[0]);
        Assert.Contains("/usr/bin/google-chrome", lookup.PlacesTried);
        foreach (var advice in new[] { "apt-get install chromium", "Microsoft Edge or Google Chrome", "--browser PATH", "ASSESSMENT_BROWSER" })
            Assert.Contains(advice, lookup.Problem, StringComparison.Ordinal);
    }
}
