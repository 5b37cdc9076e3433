using Assessment.Storage.Partners;
using Spectre.Console;

namespace Assessment.Cli.Stages;

/// <summary>The one console line a partner extract's load gives: what was loaded and how many rows were refused.</summary>
internal static class PartnerLoadView
{
    /// <summary>Writes e.g. "Reoffending: reoffending.csv, 72 rows loaded, 2 rejected (see the store's load_reject table)."</summary>
    /// <param name="console">Where the line goes.</param>
    /// <param name="what">The extract, e.g. "Reoffending".</param>
    /// <param name="path">The file loaded; its name is shown.</param>
    /// <param name="load">What loading did.</param>
    /// <param name="rows">What a loaded row is, e.g. "cases" for a case log.</param>
    /// <returns>The number of rows rejected, for the run's exit status.</returns>
    public static long Render(IAnsiConsole console, string what, string path, PartnerFileLoad load, string rows = "rows")
    {
        var done = load.Outcome == PartnerFileOutcome.Unchanged ? "already loaded" : $"{load.RowsLoaded:N0} {rows} loaded";
        console.MarkupLine($"{Markup.Escape(what)}: {Markup.Escape(Path.GetFileName(path))}, {done}{(load.RowsRejected > 0 ? $", [yellow]{load.RowsRejected:N0} rejected[/] (see the store's load_reject table)" : "")}.");
        return load.RowsRejected;
    }
}
