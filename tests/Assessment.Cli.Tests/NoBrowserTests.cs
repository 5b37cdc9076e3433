namespace Assessment.Cli.Tests;

/// <summary>A run without a browser writes what it can and marks the output folder incomplete.</summary>
public sealed class NoBrowserTests
{
    [Fact]
    public async Task Run_BrowserMissing_WritesHtmlSpecsAndTablesAndSaysWhatToInstall()
    {
        using var folder = new TemporaryDirectory();

        var (code, output) = await CliRunner.RunAsync(RepositoryPaths.Root, ["run", .. CliRunner.SampleArgs(folder, "--browser", folder.Combine("no-such-browser"))]);

        Assert.Equal(2, code);
        Assert.Contains("the PDF was not written", output, StringComparison.Ordinal);
        Assert.Contains("apt-get install chromium", output, StringComparison.Ordinal);
        Assert.True(File.Exists(folder.Combine("out", "strategic-assessment.html")));
        Assert.False(File.Exists(folder.Combine("out", "strategic-assessment.pdf")));
        Assert.NotEmpty(Directory.GetFiles(folder.Combine("out", "charts"), "*.vl.json"));
        Assert.True(File.Exists(folder.Combine("out", "tables", "counts_by_month.csv")));
        Assert.True(File.Exists(folder.Combine("out", "tables", "change-by-type.csv")));
        var marker = File.ReadAllText(folder.Combine("out", "INCOMPLETE-RUN.txt"));
        Assert.Contains("the PDF and the chart images were not written", marker, StringComparison.Ordinal);
        Assert.Contains("the output folder is marked incomplete (INCOMPLETE-RUN.txt)", output, StringComparison.Ordinal);
    }
}
