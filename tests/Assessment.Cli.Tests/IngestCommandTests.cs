namespace Assessment.Cli.Tests;

public sealed class IngestCommandTests
{
    [Fact]
    public async Task Ingest_Sample_LoadsAllFilesThenSkipsThemOnTheSecondRun()
    {
        using var folder = new TemporaryDirectory();

        var (firstCode, first) = await CliRunner.RunAsync(folder.Path, ["ingest", .. CliRunner.SampleArgs(folder)]);
        var (secondCode, second) = await CliRunner.RunAsync(folder.Path, ["ingest", .. CliRunner.SampleArgs(folder)]);

        Assert.Equal(0, firstCode);
        Assert.Matches(@"Loaded\s+.\s+16\s+.\s+22,847\s+.\s+22,847\s+.\s+0", first);
        Assert.Equal(0, secondCode);
        Assert.Matches(@"Already loaded, unchanged\s+.\s+16\s+.\s+22,847", second);
        Assert.Contains("22,847 in the area", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_FileWithRejectedRow_ExitsOneAndNamesFileLineAndColumn()
    {
        using var folder = new TemporaryDirectory();
        var sample = File.ReadAllLines(Path.Combine(RepositoryPaths.DataSamples, "policeuk", "kent", "2025-03", "2025-03-kent-street.csv"));
        var fields = sample[5].Split(',');
        fields[4] = "east"; // Longitude
        sample[5] = string.Join(',', fields);
        folder.Write("in/2025-03-kent-street.csv", string.Join('\n', sample) + "\n");

        var (code, output) = await CliRunner.RunAsync(folder.Path, ["ingest", .. CliRunner.SampleArgs(folder, "--input", folder.Combine("in"))]);

        Assert.Equal(1, code);
        Assert.Contains("rejected: in/2025-03-kent-street.csv, line 6, column \"Longitude\"", output, StringComparison.Ordinal);
        Assert.Contains("1 row(s) rejected", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_WrongHeader_ExitsOneAndShowsExpectedAndFoundColumns()
    {
        using var folder = new TemporaryDirectory();
        folder.Write("in/2025-01-kent-street.csv", "id,when,what\n1,2025-01,Burglary\n");

        var (code, output) = await CliRunner.RunAsync(folder.Path, ["ingest", .. CliRunner.SampleArgs(folder, "--input", folder.Combine("in"))]);

        Assert.Equal(1, code);
        Assert.Contains("refused: in/2025-01-kent-street.csv: the header is not the police.uk street-level header", output, StringComparison.Ordinal);
        Assert.Contains("Found: id,when,what", output, StringComparison.Ordinal);
    }
}
