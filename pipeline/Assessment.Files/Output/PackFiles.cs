using Assessment.Core.Model;

namespace Assessment.Files.Output;

/// <summary>
/// The priority packs in the output folder: <c>packs/&lt;theme-id&gt;.html</c> and <c>packs/&lt;theme-id&gt;.pdf</c>, each
/// written whole or not at all (<see cref="AtomicFile"/>), and the removal of packs of priorities no longer configured.
/// </summary>
/// <param name="outputDirectory">The run's output folder; packs go in its <c>packs</c> subfolder (created as needed).</param>
public sealed class PackFiles(string outputDirectory)
{
    /// <summary>The packs folder, <c>&lt;out&gt;/packs</c>.</summary>
    public string Directory { get; } = Path.Combine(Path.GetFullPath(outputDirectory ?? throw new ArgumentNullException(nameof(outputDirectory))), "packs");

    /// <summary>Writes <c>packs/&lt;themeId&gt;.html</c> (UTF-8 without a byte-order mark) and returns its path.</summary>
    /// <exception cref="ArgumentException"><paramref name="themeId"/> is not a valid report id.</exception>
    /// <exception cref="IOException">It could not be written; any previous version is unchanged.</exception>
    public string WriteHtml(string themeId, string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var path = PathOf(themeId, ".html");
        AtomicFile.WriteAllText(path, html);
        return path;
    }

    /// <summary>Writes <c>packs/&lt;themeId&gt;.pdf</c> and returns its path.</summary>
    /// <exception cref="ArgumentException"><paramref name="themeId"/> is not a valid report id.</exception>
    /// <exception cref="IOException">It could not be written; any previous version is unchanged.</exception>
    public string WritePdf(string themeId, byte[] pdf)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        var path = PathOf(themeId, ".pdf");
        AtomicFile.WriteAllBytes(path, pdf);
        return path;
    }

    /// <summary>
    /// Deletes every <c>.html</c> and <c>.pdf</c> in the packs folder whose name is not one of <paramref name="keptThemeIds"/>,
    /// so a priority removed from the configuration leaves no stale pack; returns the deleted paths (none when the folder is absent).
    /// </summary>
    /// <exception cref="IOException">A file could not be deleted.</exception>
    public IReadOnlyList<string> RemoveAllExcept(IReadOnlyCollection<string> keptThemeIds)
    {
        ArgumentNullException.ThrowIfNull(keptThemeIds);
        if (!System.IO.Directory.Exists(Directory)) return [];
        var kept = new HashSet<string>(keptThemeIds, StringComparer.Ordinal);
        var deleted = new List<string>();
        foreach (var file in System.IO.Directory.EnumerateFiles(Directory).Order(StringComparer.Ordinal))
        {
            var extension = Path.GetExtension(file);
            if (extension is not (".html" or ".pdf") || kept.Contains(Path.GetFileNameWithoutExtension(file))) continue;
            File.Delete(file);
            deleted.Add(file);
        }
        return deleted;
    }

    private string PathOf(string themeId, string extension) =>
        ReportIds.IsValid(themeId)
            ? Path.Combine(Directory, themeId + extension)
            : throw new ArgumentException($"The priority id '{themeId}' is not a valid report id (lower-case letters, digits and hyphens), so it cannot name a pack file.", nameof(themeId));
}
