namespace Assessment.Cli.Tests;

/// <summary>The main job on the sample data: the output contract, repeatability and independent counts.</summary>
public sealed class RunCommandTests : IClassFixture<RunCommandTests.SampleRuns>
{
    private readonly SampleRuns runs;

    public RunCommandTests(SampleRuns runs) => this.runs = runs;

    [Fact]
    public void Run_Sample_Succeeds()
    {
        Assert.True(runs.FirstExitCode == 0, runs.FirstOutput);
        Assert.Equal(0, runs.SecondExitCode);
    }

    [Fact]
    public void Run_Twice_WritesIdenticalCountsByMonth()
    {
        Assert.Equal(runs.FirstCounts, runs.SecondCounts);
    }

    [Fact]
    public void CountsByMonth_MatchesACountOfTheCsvText()
    {
        var expected = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.DataSamples, "policeuk"), "*-street.csv", SearchOption.AllDirectories)
            .SelectMany(p => File.ReadLines(p).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')))
            .GroupBy(r => $"Canterbury,{r[1]},{r[9]}")
            .Select(g => $"{g.Key},{g.Count()}")
            .Order(StringComparer.Ordinal);

        var lines = runs.FirstCounts.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("area,month,crime_type,count", lines[0]);
        Assert.Equal(expected, lines.Skip(1).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void DataQuality_HasOneBalancedRowPerInputFile()
    {
        var lines = File.ReadAllLines(runs.Folder.Combine("out", "data_quality.csv"));

        Assert.Equal("file,force,month,rows_read,rows_loaded,rows_rejected,no_location,outside_area,duplicate_crime_ids", lines[0]);
        Assert.Equal(16, lines.Length - 1);
        foreach (var row in lines.Skip(1).Select(l => l.Split(',')))
        {
            Assert.Equal("kent", row[1]);
            Assert.Equal(long.Parse(row[3]), long.Parse(row[4]) + long.Parse(row[5]));
            Assert.Equal("0", row[7]); // the sample holds only Canterbury rows
        }
        Assert.Contains(lines, l => l.StartsWith("data-samples/policeuk/kent/2024-01/2024-01-kent-street.csv,kent,2024-01,1264,1264,0,0,0,", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_SecondTime_SaysFilesWereAlreadyLoaded()
    {
        Assert.Contains("Already loaded, unchanged", runs.SecondOutput, StringComparison.Ordinal);
        Assert.Contains("Timings:", runs.SecondOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Sample_WritesThePdfAndHtmlAndSaysHowLongTheReportTook()
    {
        var pdf = runs.Folder.Combine("out", "strategic-assessment.pdf");
        Assert.True(File.Exists(pdf), runs.FirstOutput);
        Assert.True(File.Exists(runs.Folder.Combine("out", "strategic-assessment.html")));
        Assert.Matches(@"Report stage \d+\.\d\d s", runs.FirstOutput);
        var text = Poppler.Text(pdf);
        Assert.Contains("Strategic Assessment 2025", text, StringComparison.Ordinal);
        Assert.Contains("17,586", text, StringComparison.Ordinal); // 2025 rows in the sample: 22,847 − 5,261 (Jan–Apr 2024)
    }

    [Fact]
    public void Run_Sample_SavesEveryChartAsSpecSvgAndPng()
    {
        var specs = Directory.GetFiles(runs.Folder.Combine("out", "charts"), "*.vl.json");

        Assert.NotEmpty(specs);
        foreach (var spec in specs)
        {
            var stem = spec[..^".vl.json".Length];
            Assert.True(File.Exists(stem + ".svg"), $"{stem}.svg missing");
            Assert.True(File.Exists(stem + ".png"), $"{stem}.png missing");
        }
    }

    [Fact]
    public void Run_Sample_ListsTheSignificantChangesAtTheEnd()
    {
        // Shoplifting is the one crime type whose change is significant in the sample; its counts are recounted here
        // from the CSV text for the months both periods have (January–April).
        var rows = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.DataSamples, "policeuk"), "*-street.csv", SearchOption.AllDirectories)
            .SelectMany(p => File.ReadLines(p).Skip(1).Select(l => l.Split(',')))
            .Where(r => r.Length > 9 && r[9] == "Shoplifting" && string.CompareOrdinal(r[1][5..], "04") <= 0).ToArray();
        var before = rows.Count(r => r[1].StartsWith("2024", StringComparison.Ordinal));
        var after = rows.Count(r => r[1].StartsWith("2025", StringComparison.Ordinal));
        Assert.Matches($@"Crime type\s+.\s+Shoplifting\s+.\s+{before:N0}\s+.\s+{after:N0}", runs.FirstOutput);
        Assert.Contains("4 months compared", runs.FirstOutput, StringComparison.Ordinal);
    }

    /// <summary>Runs the main job twice on the sample data (the slow part, shared by the tests above).</summary>
    public sealed class SampleRuns : IDisposable
    {
        public SampleRuns()
        {
            string[] args = ["run", .. CliRunner.SampleArgs(Folder)];
            (FirstExitCode, FirstOutput) = CliRunner.RunAsync(RepositoryPaths.Root, args).GetAwaiter().GetResult();
            FirstCounts = File.ReadAllText(Folder.Combine("out", "tables", "counts_by_month.csv"));
            (SecondExitCode, SecondOutput) = CliRunner.RunAsync(RepositoryPaths.Root, args).GetAwaiter().GetResult();
            SecondCounts = File.ReadAllText(Folder.Combine("out", "tables", "counts_by_month.csv"));
        }

        public TemporaryDirectory Folder { get; } = new();

        public int FirstExitCode { get; }

        public string FirstOutput { get; }

        public string FirstCounts { get; }

        public int SecondExitCode { get; }

        public string SecondOutput { get; }

        public string SecondCounts { get; }

        public void Dispose() => Folder.Dispose();
    }
}
