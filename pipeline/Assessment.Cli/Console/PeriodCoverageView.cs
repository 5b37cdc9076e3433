using Assessment.Core.Model;
using Spectre.Console;

namespace Assessment.Cli.Console;

/// <summary>Warns when the loaded data doesn't cover the assessment or comparison period, before anyone reads a table built on gaps.</summary>
internal static class PeriodCoverageView
{
    public static void Render(IAnsiConsole console, AssessmentPeriod period, IReadOnlyList<MonthlyCount> counts)
    {
        var present = counts.Select(c => c.Month).ToHashSet();
        Warn(console, "assessment", period.Current, present);
        Warn(console, "comparison", period.Comparison, present);
        // The commonest cause of an assessment period without data is an end month past the download's last month.
        if (present.Count > 0 && present.Max() < period.Current.Last)
            console.MarkupLine($"[yellow]note:[/] the in-area data ends in {present.Max()}; if that is the assessment year you meant, set period.end_month: {present.Max()} in the configuration (or run with --end-month {present.Max()}).");
    }

    private static void Warn(IAnsiConsole console, string name, MonthRange range, HashSet<YearMonth> present)
    {
        var missing = range.Months().Where(m => !present.Contains(m)).ToArray();
        if (missing.Length == 0) return;
        var list = missing.Length <= 6 ? string.Join(", ", missing) : $"{missing[0]} … {missing[^1]} ({missing.Length} months)";
        console.MarkupLine($"[yellow]warning:[/] no in-area data for {missing.Length} of the {range.Length} months of the {name} period ({Markup.Escape(range.ToLongString())}): {Markup.Escape(list)}.");
    }
}
