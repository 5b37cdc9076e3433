using System.Text.Json;
using Assessment.Core.Results;

namespace Assessment.Cli.Tests;

/// <summary>
/// The changes since the previous assessment on real data: the City of London for 2022, then for 2023 with
/// <c>previous:</c> pointing at the first run's assessment.json. Counts are checked against
/// Fixtures/city-of-london-changes/counts.json, made from the CSV text by the Python script beside it.
/// </summary>
public sealed class ChangesRunTests(ChangesRunTests.Runs runs) : IClassFixture<ChangesRunTests.Runs>
{
    private static JsonElement Reference => JsonDocument.Parse(File.ReadAllText(
        Path.Combine(RepositoryPaths.Root, "tests", "Assessment.Cli.Tests", "Fixtures", "city-of-london-changes", "counts.json"))).RootElement;

    private static Dictionary<string, long> ReferenceCounts(string year) =>
        Reference.GetProperty(year).GetProperty("by_crime_type").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt64());

    // From the chapter's own first words: its title also appears in the contents and the statutory checklist appendix.
    private string Changes => runs.Second.Section("This chapter sets this assessment", "Appendix: methods and statistics");

    [Fact]
    public void BothRuns_WriteAssessmentJsonThatTheSchemaAccepts()
    {
        // Exit 1: the City of London files repeat a few crime rows, which are rejected and listed; everything else is written.
        Assert.True(runs.First.ExitCode == 1, runs.First.Output);
        Assert.True(runs.Second.ExitCode == 1, runs.Second.Output);
        Assert.Empty(AssessmentSchema.Errors(File.ReadAllText(Path.Combine(runs.First.Folder, "assessment.json"))));
        Assert.Empty(AssessmentSchema.Errors(File.ReadAllText(Path.Combine(runs.Second.Folder, "assessment.json"))));
        Assert.Contains("Previous assessment: January 2022 to December 2022", runs.Second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void AssessmentJson_CrimeCountsMatchTheCountOfTheCsvText()
    {
        var first = runs.FirstDocument.CrimeCounts.ToDictionary(c => c.CrimeType, c => c.CurrentCount);
        var second = runs.SecondDocument.CrimeCounts.ToDictionary(c => (c.CrimeType), c => (c.PreviousCount, c.CurrentCount));

        Assert.Equal(ReferenceCounts("2022"), first);
        Assert.Equal(ReferenceCounts("2022"), second.ToDictionary(p => p.Key, p => p.Value.PreviousCount));
        Assert.Equal(ReferenceCounts("2023"), second.ToDictionary(p => p.Key, p => p.Value.CurrentCount));
        Assert.Equal(("2022-01", "2022-12", 4), (runs.FirstDocument.Run.CurrentPeriod.First, runs.FirstDocument.Run.CurrentPeriod.Last, runs.FirstDocument.Run.ComparisonMonthsLoaded));
    }

    [Fact]
    public void FirstRun_WithoutPrevious_ChangesChapterIsOneSentence()
    {
        var chapter = runs.First.Section("No previous assessment was given", "Appendix: methods and statistics");

        Assert.Contains("No previous assessment was given, so changes since it are not set out; to include them, give last year's assessment.json as previous:", chapter, StringComparison.Ordinal);
        Assert.DoesNotContain("Levels then and now", chapter, StringComparison.Ordinal);
    }

    [Fact]
    public void SecondRun_HeadlineCountsThenAndNowAreTheCsvCounts()
    {
        var then = Reference.GetProperty("2022").GetProperty("total").GetInt64();
        var now = Reference.GetProperty("2023").GetProperty("total").GetInt64();
        var rows = runs.Second.Csv("changes-levels-table.csv").ToDictionary(r => r["Crime type"]);

        Assert.Contains($"The previous assessment counted {then:N0} crimes and ASB incidents in City of London over January 2022 to December 2022; " +
            $"this one counts {now:N0} over January 2023 to December 2023, +{now - then:N0} on the previous figure.", Changes, StringComparison.Ordinal);
        Assert.Contains("is not itself a tested change", Changes, StringComparison.Ordinal);
        Assert.DoesNotContain("overlap", Changes, StringComparison.Ordinal);
        foreach (var (type, count) in ReferenceCounts("2022"))
        {
            Assert.Equal(count.ToString(System.Globalization.CultureInfo.InvariantCulture), rows[type]["Previous assessment"]);
            Assert.Equal(ReferenceCounts("2023")[type].ToString(System.Globalization.CultureInfo.InvariantCulture), rows[type]["This assessment"]);
        }
    }

    [Fact]
    public void SecondRun_SignificantChangesShowEachRunsOwnVerdict()
    {
        var then = runs.FirstDocument.YearOnYear.Single(r => r.Key == "Anti-social behaviour");
        var now = runs.SecondDocument.YearOnYear.Single(r => r.Key == "Anti-social behaviour");
        var row = runs.Second.Csv("changes-significant-table.csv").Single(r => r["Series"] == "Anti-social behaviour");

        // The real fall in recorded ASB during 2023 (846 to 350 in the CSV text).
        Assert.Equal(VerdictNames.SignificantDecrease, now.Verdict);
        Assert.StartsWith("significant fall (−", row["This assessment"], StringComparison.Ordinal);
        Assert.StartsWith(then.IsSignificant ? "significant" : "no significant change", row["Previous assessment"], StringComparison.Ordinal);
        // The 2022 run had only September to December 2021 to compare with.
        Assert.Equal(4, then.MonthsCompared);
        Assert.EndsWith("; 4 of 12 months compared", row["Previous assessment"], StringComparison.Ordinal);
        Assert.Equal(
            runs.FirstDocument.YearOnYear.Concat(runs.SecondDocument.YearOnYear).Where(r => r.IsSignificant && r.Level != "ward").Select(r => r.Label).Distinct().Order(StringComparer.Ordinal),
            runs.Second.Csv("changes-significant-table.csv").Select(r => r["Series"]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void SecondRun_PrioritiesMeasuresAndHotspotsSayWhatTheDocumentsHold()
    {
        var before = runs.FirstDocument.Hotspots.Select(h => h.Identity).ToHashSet();
        var after = runs.SecondDocument.Hotspots.Select(h => h.Identity).ToHashSet();
        var both = after.Count(before.Contains);

        Assert.Contains("Neither assessment was run with configured priorities.", Changes, StringComparison.Ordinal);
        // Every run scores a prioritisation, so both documents have one and the rank moves are set out from them.
        var recommendedThen = runs.FirstDocument.Prioritisation!.Candidates.Where(c => c.Recommended).Select(c => c.Name).ToHashSet();
        var added = runs.SecondDocument.Prioritisation!.Candidates.Where(c => c.Recommended && !recommendedThen.Contains(c.Name)).Select(c => c.Name).ToList();
        Assert.Contains($"Recommended priorities added since the previous assessment: {(added.Count == 0 ? "none" : string.Join("; ", added))}.", Changes, StringComparison.Ordinal);
        Assert.Equal(runs.SecondDocument.Prioritisation.Candidates.Select(c => c.Name), runs.Second.Csv("changes-ranks-table.csv").Select(r => r["Issue"]));
        Assert.Contains("Neither assessment has action-plan measures", Changes, StringComparison.Ordinal);
        Assert.NotEmpty(after);
        Assert.Contains($"the police.uk location of its busiest map point. {both} {(both == 1 ? "hotspot is" : "hotspots are")} in both; " +
            $"{after.Count(h => !before.Contains(h))} appeared and {before.Count(h => !after.Contains(h))} went.", Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rerun_WithALaterAssessmentAsPrevious_IsRefusedBeforeLoadingAnything()
    {
        var later = Path.Combine(runs.Second.Folder, "assessment.json");

        var (code, output) = await CliRunner.RunAsync(RepositoryPaths.Root, "run", "--config", runs.FirstConfig, "--previous", later,
            "--out", runs.Folder.Combine("refused"), "--store", runs.Folder.Combine("refused.duckdb"));

        Assert.Equal(2, code);
        Assert.Contains($"{later} assesses January 2023 to December 2023, which does not end before this assessment's period (January 2022 to December 2022)", output.ReplaceLineEndings(""), StringComparison.Ordinal);
        Assert.False(File.Exists(runs.Folder.Combine("refused.duckdb")));
    }

    /// <summary>The two runs, on one store (the second loads nothing new).</summary>
    public sealed class Runs : IAsyncLifetime, IDisposable
    {
        public TemporaryDirectory Folder { get; } = new();

        public CoverageRunTests.Run First { get; private set; } = null!;

        public CoverageRunTests.Run Second { get; private set; } = null!;

        public AssessmentResultsDocument FirstDocument { get; private set; } = null!;

        public AssessmentResultsDocument SecondDocument { get; private set; } = null!;

        public string FirstConfig => Folder.Combine("2022", "city-of-london.yaml");

        public async Task InitializeAsync()
        {
            First = await RunAsync("2022", null);
            // previous: is relative to the configuration file, as every path in it is.
            Second = await RunAsync("2023", "../2022/out/assessment.json");
            FirstDocument = AssessmentResultsJson.Deserialize(File.ReadAllText(Path.Combine(First.Folder, "assessment.json")));
            SecondDocument = AssessmentResultsJson.Deserialize(File.ReadAllText(Path.Combine(Second.Folder, "assessment.json")));
        }

        private async Task<CoverageRunTests.Run> RunAsync(string year, string? previous)
        {
            var config = Folder.Write(Path.Combine(year, "city-of-london.yaml"), $"""
                partnership: City of London
                area:
                  name: City of London
                  lsoa_name_prefix: "City of London "
                period:
                  end_month: {year}-12
                  months: 12
                inputs:
                  police_uk: ["{Path.Combine(RepositoryPaths.SharedData, "policeuk", "city-of-london")}"]
                output: out
                {(previous is null ? "" : $"previous: {previous}")}
                """);
            var (code, text) = await CliRunner.RunAsync(RepositoryPaths.Root, "run", "--config", config, "--store", Folder.Combine("col.duckdb"));
            return new CoverageRunTests.Run(code, text, Folder.Combine(year, "out"));
        }

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose() => Folder.Dispose();
    }
}
