namespace Assessment.Browser;

/// <summary>
/// Finds the system's Chromium-based browser. Order: the explicit path (<c>--browser PATH</c>), then the
/// <c>ASSESSMENT_BROWSER</c> environment variable, then standard install locations on Linux, Windows and macOS.
/// An explicit path or variable that points nowhere is an error, not a reason to try elsewhere.
/// Never downloads a browser.
/// </summary>
public sealed class BrowserLocator
{
    /// <summary>Environment variable that names the browser executable.</summary>
    public const string EnvironmentVariable = "ASSESSMENT_BROWSER";

    /// <summary>What to do when no browser is found, for every platform.</summary>
    public const string InstallAdvice =
        "Install a Chromium-based browser: on Debian or Ubuntu run 'apt-get install chromium'; on Windows use Microsoft Edge or Google Chrome; " +
        "on macOS install Google Chrome. Or pass --browser PATH (or set " + EnvironmentVariable + ") to the browser's executable.";

    private readonly Func<string, string?> environment;
    private readonly Func<string, bool> fileExists;

    /// <summary>A locator over the real environment and file system.</summary>
    public BrowserLocator() : this(Environment.GetEnvironmentVariable, File.Exists) { }

    internal BrowserLocator(Func<string, string?> environment, Func<string, bool> fileExists)
    {
        this.environment = environment;
        this.fileExists = fileExists;
    }

    /// <summary>Looks for the browser; never throws for a missing browser.</summary>
    /// <param name="explicitPath">A path given by the user, or null.</param>
    public BrowserLookup Locate(string? explicitPath = null)
    {
        if (!string.IsNullOrWhiteSpace(explicitPath))
            return Single(explicitPath, $"The browser given with --browser was not found at '{explicitPath}'.");

        var fromEnvironment = environment(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
            return Single(fromEnvironment, $"{EnvironmentVariable} is set to '{fromEnvironment}', but there is no file there.");

        var tried = new List<string>();
        foreach (var candidate in StandardLocations())
        {
            tried.Add(candidate);
            if (fileExists(candidate)) return new BrowserLookup(candidate, tried, null);
        }

        return new BrowserLookup(null, tried, $"No Chromium-based browser was found (looked in: {string.Join("; ", tried)}). {InstallAdvice}");
    }

    private BrowserLookup Single(string path, string problem) =>
        fileExists(path) ? new BrowserLookup(path, [path], null) : new BrowserLookup(null, [path], $"{problem} {InstallAdvice}");

    /// <summary>Standard install locations, most likely first: Linux (Debian's chromium first), then Windows, then macOS.</summary>
    internal IEnumerable<string> StandardLocations()
    {
        yield return "/usr/lib/chromium/chromium";
        yield return "/usr/bin/chromium";
        yield return "/usr/bin/chromium-browser";
        yield return "/usr/bin/google-chrome";
        yield return "/usr/bin/google-chrome-stable";
        yield return "/snap/bin/chromium";
        foreach (var root in new[] { environment("ProgramFiles(x86)"), environment("ProgramFiles"), environment("LOCALAPPDATA") })
        {
            if (string.IsNullOrWhiteSpace(root)) continue;
            yield return Path.Combine(root, "Microsoft", "Edge", "Application", "msedge.exe");
            yield return Path.Combine(root, "Google", "Chrome", "Application", "chrome.exe");
        }

        yield return "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome";
        yield return "/Applications/Chromium.app/Contents/MacOS/Chromium";
        yield return "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge";
    }
}
