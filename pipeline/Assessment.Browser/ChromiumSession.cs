using Microsoft.Playwright;

namespace Assessment.Browser;

/// <summary>
/// One headless run of the system browser through Playwright, with a fresh profile folder that is deleted
/// afterwards. Pages opened here refuse every network request: the report must need nothing from outside.
/// </summary>
public sealed class ChromiumSession : IAsyncDisposable
{
    /// <summary>Flags this closed network needs (no sandbox in containers, no GPU, no background fetches).</summary>
    internal static readonly string[] LaunchArguments =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private readonly IPlaywright playwright;
    private readonly IBrowserContext context;
    private readonly string profileDirectory;
    private int blockedRequests;

    private ChromiumSession(IPlaywright playwright, IBrowserContext context, string profileDirectory)
    {
        this.playwright = playwright;
        this.context = context;
        this.profileDirectory = profileDirectory;
    }

    /// <summary>The browser executable in use.</summary>
    public required string ExecutablePath { get; init; }

    /// <summary>Requests that pages tried to make and that were refused (0 for a self-contained report).</summary>
    public int BlockedRequests => Volatile.Read(ref blockedRequests);

    /// <summary>Starts the browser; throws <see cref="PlaywrightException"/> when it cannot be launched.</summary>
    public static async Task<ChromiumSession> StartAsync(string executablePath, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(executablePath);
        cancellationToken.ThrowIfCancellationRequested();
        var profile = Directory.CreateTempSubdirectory("assessment-chromium-").FullName;
        IPlaywright? playwright = null;
        try
        {
            playwright = await Playwright.CreateAsync().ConfigureAwait(false);
            var context = await playwright.Chromium.LaunchPersistentContextAsync(profile, new BrowserTypeLaunchPersistentContextOptions
            {
                ExecutablePath = executablePath,
                Headless = true,
                Args = LaunchArguments,
                Offline = true,
            }).ConfigureAwait(false);
            return new ChromiumSession(playwright, context, profile) { ExecutablePath = executablePath };
        }
        catch
        {
            playwright?.Dispose();
            TryDelete(profile);
            throw;
        }
    }

    /// <summary>A new blank page whose network requests (other than data: URLs) are all refused and counted.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var page = await context.NewPageAsync().ConfigureAwait(false);
        await page.RouteAsync("**/*", async route =>
        {
            Interlocked.Increment(ref blockedRequests);
            await route.AbortAsync().ConfigureAwait(false);
        }).ConfigureAwait(false);
        return page;
    }

    /// <summary>Closes the browser (if it is still running) and deletes its profile folder.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await context.CloseAsync().ConfigureAwait(false);
        }
        catch (PlaywrightException)
        {
            // The browser may already be gone; the profile folder still has to go.
        }

        playwright.Dispose();
        TryDelete(profileDirectory);
    }

    private static void TryDelete(string directory)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            try
            {
                if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
                return;
            }
            catch (IOException)
            {
                Thread.Sleep(100);
            }
            catch (UnauthorizedAccessException)
            {
                return;
            }
        }
    }
}
