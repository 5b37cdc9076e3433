namespace Assessment.Browser;

/// <summary>The result of looking for a Chromium-based browser: its path, or what went wrong and what to install.</summary>
/// <param name="ExecutablePath">The browser executable, or null when none was found.</param>
/// <param name="PlacesTried">Every path checked, in order.</param>
/// <param name="Problem">When not found: a message naming what was tried and exactly what to install or pass.</param>
public sealed record BrowserLookup(string? ExecutablePath, IReadOnlyList<string> PlacesTried, string? Problem)
{
    /// <summary>True when a browser executable was found.</summary>
    public bool Found => ExecutablePath is not null;
}
