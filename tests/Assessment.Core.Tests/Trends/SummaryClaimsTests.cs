using System.Globalization;
using System.Text.RegularExpressions;
using Assessment.Core.Model;
using Assessment.Core.Reporting;

namespace Assessment.Core.Tests.Trends;

/// <summary>
/// Every claim of the sample report's executive summary and key facts, read back from the composed text and checked
/// against the change tables of the same report and against counts taken straight from the police.uk files.
/// </summary>
public sealed partial class SummaryClaimsTests
{
    private const string Area = "Canterbury";

    private static readonly Lazy<(Dictionary<(YearMonth Month, string Type), long> Counts, HashSet<YearMonth> Loaded)> Raw = new(() =>
    {
        var (counts, files) = SampleCounts.Read();
        return (counts.ToDictionary(c => (c.Month, c.CrimeType), c => c.Count), files.Select(f => f.Month).ToHashSet());
    });

    private static long RawTotal(IEnumerable<YearMonth> months, string? type = null)
    {
        var set = months.ToHashSet();
        return Raw.Value.Counts.Where(c => set.Contains(c.Key.Month) && (type is null || c.Key.Type == type)).Sum(c => c.Value);
    }

    // Months of the assessment period with a file, and those whose month a year earlier has one too, from the files themselves.
    private static List<YearMonth> RawCurrentMonths => [.. SampleCounts.Period.Current.Months().Where(Raw.Value.Loaded.Contains)];

    private static List<YearMonth> RawMatchedMonths => [.. RawCurrentMonths.Where(m => Raw.Value.Loaded.Contains(m.AddMonths(-12)))];

    private static IEnumerable<KeyFact> Facts(string section) => SampleTrendReport.Section(section).Blocks.OfType<KeyFactsBlock>().SelectMany(b => b.Facts);

    private static ReportTable Table(string id) => SampleTrendReport.Document.Tables().Single(t => t.Id == id);

    // A header ending in "(" is a prefix: the count columns name their months, e.g. "Comparison (Jan–Apr 2024)".
    private static int Column(ReportTable table, string header) =>
        table.Columns.ToList().FindIndex(c => header.EndsWith('(') ? c.Header.StartsWith(header, StringComparison.Ordinal) : c.Header == header);

    /// <summary>Each row of the change tables with the subject a sentence about it starts with, the totals row as the area.</summary>
    private static IEnumerable<(string Subject, IReadOnlyList<TableCell> Row, ReportTable Table)> ChangeRows()
    {
        var types = Table("change-by-type");
        foreach (var row in types.Rows) yield return (row[0].Text!, row, types);
        yield return ($"Recorded crime and ASB in {Area}", types.Totals!, types);
        var themes = Table("change-by-theme");
        foreach (var row in themes.Rows) yield return ($"Crime and ASB under the \u201c{row[0].Text}\u201d theme", row, themes);
    }

    private static string Verdict((string Subject, IReadOnlyList<TableCell> Row, ReportTable Table) row) => row.Row[Column(row.Table, "Verdict")].Text!;

    private static double Cell((string Subject, IReadOnlyList<TableCell> Row, ReportTable Table) row, string header) => row.Row[Column(row.Table, header)].Number!.Value;

    private static long Count(string text) => long.Parse(text, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);

    private static double Decimal(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private static int Months(string word) => word switch
    {
        "one" => 1, "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6, "seven" => 7, "eight" => 8, "nine" => 9,
        _ => int.Parse(word, CultureInfo.InvariantCulture),
    };

    private static IEnumerable<string> SummaryTexts() => SampleTrendReport.Texts(SampleTrendReport.Section("executive-summary"));

    [Fact]
    public void KeyFacts_EachStatesItsMonthsAndMatchesTheFilesAndTheChangeTable()
    {
        var total = ChangeRows().Single(r => r.Subject == $"Recorded crime and ASB in {Area}");
        foreach (var section in new[] { "executive-summary", "overview" })
        {
            var facts = Facts(section).ToList();
            Assert.Equal(["Crimes and ASB incidents recorded", "Change in the months compared", "Rate ratio", "Largest category by volume"], facts.Select(f => f.Label));
            foreach (var fact in facts)
            {
                Assert.False(string.IsNullOrWhiteSpace(fact.Note), $"{section}: '{fact.Label}' states no period");
                Assert.Matches(@"\((one|two|three|four|five|six|seven|eight|nine|\d+) months?( each)?\)", fact.Note!);
                Assert.DoesNotContain("harm", fact.Label + fact.Value + fact.Note, StringComparison.OrdinalIgnoreCase);
            }

            var recorded = PeriodWithCount().Match(facts[0].Note!);
            Assert.True(recorded.Success, facts[0].Note);
            var recordedMonths = MonthPhrase.Parse(recorded.Groups["period"].Value);
            Assert.Equal(RawCurrentMonths, recordedMonths);
            Assert.Equal(recordedMonths.Count, Months(recorded.Groups["n"].Value));
            Assert.Equal(RawTotal(recordedMonths), Count(facts[0].Value));

            var change = TwoCounts().Match(facts[1].Note!);
            Assert.True(change.Success, facts[1].Note);
            var before = MonthPhrase.Parse(change.Groups["pa"].Value);
            var after = MonthPhrase.Parse(change.Groups["pb"].Value);
            Assert.Equal(RawMatchedMonths, after);
            Assert.Equal(after.Select(m => m.AddMonths(-12)), before);
            Assert.Equal(after.Count, Months(change.Groups["n"].Value));
            Assert.Equal(RawTotal(before), Count(change.Groups["a"].Value));
            Assert.Equal(RawTotal(after), Count(change.Groups["b"].Value));
            Assert.Equal(Cell(total, "Comparison ("), Count(change.Groups["a"].Value));
            Assert.Equal(Cell(total, "Assessment ("), Count(change.Groups["b"].Value));
            // Four months compared beside a 12-month total: the tile must say they are not comparable.
            Assert.True(after.Count < recordedMonths.Count);
            Assert.EndsWith($"not comparable with the {recordedMonths.Count}-month total", facts[1].Note, StringComparison.Ordinal);
            Assert.Equal(Verdict(total).StartsWith("Significant", StringComparison.Ordinal), facts[1].Value.StartsWith("Significant", StringComparison.Ordinal));

            var ratio = RatioNote().Match(facts[2].Note!);
            Assert.True(ratio.Success, facts[2].Note);
            Assert.Equal(Math.Round(Cell(total, "Rate ratio"), 2), Decimal(facts[2].Value));
            Assert.Equal(Math.Round(Cell(total, "95% CI low"), 2), Decimal(ratio.Groups["l"].Value));
            Assert.Equal(Math.Round(Cell(total, "95% CI high"), 2), Decimal(ratio.Groups["u"].Value));
            Assert.Equal(after, MonthPhrase.Parse(ratio.Groups["pb"].Value));
            Assert.Equal(before, MonthPhrase.Parse(ratio.Groups["pa"].Value));

            var largest = CountWithPeriod().Match(facts[3].Note!);
            Assert.True(largest.Success, facts[3].Note);
            Assert.Equal(recordedMonths, MonthPhrase.Parse(largest.Groups["period"].Value));
            var rawLargest = Raw.Value.Counts.Keys.Select(k => k.Type).Distinct().MaxBy(t => RawTotal(recordedMonths, t));
            Assert.Equal(rawLargest, facts[3].Value);
            Assert.Equal(RawTotal(recordedMonths, rawLargest), Count(largest.Groups["n"].Value));
        }
    }

    [Fact]
    public void ExecutiveSummary_EveryChangeItStatesIsARowOfTheChangeTablesWithTheSameVerdict()
    {
        var rows = ChangeRows().ToList();
        var stated = 0;
        foreach (var sentence in SummaryTexts())
        {
            if (TotalClaim().Match(sentence) is { Success: true } total)
            {
                var row = rows.Single(r => r.Subject == $"Recorded crime and ASB in {Area}");
                Assert.Equal(RawMatchedMonths.Count, Months(total.Groups["n"].Value));
                Assert.Equal(Cell(row, "Comparison ("), Count(total.Groups["a"].Value));
                Assert.Equal(Cell(row, "Assessment ("), Count(total.Groups["b"].Value));
                Assert.Equal(Verdict(row).StartsWith("Significant", StringComparison.Ordinal), total.Groups["verdict"].Value.StartsWith("a significant", StringComparison.Ordinal));
                stated++;
            }

            foreach (Match m in ChangeClaim().Matches(sentence))
            {
                var row = Assert.Single(rows, r => r.Subject == m.Groups["subject"].Value);
                Assert.Equal(Cell(row, "Comparison ("), Count(m.Groups["a"].Value));
                Assert.Equal(Cell(row, "Assessment ("), Count(m.Groups["b"].Value));
                Assert.Equal(RawMatchedMonths.Count, Months(m.Groups["n"].Value));
                Assert.Equal(m.Groups["way"].Value == "rose" ? "Significant increase" : "Significant decrease", Verdict(row));
                stated++;
            }
        }

        // The area's change and one sentence for each significant row: a sentence the patterns miss would go unchecked.
        Assert.Equal(1 + rows.Count(r => r.Subject != $"Recorded crime and ASB in {Area}" && Verdict(r).StartsWith("Significant", StringComparison.Ordinal)), stated);
    }

    [Fact]
    public void ExecutiveSummary_NamesEverySignificantRowOfTheChangeTablesOrSaysThereIsNone()
    {
        var significant = ChangeRows().Where(r => r.Subject != $"Recorded crime and ASB in {Area}" && Verdict(r).StartsWith("Significant", StringComparison.Ordinal)).ToList();
        var texts = SummaryTexts().ToList();

        foreach (var row in significant)
            Assert.Contains(texts, t => ChangeClaim().Match(t) is { Success: true } m && m.Groups["subject"].Value == row.Subject);
        var none = texts.Any(t => t.StartsWith("No crime type or priority theme changed significantly", StringComparison.Ordinal));
        Assert.Equal(significant.Count == 0, none);
    }

    [Fact]
    public void ExecutiveSummary_TotalAndLargestCategories_MatchTheFilesOverTheMonthsStated()
    {
        var text = string.Join(" ", SummaryTexts());

        var total = RecordedSentence().Match(text);
        Assert.True(total.Success, text);
        var months = MonthPhrase.Parse(total.Groups["period"].Value);
        Assert.Equal(RawCurrentMonths, months);
        Assert.Equal(months.Count, Months(total.Groups["m"].Value));
        Assert.Equal(RawTotal(months), Count(total.Groups["n"].Value));

        var largest = LargestSentence().Match(text);
        Assert.True(largest.Success, text);
        var named = LargestItem().Matches(largest.Groups["list"].Value).Select(m => (m.Groups["type"].Value, Count(m.Groups["n"].Value))).ToList();
        var expected = Raw.Value.Counts.Keys.Select(k => k.Type).Distinct().OrderByDescending(t => RawTotal(months, t)).Take(3)
            .Select(t => (t.ToLowerInvariant(), RawTotal(months, t))).ToList();
        Assert.Equal(expected, named);
    }

    [Fact]
    public void ExecutiveSummary_MakesNoHarmClaim()
    {
        // The harm weights are indicative, so the summary ranks nothing by harm.
        var claims = SummaryTexts().Where(t => t.Contains("harm", StringComparison.OrdinalIgnoreCase)).ToList();

        Assert.True(claims.Count == 0, string.Join(" | ", claims));
        Assert.NotEmpty(SummaryTexts());
    }

    [Fact]
    public void PriorityChapters_GiveTheThemesShareOfRecordsButNoShareOfHarm()
    {
        var chapters = SampleTrendReport.Document.AllSections().Where(s => s.Id.StartsWith("priority-", StringComparison.Ordinal)).ToList();
        var texts = chapters.SelectMany(SampleTrendReport.Texts).ToList();

        Assert.NotEmpty(chapters);
        Assert.DoesNotContain(texts, t => t.Contains("weighted harm", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(texts, t => t.StartsWith("The theme's categories hold ", StringComparison.Ordinal) && t.EndsWith("% of records in the assessment period.", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^(?<period>.+) \((?<n>\w+) months?\)$")]
    private static partial Regex PeriodWithCount();

    [GeneratedRegex(@"^(?<n>[\d,]+) in (?<period>.+) \(\w+ months?\)$")]
    private static partial Regex CountWithPeriod();

    [GeneratedRegex(@"^(?<a>[\d,]+) in (?<pa>.+?), (?<b>[\d,]+) in (?<pb>.+?) \((?<n>\w+) months? each\)(?:; (?<caution>.+))?$")]
    private static partial Regex TwoCounts();

    [GeneratedRegex(@"^95% CI (?<l>[\d.]+) to (?<u>[\d.]+); (?<pb>.+?) against (?<pa>.+?) \(\w+ months? each\)$")]
    private static partial Regex RatioNote();

    [GeneratedRegex(@"^(?<subject>.+) (?<way>rose|fell) from (?<a>[\d,]+) to (?<b>[\d,]+) \([+−-]?\d+%\) in the (?<n>\w+) months? compared\.$")]
    private static partial Regex ChangeClaim();

    [GeneratedRegex(@"^Over the (?<n>\w+) months that can be compared with a year earlier, the total went from (?<a>[\d,]+) to (?<b>[\d,]+): (?<verdict>.+)\.$")]
    private static partial Regex TotalClaim();

    [GeneratedRegex(@"(?<n>[\d,]+) crimes and ASB incidents were recorded in Canterbury in (?<period>.+?) \((?<m>\w+) months?\)\.")]
    private static partial Regex RecordedSentence();

    [GeneratedRegex(@"The largest categories were (?<list>[^.]+)\.")]
    private static partial Regex LargestSentence();

    [GeneratedRegex(@"(?<type>[a-z][a-z -]+?) \((?<n>[\d,]+)\)")]
    private static partial Regex LargestItem();
}
