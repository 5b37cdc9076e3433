using Assessment.Files.Output;
using Xunit.Abstractions;

namespace Assessment.Cli.Tests;

/// <summary>A run whose disk fills up while the report is being written keeps the previous report whole.</summary>
public sealed class FullDiskTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Run_DiskFillsWhileTheReportIsWritten_PreviousPdfHtmlAndCsvsAreByteIdenticalAndTheFolderIsMarked()
    {
        using var folder = new TemporaryDirectory();
        using var disk = new SmallTmpfs(32);
        var outDir = disk.Combine("out");
        string[] args = ["run", "--config", Path.Combine(RepositoryPaths.DataSamples, "assessment.yaml"), "--out", outDir, "--store", folder.Combine("store.duckdb")];
        var (firstCode, firstOutput) = await CliRunner.RunAsync(RepositoryPaths.Root, args);
        Assert.True(firstCode == 0, firstOutput);
        var before = OutputSnapshot.Take(outDir);

        // The analysis tables are written before the report is rendered; once the last of them is in place the
        // browser is still drawing and printing for seconds, so the disk is filled before the report's first file.
        var lastTable = Path.Combine(outDir, "tables", "points_left_out.csv");
        var tablesWrittenBefore = File.GetLastWriteTimeUtc(lastTable);
        var run = CliRunner.RunAsync(RepositoryPaths.Root, args);
        while (File.GetLastWriteTimeUtc(lastTable) == tablesWrittenBefore && !run.IsCompleted) await Task.Delay(20);
        if (run.IsCompleted) Assert.Fail("The run ended before its tables were written: " + (await run).Output);
        disk.LeaveFree(8 * 1024);
        var (code, text) = await run;
        output.WriteLine(text);

        Assert.Equal(2, code);
        Assert.Contains("No space left on device", text, StringComparison.Ordinal);
        Assert.Contains("was not written (any previous version is unchanged)", text, StringComparison.Ordinal);
        Assert.Empty(before.Changed());
        Assert.Empty(OutputSnapshot.Leftovers(outDir));
        Assert.True(IncompleteRunMarker.IsPresent(outDir));
        Assert.Contains("THIS FOLDER IS INCOMPLETE", File.ReadAllText(Path.Combine(outDir, IncompleteRunMarker.FileName)), StringComparison.Ordinal);
    }
}
