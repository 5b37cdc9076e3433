using System.Diagnostics;
using Assessment.Browser;
using Assessment.Core.Reporting.Packs;
using Assessment.Files.Output;
using Spectre.Console;

namespace Assessment.Cli.Stages;

/// <summary>
/// Publishes one pack per priority (<c>packs/&lt;theme-id&gt;.html</c> and <c>.pdf</c>) with the same renderer and print
/// path as the report, then deletes the packs of priorities no longer configured.
/// </summary>
internal static class PackStage
{
    /// <summary>Publishes and writes the packs, with a progress line while they print.</summary>
    /// <returns>The files written, and why the packs are incomplete (a PDF not printed), or null.</returns>
    /// <exception cref="IOException">A pack could not be written or a stale one deleted.</exception>
    public static async Task<(IReadOnlyList<string> Written, string? IncompleteReason)> RunAsync(
        IAnsiConsole console, string outputDirectory, IReadOnlyList<PriorityPack> packs, string? browserPath, CancellationToken ct)
    {
        var files = new PackFiles(outputDirectory);
        var written = new List<string>();
        var unprinted = new List<string>();
        var pages = new List<string>();
        var clock = Stopwatch.StartNew();
        if (packs.Count > 0)
        {
            await console.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
                .StartAsync(async progress =>
                {
                    var task = progress.AddTask("Priority packs", maxValue: packs.Count);
                    var publisher = new ReportPublisher();
                    foreach (var pack in packs)
                    {
                        task.Description = $"Priority pack {task.Value + 1:N0} of {packs.Count:N0}: {pack.ThemeId}";
                        var publication = await publisher.PublishAsync(pack.Document, new ReportPublishOptions(browserPath), ct);
                        ct.ThrowIfCancellationRequested();
                        written.Add(files.WriteHtml(pack.ThemeId, publication.Html));
                        if (publication.Pdf is { } pdf)
                        {
                            written.Add(files.WritePdf(pack.ThemeId, pdf));
                            pages.Add($"{pack.ThemeId} {publication.PageCount:N0}");
                        }
                        else unprinted.Add(pack.ThemeId);
                        task.Increment(1);
                    }
                });
        }

        var removed = files.RemoveAllExcept([.. packs.Select(p => p.ThemeId)]);
        if (packs.Count > 0)
            console.MarkupLine($"Priority packs: [bold]{packs.Count:N0}[/] written in {clock.Elapsed.TotalSeconds:0.0} s" +
                               (pages.Count > 0 ? $" (pages: {Markup.Escape(string.Join(", ", pages))})" : "") + ".");
        if (removed.Count > 0)
            console.MarkupLine($"Removed {removed.Count:N0} pack file(s) of priorities no longer configured: {Markup.Escape(string.Join(", ", removed.Select(Path.GetFileName)))}.");
        var reason = unprinted.Count == 0 ? null : $"the PDFs of {unprinted.Count} priority pack(s) were not printed ({string.Join(", ", unprinted)})";
        return (written, reason);
    }
}
