namespace Assessment.Cli.Tests;

/// <summary><c>assessment validate --publication public OUT</c> on hand-made folders: exit codes and what it lists.</summary>
public sealed class ValidatePublicationTests : IDisposable
{
    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task AFolderWithoutSmallCounts_Passes()
    {
        folder.Write("out/tables/monthly.csv", "month,count\n2025-01,12\n2025-02,0\n");

        var (code, output) = await CliRunner.RunAsync(folder.Path, "validate", "--publication", "public", "out");

        Assert.True(code == 0, output);
        Assert.Contains("Public:", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASmallCount_FailsWithExitOne_NamingFileLineColumnAndValue()
    {
        folder.Write("out/tables/monthly.csv", "month,count\n2025-01,12\n2025-02,3\n");

        var (code, output) = await CliRunner.RunAsync(folder.Path, "validate", "--publication", "public", "out");

        Assert.True(code == 1, output);
        Assert.Contains("tables/monthly.csv line 3, column count: 3", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("restricted")]
    [InlineData(null)]
    public async Task AFolderIsCheckedOnlyForThePublicEdition(string? edition)
    {
        Directory.CreateDirectory(folder.Combine("out"));
        string[] args = edition is null ? ["validate", "out"] : ["validate", "--publication", edition, "out"];

        var (code, output) = await CliRunner.RunAsync(folder.Path, args);

        Assert.Equal(2, code);
        Assert.Contains("--publication public", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingFolder_IsAnError()
    {
        var (code, output) = await CliRunner.RunAsync(folder.Path, "validate", "--publication", "public", "nowhere");

        Assert.Equal(2, code);
        Assert.Contains("does not exist", output, StringComparison.Ordinal);
    }
}
