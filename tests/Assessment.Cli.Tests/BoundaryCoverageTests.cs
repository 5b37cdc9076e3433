using System.Text.RegularExpressions;

namespace Assessment.Cli.Tests;

/// <summary>A boundary file of another district is refused by name before any table is written.</summary>
public sealed partial class BoundaryCoverageTests : IDisposable
{
    private static readonly string DoverWards = Path.Combine(RepositoryPaths.SharedData, "geography", "boundaries", "ward25", "E07000108.geojson");

    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    private string Config(string boundaries) =>
        TestConfiguration.Write(folder, "lsoa_name_prefix: \"Canterbury \"", Path.Combine(RepositoryPaths.DataSamples, "policeuk"), boundaries);

    [Fact]
    public async Task WardFileOfAnotherDistrict_WithoutLsoaFile_IsRefusedAfterLoadingNamingTheFile()
    {
        var config = Config($"  wards: {DoverWards}");

        var (code, output) = await CliRunner.RunAsync(folder.Path, "run", "--config", config);

        Assert.Equal(2, code);
        var text = Flat(output);
        Assert.Contains($"{DoverWards}: only 0 of the ", text, StringComparison.Ordinal);
        Assert.Contains("does not cover the area", text, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.Combine("out", "tables", "counts_by_month.csv")));
    }

    [Fact]
    public async Task WardFileOfAnotherDistrict_WithTheAreasLsoaFile_IsRefusedBeforeLoading()
    {
        var lsoas = Path.Combine(RepositoryPaths.DataSamples, "boundaries", "canterbury-lsoa21.geojson");
        var config = Config($"  lsoa: {lsoas}\n  wards: {DoverWards}");

        var (code, output) = await CliRunner.RunAsync(folder.Path, "run", "--config", config);

        Assert.Equal(2, code);
        Assert.Contains($"{DoverWards}: no ward of this file lies in the area Test area", Flat(output), StringComparison.Ordinal);
        Assert.False(File.Exists(folder.Combine("store.duckdb")));
    }

    [Fact]
    public async Task LsoaFileOfAnotherDistrict_IsRefusedBeforeLoading()
    {
        var doverLsoas = Path.Combine(RepositoryPaths.SharedData, "geography", "boundaries", "lsoa21", "E07000108.geojson");
        var config = Config($"  lsoa: {doverLsoas}");

        var (code, output) = await CliRunner.RunAsync(folder.Path, "run", "--config", config);

        Assert.Equal(2, code);
        Assert.Contains($"{doverLsoas}: none of its ", Flat(output), StringComparison.Ordinal);
        Assert.Contains("LSOAs is in the area Test area", Flat(output), StringComparison.Ordinal);
    }

    private static string Flat(string output) => WhiteSpace().Replace(output, " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
