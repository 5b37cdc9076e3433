using System.Net;
using System.Text.RegularExpressions;

namespace Assessment.Cli.Tests;

/// <summary>
/// Coverage per force and month, end to end: the near-empty-months and partial-force-coverage cases and the real City
/// of London data, each checked against counts of the CSV text made here, not by the store.
/// </summary>
public sealed partial class CoverageRunTests : IClassFixture<CoverageRunTests.Runs>
{
    private const string Canterbury = "Canterbury ";
    private readonly Runs runs;

    public CoverageRunTests(Runs runs) => this.runs = runs;

    private static string Cases => Path.Combine(RepositoryPaths.SharedData, "..", "cases");

    [Fact]
    public void NearEmptyMonths_EveryNearEmptyMonthIsFlaggedAgainstTheUsualLevel()
    {
        var run = runs.NearEmpty;
        var text = new PoliceUkTextCounts(Path.Combine(Cases, "near-empty-months", "policeuk"), Canterbury);
        var months = PoliceUkTextCounts.Months("2024-01", 24);
        var counts = months.Select(m => text.InArea("kent", m)).Order().ToList();
        var median = (counts[11] + counts[12]) / 2.0;
        // Independently: the months far below the usual level of the 24 months (under 60% of their median).
        var low = months.Where(m => text.InArea("kent", m) < 0.6 * median).ToList();
        Assert.Equal(PoliceUkTextCounts.Months("2024-07", 6), low); // the case's README: July to December 2024

        var coverage = run.Csv("coverage.csv");
        Assert.Equal(low, coverage.Where(r => r["status"] == "likely_incomplete").Select(r => r["month"]));
        foreach (var row in coverage)
            Assert.Equal((text.At("kent", row["month"]).Rows.ToString(), text.InArea("kent", row["month"]).ToString()), (row["rows_loaded"], row["in_area"]));
    }

    [Fact]
    public void NearEmptyMonths_OnlySoundMonthsAreComparedAndTheSummarySaysWhy()
    {
        var run = runs.NearEmpty;
        var text = new PoliceUkTextCounts(Path.Combine(Cases, "near-empty-months", "policeuk"), Canterbury);
        var compared = PoliceUkTextCounts.Months("2025-01", 6); // their counterparts, January to June 2024, are sound
        var area = run.Csv("yoy.csv").Single(r => r["level"] == "area");

        Assert.Equal("6", area["months_compared"]);
        Assert.Equal(compared.Sum(m => text.InArea("kent", PoliceUkTextCounts.Shift(m, -12))).ToString(), area["previous"]);
        Assert.Equal(compared.Sum(m => text.InArea("kent", m)).ToString(), area["current"]);
        Assert.DoesNotContain("significant increase", area["verdict"], StringComparison.Ordinal);
        var summary = run.Section("Executive summary", "Introduction");
        Assert.Contains("Only six months could be compared like for like (January to June 2025", summary, StringComparison.Ordinal);
        Assert.Contains("Kent Police: left out of July to December 2025 against July to December 2024 (likely incomplete in July to December 2024).", summary, StringComparison.Ordinal);
        Assert.Contains("Kent Police: left out of July to December 2025 against July to December 2024", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void PartialForceCoverage_CoverageSaysWhichForceMonthsAreMissing()
    {
        var run = runs.Partial;
        var text = new PoliceUkTextCounts(Path.Combine(Cases, "partial-force-coverage", "policeuk"), Canterbury);
        var months = PoliceUkTextCounts.Months("2024-01", 24);
        var coverage = run.Csv("coverage.csv");

        Assert.Equal(["btp", "kent"], text.Forces);
        Assert.Equal(text.Forces.SelectMany(f => months.Select(m => (f, m))), coverage.Select(r => (r["force"], r["month"])));
        foreach (var row in coverage)
        {
            var (force, month) = (row["force"], row["month"]);
            var present = text.Has(force, month);
            Assert.Equal(present ? "complete" : "missing", row["status"]);
            Assert.Equal(present ? text.InArea(force, month).ToString() : "", row["in_area"]);
            // Compared when the force has a file both for the month and for its like-for-like month in the other period.
            var other = PoliceUkTextCounts.Shift(month, month.StartsWith("2024", StringComparison.Ordinal) ? 12 : -12);
            Assert.Equal(present && text.Has(force, other) ? "true" : "false", row["compared"]);
        }

        Assert.Contains("British Transport Police: left out of February to December 2025 against February to December 2024 (no file for February to December 2025).", run.Report, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Theft from the person")]
    [InlineData("Public order")]
    public void PartialForceCoverage_ComparesOnlyForceMonthsPresentInBothPeriods(string? type)
    {
        var run = runs.Partial;
        var text = new PoliceUkTextCounts(Path.Combine(Cases, "partial-force-coverage", "policeuk"), Canterbury);
        var current = PoliceUkTextCounts.Months("2025-01", 12);
        var pairs = text.Forces.SelectMany(f => current.Where(m => text.Has(f, m) && text.Has(f, PoliceUkTextCounts.Shift(m, -12))).Select(m => (f, m))).ToList();
        var row = run.Csv("yoy.csv").Single(r => type is null ? r["level"] == "area" : r["level"] == "crime_type" && r["key"] == type);

        Assert.Equal("12", row["months_compared"]);
        Assert.Equal(pairs.Sum(p => text.InArea(p.f, PoliceUkTextCounts.Shift(p.m, -12), type)).ToString(), row["previous"]);
        Assert.Equal(pairs.Sum(p => text.InArea(p.f, p.m, type)).ToString(), row["current"]);
        Assert.DoesNotContain("significant decrease", row["verdict"], StringComparison.Ordinal);
    }

    [Fact]
    public void CityOfLondon_TwelveAgainstTwelveWithEveryForceMonthSound()
    {
        var run = runs.CityOfLondon;
        var text = new PoliceUkTextCounts(Path.Combine(RepositoryPaths.SharedData, "policeuk", "city-of-london"), "City of London ");
        // The published files repeat a few crimes byte for byte: the copies are rejected (exit 1), nothing else is.
        Assert.True(text.IdenticalCopies > 0, "the City of London files are known to repeat crime rows");
        Assert.True(run.ExitCode == 1, run.Output);
        Assert.Contains($"{text.IdenticalCopies} row(s) rejected", run.Output, StringComparison.Ordinal);
        // The last words a scheduled job's log shows say why the status is 1 and that the outputs were written.
        var flat = string.Join(" ", run.Output.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains($"Exit status 1: {text.IdenticalCopies} rows rejected (listed above and in load_reject); the outputs were written from everything else.", flat, StringComparison.Ordinal);
        var periods = PoliceUkTextCounts.Months("2022-01", 24);
        var coverage = run.Csv("coverage.csv").Where(r => periods.Contains(r["month"])).ToList();

        Assert.Equal(24, coverage.Count);
        Assert.All(coverage, r => Assert.Equal(("city-of-london", "complete", "true"), (r["force"], r["status"], r["compared"])));
        Assert.All(coverage, r => Assert.Equal(text.InArea("city-of-london", r["month"]).ToString(), r["in_area"]));
        Assert.Equal("12", run.Csv("yoy.csv").Single(r => r["level"] == "area")["months_compared"]);
    }

    [Fact]
    public void CityOfLondon_The2023FallInAsbIsInYoyWithCountsOfTheCsvText()
    {
        var run = runs.CityOfLondon;
        var text = new PoliceUkTextCounts(Path.Combine(RepositoryPaths.SharedData, "policeuk", "city-of-london"), "City of London ");
        const string asb = "Anti-social behaviour";
        var previous = PoliceUkTextCounts.Months("2022-01", 12).Sum(m => text.InArea("city-of-london", m, asb));
        var current = PoliceUkTextCounts.Months("2023-01", 12).Sum(m => text.InArea("city-of-london", m, asb));
        var row = run.Csv("yoy.csv").Single(r => r["level"] == "crime_type" && r["key"] == asb);

        Assert.True(current < previous, $"ASB {previous} → {current}");
        Assert.Equal((previous.ToString(), current.ToString()), (row["previous"], row["current"]));
        // The City's share of rows without a location rose from about 6.6% to 8.6%: a located-share ratio of about
        // 0.98, far too small to explain a fall to 0.41, so the fall stays significant.
        Assert.Equal("significant decrease", row["verdict"]);
        Assert.True(double.Parse(row["q_value"], System.Globalization.CultureInfo.InvariantCulture) <= 0.05, row["q_value"]);
        // The console lists it among the significant changes at the end of the run.
        Assert.Matches($@"Crime type\s+.\s+Anti-social behaviour\s+.\s+{previous:N0}\s+.\s+{current:N0}\s+.\s+[0-9.]+ \([0-9.]+–[0-9.]+\)\s+.\s+decrease", run.Output);
    }

    [Fact]
    public void CityOfLondon_EveryYoyRowFollowsTheOneSignificanceRule()
    {
        var rows = runs.CityOfLondon.Csv("yoy.csv");

        Assert.True(YoyRule.Check(rows) > 0, "the City of London comparison has real changes (the ASB fall)");
    }

    [Fact]
    public void CityOfLondon_AllCrimeDispersionIsMonthPairedNotAboutEachYearsMean()
    {
        var run = runs.CityOfLondon;
        var text = new PoliceUkTextCounts(Path.Combine(RepositoryPaths.SharedData, "policeuk", "city-of-london"), "City of London ");
        double[] before = [.. PoliceUkTextCounts.Months("2022-01", 12).Select(m => (double)text.InArea("city-of-london", m))];
        double[] after = [.. PoliceUkTextCounts.Months("2023-01", 12).Select(m => (double)text.InArea("city-of-london", m))];
        // Month-paired: Pearson's X² of the 2 × 12 table (expected nₘ·column share) / 11.
        double total = before.Sum() + after.Sum(), share = after.Sum() / total;
        var paired = Enumerable.Range(0, 12).Sum(i =>
        {
            var n = before[i] + after[i];
            return Math.Pow(before[i] - n * (1 - share), 2) / (n * (1 - share)) + Math.Pow(after[i] - n * share, 2) / (n * share);
        }) / 11;
        // About each year's mean, as before: Σ (x − mean)² / mean over both years / 22.
        var aboutMeans = new[] { before, after }.Sum(y => y.Sum(x => Math.Pow(x - y.Average(), 2) / y.Average())) / 22;
        var area = run.Csv("yoy.csv").Single(r => r["level"] == "area");

        Assert.Equal(paired, double.Parse(area["phi"], System.Globalization.CultureInfo.InvariantCulture), 1e-9);
        Assert.Equal("11", area["df_phi"]);
        // 3.08 month by month (11 df) against 4.19 about each year's mean (22 df): the season both years share is no
        // longer counted as noise.
        Assert.InRange(paired, 2.5, 3.5);
        Assert.InRange(aboutMeans, 3.8, 4.8);
    }

    /// <summary>One finished run: exit code, console output and its output folder.</summary>
    public sealed record Run(int ExitCode, string Output, string Folder)
    {
        /// <summary>The rows of tables/<paramref name="name"/> as column → value (these tables hold no quoted fields).</summary>
        public List<Dictionary<string, string>> Csv(string name)
        {
            var lines = File.ReadAllLines(Path.Combine(Folder, "tables", name));
            var header = lines[0].Split(',');
            return [.. lines.Skip(1).Select(l => header.Zip(l.Split(',')).ToDictionary(p => p.First, p => p.Second))];
        }

        /// <summary>The report's HTML as plain text, whitespace collapsed.</summary>
        public string Report
        {
            get
            {
                var html = File.ReadAllText(Path.Combine(Folder, "strategic-assessment.html"));
                var text = Tags().Replace(Blocks().Replace(html, " "), " ");
                return Spaces().Replace(WebUtility.HtmlDecode(text), " ");
            }
        }

        /// <summary>The report text from the last heading <paramref name="from"/> to the next <paramref name="to"/>.</summary>
        public string Section(string from, string to)
        {
            var report = Report;
            var start = report.LastIndexOf(from, StringComparison.Ordinal);
            var end = report.IndexOf(to, start, StringComparison.Ordinal);
            return report[start..end];
        }
    }

    /// <summary>Runs each input once for the whole class.</summary>
    public sealed class Runs : IAsyncLifetime, IDisposable
    {
        private readonly TemporaryDirectory folder = new();

        public Run NearEmpty { get; private set; } = null!;

        public Run Partial { get; private set; } = null!;

        public Run CityOfLondon { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            NearEmpty = await CaseAsync("near-empty-months");
            Partial = await CaseAsync("partial-force-coverage");
            var config = folder.Combine("city-of-london.yaml");
            File.WriteAllText(config,
                $"""
                partnership: City of London
                area:
                  name: City of London
                  lsoa_name_prefix: "City of London "
                period:
                  end_month: 2023-12
                  months: 12
                inputs:
                  police_uk: ["{Path.Combine(RepositoryPaths.SharedData, "policeuk", "city-of-london")}"]
                """);
            var output = folder.Combine("city-of-london");
            var (code, text) = await CliRunner.RunAsync(RepositoryPaths.Root, "run", "--config", config, "--out", output, "--store", folder.Combine("col.duckdb"));
            CityOfLondon = new Run(code, text, output);
        }

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose() => folder.Dispose();

        private async Task<Run> CaseAsync(string name)
        {
            var output = folder.Combine(name);
            var (code, text) = await CliRunner.RunAsync(RepositoryPaths.Root, "run", "-i", Path.Combine(Cases, name, "policeuk"),
                "--end-month", "2025-12", "--months", "12", "--out", output, "--store", folder.Combine(name + ".duckdb"));
            Assert.True(code == 0, text);
            return new Run(code, text, output);
        }
    }

    [GeneratedRegex("<(style|script)[^>]*>.*?</\\1>", RegexOptions.Singleline)]
    private static partial Regex Blocks();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex("\\s+")]
    private static partial Regex Spaces();
}
