using Assessment.Core.Trends;

namespace Assessment.Core.Reporting.Sections;

/// <summary>
/// The police.uk sub-section of the substance-misuse chapter: "Drugs" and "Possession of weapons" records in the
/// assessment and comparison periods, side by side, with the run's own year-on-year verdict when the trend analysis ran.
/// </summary>
internal static class DrugAndWeaponOffencesPart
{
    /// <summary>The police.uk crime types shown, in table order.</summary>
    public static IReadOnlyList<string> CrimeTypes { get; } = ["Drugs", "Possession of weapons"];

    public static ReportSection Build(AssessmentReportInput input, IReadOnlyList<YoyFinding> findings)
    {
        var period = input.Period;
        var columns = new List<TableColumn>
        {
            TableColumn.Text("police.uk category"), TableColumn.Count(period.Comparison.ToLongString()), TableColumn.Count(period.Current.ToLongString()),
            TableColumn.Number("Change", NumberFormat.SignedPercent1),
        };
        var tested = findings.Count > 0;
        if (tested) columns.Add(TableColumn.Text("Year-on-year test"));
        var rows = new List<IReadOnlyList<TableCell>>();
        var sentences = new List<string>();
        var months = LikeForLikeMonths(input);
        foreach (var type in CrimeTypes)
        {
            // The run's comparison (when it ran) counts its own like-for-like months; without it, the same rule here:
            // only calendar months with records in both periods are compared.
            var finding = findings.FirstOrDefault(f => f.Series.Key == type);
            var previous = finding?.Previous ?? Sum(input, type, months.Select(m => m.AddMonths(-period.Current.Length)));
            var current = finding?.Current ?? Sum(input, type, months);
            var row = new List<TableCell> { type, previous, current, previous > 0 ? TableCell.FromNumber((double)(current - previous) / previous) : TableCell.FromText(ReportNumbers.NotApplicable) };
            if (tested) row.Add(finding?.Verdict.ToLabel() ?? "Not tested (no records)");
            rows.Add(row);
            sentences.Add($"{ReportNumbers.FormatCount(current)} {type.ToLowerInvariant()} offences against {ReportNumbers.FormatCount(previous)}{(finding is null ? "" : $" ({finding.Verdict.ToText()})")}");
        }
        var compared = findings.FirstOrDefault()?.MonthsCompared ?? months.Count;
        var coverage = compared == period.Current.Length ? "" : $" Only the {compared} calendar months with records in both periods are compared, so the counts are of those months.";
        var blocks = new List<ReportBlock>
        {
            new ParagraphBlock($"Police recorded {string.Join(", and ", sentences)} in {input.AreaName} in {period.Current.ToLongString()}, compared with {period.Comparison.ToLongString()}. Both mostly reflect proactive policing (searches and operations against drug supply and county lines) rather than how much drugs are used or weapons carried, so a rise can mean more enforcement." + coverage
                + (tested ? " The verdict is the run's year-on-year test of the crime overview (like-for-like months, allowing for overdispersion, with the false-discovery rate controlled)." : " No significance test was run, so changes are counts only.")),
            new TableBlock(new ReportTable("drug-and-weapon-offences", $"Drug and possession-of-weapons offences in {input.AreaName}", columns, rows,
                $"{input.PoliceUkSource}; {period.Comparison.ToLongString()} and {period.Current.ToLongString()}")),
        };
        return new ReportSection("substance-police", "Drug and weapon possession offences", blocks, []);
    }

    private static long Sum(AssessmentReportInput input, string type, IEnumerable<Model.YearMonth> months)
    {
        var wanted = months.ToHashSet();
        return input.MonthlyCounts.Where(c => c.CrimeType == type && wanted.Contains(c.Month)).Sum(c => c.Count);
    }

    private static List<Model.YearMonth> LikeForLikeMonths(AssessmentReportInput input)
    {
        var withData = input.MonthlyCounts.Select(c => c.Month).ToHashSet();
        var length = input.Period.Current.Length;
        return [.. input.Period.Current.Months().Where(m => withData.Contains(m) && withData.Contains(m.AddMonths(-length)))];
    }
}
