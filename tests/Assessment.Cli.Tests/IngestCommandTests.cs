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

    private static string Case(string name) => Path.GetFullPath(Path.Combine(RepositoryPaths.SharedData, "..", "cases", name, "policeuk"));

    /// <summary>Copies a case's files under <paramref name="folder"/>/in, so the paths shown are short and known.</summary>
    private static string CopyCase(TemporaryDirectory folder, string name)
    {
        foreach (var file in Directory.EnumerateFiles(Case(name), "*.csv", SearchOption.AllDirectories))
            folder.Write(Path.Combine("in", Path.GetRelativePath(Case(name), file)), File.ReadAllBytes(file));
        return folder.Combine("in");
    }

    [Fact]
    public async Task Validate_RowsOfAnotherMonthCase_ReportsEachRowWithFileLineAndColumnNotValid()
    {
        using var folder = new TemporaryDirectory();
        var november = File.ReadAllLines(Path.Combine(Case("rows-of-another-month"), "2025-11", "2025-11-kent-street.csv"));
        var foreign = Enumerable.Range(0, november.Length).Where(i => i > 0 && november[i].Split(',')[1] != "2025-11").Select(i => i + 1).ToArray();

        var (code, output) = await CliRunner.RunAsync(folder.Path, ["validate", .. CliRunner.SampleArgs(folder, "--input", CopyCase(folder, "rows-of-another-month"))]);

        Assert.Equal(1, code);
        Assert.DoesNotContain("Valid:", output, StringComparison.Ordinal);
        Assert.Contains("Problems found", output, StringComparison.Ordinal);
        Assert.Contains($"rejected: in/2025-11/2025-11-kent-street.csv, line {foreign[0]}, column \"Month\": Month is 2025-12 but the file is for 2025-11", output, StringComparison.Ordinal);
        Assert.Contains($"{foreign.Length} row(s) rejected", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_DoubledLineEndingsCase_RefusesInTheUsersTermsWithTheRepair()
    {
        using var folder = new TemporaryDirectory();

        var (code, output) = await CliRunner.RunAsync(folder.Path, ["ingest", .. CliRunner.SampleArgs(folder, "--input", CopyCase(folder, "doubled-line-endings"))]);

        Assert.Equal(1, code);
        Assert.Contains("refused: in/2025-06/2025-06-kent-street.csv: every line ends with two carriage returns and a line feed (CR CR LF)", output, StringComparison.Ordinal);
        Assert.Contains("sed -i 's/\\r\\r$/\\r/' 2025-06-kent-street.csv", output, StringComparison.Ordinal);
        Assert.DoesNotContain("strict_mode", output, StringComparison.Ordinal);
    }
}
