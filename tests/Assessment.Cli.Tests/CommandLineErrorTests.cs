namespace Assessment.Cli.Tests;

public sealed class CommandLineErrorTests
{
    [Fact]
    public async Task Run_MissingConfiguration_ExitsTwoAndSaysWhatToDo()
    {
        using var folder = new TemporaryDirectory();

        var (code, output) = await CliRunner.RunAsync(folder.Path, "run");

        Assert.Equal(2, code);
        Assert.Contains("Configuration file not found", output, StringComparison.Ordinal);
        Assert.Contains("--config", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_UnknownOption_ExitsTwo()
    {
        using var folder = new TemporaryDirectory();

        var (code, output) = await CliRunner.RunAsync(folder.Path, "run", "--colour", "blue");

        Assert.Equal(2, code);
        Assert.Contains("--colour", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_BadEndMonth_ExitsTwoNamingTheOption()
    {
        using var folder = new TemporaryDirectory();

        var (code, output) = await CliRunner.RunAsync(folder.Path, ["run", .. CliRunner.SampleArgs(folder, "--end-month", "Dec 2025")]);

        Assert.Equal(2, code);
        Assert.Contains("--end-month is \"Dec 2025\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ActionPlanWithAnUnknownMetric_ExitsTwoNamingTheLineAndTheMetrics()
    {
        using var folder = new TemporaryDirectory();
        var config = TestConfiguration.Write(folder, "lsoa_name_prefix: \"Dover \"", "policeuk");
        File.AppendAllText(config, "\naction_plan: plan.yaml\n");
        folder.Write("plan.yaml", "priorities:\n  - name: ASB\n    actions:\n      - action: Tackle graffiti\n        measures:\n          - measure: Graffiti\n            metric: graffiti.count\n            direction: reduce\n");

        var (code, output) = await CliRunner.RunAsync(folder.Path, "run", "--config", config);

        Assert.Equal(2, code);
        Assert.Contains("plan.yaml, line 7, column 21: unknown metric \"graffiti.count\"; the metrics are: police_uk.count, police_uk.rate_per_1000, asb_cases.count.", output.Replace("\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_NoStreetFiles_ExitsTwo()
    {
        using var folder = new TemporaryDirectory();
        folder.Write("in/notes.txt", "nothing here");

        var (code, output) = await CliRunner.RunAsync(folder.Path, ["ingest", .. CliRunner.SampleArgs(folder, "--input", folder.Combine("in"))]);

        Assert.Equal(2, code);
        Assert.Contains("no police.uk street-level files", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_Sample_PassesAndWritesNothing()
    {
        using var folder = new TemporaryDirectory();

        var (code, output) = await CliRunner.RunAsync(folder.Path, ["validate", .. CliRunner.SampleArgs(folder)]);

        Assert.Equal(0, code);
        Assert.Contains("Valid:", output, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.Combine("store.duckdb")));
        Assert.False(Directory.Exists(folder.Combine("out")));
    }
}
