namespace Assessment.Cli.Tests;

/// <summary>An end month past the download's last month: the console says where the data ends and how to set it.</summary>
public sealed class PeriodPastDataTests : IDisposable
{
    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Run_EndMonthPastTheData_SaysWhereTheDataEndsAndHowToSetIt()
    {
        // The last month of the sample, read from its folder names rather than from the run.
        var last = Directory.EnumerateDirectories(Path.Combine(RepositoryPaths.DataSamples, "policeuk", "kent")).Select(Path.GetFileName).Max(StringComparer.Ordinal);

        var (code, output) = await CliRunner.RunAsync(RepositoryPaths.Root, "run", "--config", Path.Combine(RepositoryPaths.DataSamples, "assessment.yaml"),
            "--end-month", "2026-06", "--out", folder.Combine("out"), "--store", folder.Combine("store.duckdb"));

        Assert.True(code == 0, output);
        var text = string.Join(" ", output.Split('\n', StringSplitOptions.TrimEntries));
        Assert.Contains($"note: the in-area data ends in {last}; if that is the assessment year you meant, set period.end_month: {last}", text, StringComparison.Ordinal);
    }
}
