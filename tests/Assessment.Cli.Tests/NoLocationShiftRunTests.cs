using System.Globalization;

namespace Assessment.Cli.Tests;

/// <summary>
/// End to end: real Kent rows in which every third 2025 row lost its location (Fixtures/no-location-shift, made by its
/// make_fixture.py). The area's count falls by exactly the share that lost its location, so the fall that a test
/// against "no change" finds is the artefact: the verdict is "data cannot tell", outside the q-value family. Shares
/// and counts are taken here from the CSV text.
/// </summary>
public sealed class NoLocationShiftRunTests : IClassFixture<NoLocationShiftRunTests.Runs>
{
    private readonly CoverageRunTests.Run run;

    public NoLocationShiftRunTests(Runs runs) => run = runs.Run;

    private static string Input => Path.Combine(RepositoryPaths.Root, "tests", "Assessment.Cli.Tests", "Fixtures", "no-location-shift", "policeuk");

    /// <summary>(rows without a location, data rows) over the Kent files of one year, from the CSV text.</summary>
    private static (long NoLocation, long Rows) Share(int year)
    {
        var lines = Directory.GetFiles(Input, $"{year}-*-kent-street.csv", SearchOption.AllDirectories)
            .SelectMany(f => File.ReadLines(f).Skip(1)).Where(l => l.Length > 0).ToList();
        return (lines.Count(l => l.Split(',')[4].Length == 0), lines.Count);
    }

    private static string Percent(double share) => (100 * share).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    [Fact]
    public void AreaFallThatTheLostLocationsExplain_IsDataCannotTellOutsideTheFamily()
    {
        var yoy = run.Csv("yoy.csv");
        var area = yoy.Single(r => r["level"] == "area");
        var p = double.Parse(area["p_value"], CultureInfo.InvariantCulture);

        Assert.Equal(("360", "240"), (area["previous"], area["current"]));
        // Against "no change" the fall would be significant in any family of this size (m·p ≤ 5%)...
        Assert.True(p * yoy.Count <= 0.05, $"p {p} over {yoy.Count} rows");
        // ...but a third of 2025's rows lost their location, which alone makes 360 into 240.
        Assert.Equal(("data cannot tell", ""), (area["verdict"], area["q_value"]));
        YoyRule.Check(yoy);
        var untold = yoy.Count(r => r["verdict"] == "data cannot tell");
        Assert.Contains($"{untold} comparison(s): data cannot tell", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_SaysWhyWithTheSharesOfTheCsvText()
    {
        var (before, after) = (Share(2024), Share(2025));
        double p1 = (double)before.NoLocation / before.Rows, p2 = (double)after.NoLocation / after.Rows;
        var effect = 1 - (1 - p2) / (1 - p1);

        Assert.True(p2 > p1, "the fixture raises the share");
        Assert.Contains($"the share of Kent Police's records without a location rose from {Percent(p1)} to {Percent(p2)}, which alone would lower the area's count by {Percent(effect)}; " +
                        "allowing for that could change the verdict, so the data cannot tell whether there was a real change.", run.Report, StringComparison.Ordinal);
    }

    /// <summary>Runs the fixture once for the class.</summary>
    public sealed class Runs : IAsyncLifetime, IDisposable
    {
        private readonly TemporaryDirectory folder = new();

        public CoverageRunTests.Run Run { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            var output = folder.Combine("out");
            var (code, text) = await CliRunner.RunAsync(RepositoryPaths.Root, "run", "-i", Input,
                "--end-month", "2025-12", "--months", "12", "--out", output, "--store", folder.Combine("store.duckdb"));
            Assert.True(code == 0, text);
            Run = new CoverageRunTests.Run(code, text, output);
        }

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose() => folder.Dispose();
    }
}
