using System.Globalization;
using Assessment.Core.Reporting.Sections;
using Assessment.Core.Trends;
using Spectre.Console;

namespace Assessment.Cli.Console;

/// <summary>
/// The changes the statistics support, printed at the end of a run so the analyst sees the headline before opening
/// the report. Only significant changes are listed; the rest are counted, never described as rises or falls.
/// </summary>
internal static class FindingsView
{
    public static void Render(IAnsiConsole console, TrendFindings findings)
    {
        var leftOut = TrendSectionText.LeftOutForceMonths(findings.Coverage);
        if (leftOut.Count > 0)
        {
            console.MarkupLine("[yellow]Force-months left out of the comparisons[/] (missing or likely incomplete in one period; see tables/coverage.csv):");
            foreach (var line in leftOut) console.MarkupLine($"  {Markup.Escape(line)}");
        }

        if (findings.YearOnYear.Count == 0)
        {
            console.MarkupLine("[yellow]No change could be tested:[/] no month is loaded in both the assessment and the comparison period.");
            return;
        }
        var months = findings.YearOnYear[0].MonthsCompared;
        var significant = findings.YearOnYear.Where(f => f.Verdict.IsChange()).ToArray();
        var untold = findings.YearOnYear.Count(f => f.Verdict == YoyVerdict.DataCannotTell);
        var table = new Table().Border(TableBorder.Rounded)
            .Title($"[bold]Significant changes[/] ({Months(months)} compared; {findings.YearOnYear.Count:N0} comparisons, false-discovery rate 5%)");
        table.AddColumn("Level");
        table.AddColumn("Series");
        table.AddColumn(new TableColumn("Before").RightAligned());
        table.AddColumn(new TableColumn("After").RightAligned());
        table.AddColumn(new TableColumn("Rate ratio (95% CI)").RightAligned());
        table.AddColumn("Verdict");
        var label = SeriesLabels.Distinct(significant.Select(f => f.Series));
        foreach (var f in significant)
        {
            var ci = string.Create(CultureInfo.InvariantCulture, $"{f.RateRatio:0.00} ({f.Interval.Lower:0.00}–{f.Interval.Upper:0.00})");
            var verdict = f.Verdict == YoyVerdict.SignificantIncrease ? "[red]increase[/]" : "[green]decrease[/]";
            table.AddRow(Level(f.Series.Level), Markup.Escape(label(f.Series)), f.Previous.ToString("N0", CultureInfo.InvariantCulture),
                f.Current.ToString("N0", CultureInfo.InvariantCulture), ci, verdict);
        }
        if (significant.Length > 0) console.Write(table);
        console.MarkupLine(significant.Length == 0
            ? $"No significant change in any of the {findings.YearOnYear.Count:N0} comparisons ({Months(months)} compared)."
            : $"The other {findings.YearOnYear.Count - significant.Length - untold:N0} comparisons showed no significant change.");
        if (untold > 0)
            console.MarkupLine($"[yellow]{untold:N0} comparison(s): data cannot tell[/] (the change in the share of rows without a location could alone change the verdict; see the report).");
    }

    private static string Months(int months) => months == 1 ? "1 month" : $"{months} months";

    private static string Level(ComparisonLevel level) => level switch
    {
        ComparisonLevel.CrimeType => "Crime type",
        _ => level.ToString(),
    };
}
