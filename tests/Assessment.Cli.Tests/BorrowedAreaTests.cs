using System.Text.RegularExpressions;

namespace Assessment.Cli.Tests;

/// <summary>The README's "your own download" flow: a run for another area stops, and a configuration from init runs.</summary>
public sealed partial class BorrowedAreaTests : IDisposable
{
    private static readonly string Kent = Path.Combine(RepositoryPaths.SharedData, "policeuk", "kent");

    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData("run")]
    [InlineData("ingest")]
    [InlineData("validate")]
    public async Task OtherAreaWithTheDefaultConfiguration_StopsBeforeLoading(string command)
    {
        // The default configuration is found from the repository root, as a new user would run it.
        var (code, output) = await CliRunner.RunAsync(RepositoryPaths.Root,
            command, "--input", Kent, "--area-prefix", "Dover ", "--out", folder.Combine("out"), "--store", folder.Combine("store.duckdb"));

        Assert.Equal(2, code);
        var text = Flat(output);
        Assert.Contains($"{Path.Combine(RepositoryPaths.Root, "data-samples", "assessment.yaml")} is the configuration for \"Canterbury\"", text, StringComparison.Ordinal);
        Assert.Contains("asks for --area-prefix \"Dover \"", text, StringComparison.Ordinal);
        Assert.Contains("assessment init --district \"Dover\" --out dover.yaml, then assessment run --config dover.yaml", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Loading", text, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.Combine("store.duckdb")));
        Assert.False(Directory.Exists(folder.Combine("out")));
    }

    [Fact]
    public async Task TheConfigurationsOwnArea_Proceeds()
    {
        var (code, output) = await CliRunner.RunAsync(folder.Path, ["validate", .. CliRunner.SampleArgs(folder, "--area-prefix", "Canterbury ", "--area-name", "Canterbury")]);

        Assert.True(code == 0, output);
        Assert.Contains("Valid:", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InitThenIngest_TwoDistrictPartnership_CountsRowsOfBothDistricts()
    {
        var (initCode, initOutput) = await CliRunner.RunAsync(folder.Path, "init", "--csp", "Dartford and Gravesham", "--out", "dg.yaml");
        Assert.True(initCode == 0, initOutput);

        var (code, output) = await CliRunner.RunAsync(folder.Path,
            "ingest", "--config", "dg.yaml", "--input", Kent, "--store", folder.Combine("store.duckdb"), "--end-month", "2025-12");

        Assert.True(code == 0, output);
        // The LSOA name is the ninth column; police.uk leaves it empty for "No Location" rows, which are never in an area.
        var rows = Directory.EnumerateFiles(Kent, "*-street.csv", SearchOption.AllDirectories)
            .SelectMany(p => File.ReadLines(p).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')))
            .ToList();
        var dartford = rows.Count(r => r[8].StartsWith("Dartford ", StringComparison.Ordinal));
        var gravesham = rows.Count(r => r[8].StartsWith("Gravesham ", StringComparison.Ordinal));
        Assert.True(dartford > 1000 && gravesham > 1000, $"Dartford {dartford}, Gravesham {gravesham}");
        Assert.Equal($"{dartford + gravesham:N0}", InArea().Match(Flat(output)).Groups[1].Value);
    }

    [Fact]
    public async Task InitThenRun_Dover_WritesAReportWithNoCanterburySetting()
    {
        var (initCode, initOutput) = await CliRunner.RunAsync(folder.Path, "init", "--district", "Dover", "--end-month", "2025-12");
        Assert.True(initCode == 0, initOutput);

        var (code, output) = await CliRunner.RunAsync(folder.Path, "run", "--config", "dover.yaml", "--input", Kent);

        Assert.True(code == 0, output);
        Assert.Contains("Area: Dover (LSOA name starts with \"Dover \")", Flat(output), StringComparison.Ordinal);
        var html = File.ReadAllText(folder.Combine("reports", "strategic-assessment.html"));
        Assert.Contains("Dover Community Safety Partnership", html, StringComparison.Ordinal);
        // The configuration brings nothing of Canterbury's: no wards, boundaries, action plan or priorities.
        Assert.DoesNotContain("Canterbury", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Westgate", html, StringComparison.Ordinal); // a Canterbury ward in the sample boundaries
        Assert.DoesNotContain("Disrupt anti-social behaviour", html, StringComparison.Ordinal); // a Canterbury priority
        Assert.Contains("No priorities are configured", html, StringComparison.Ordinal);
    }

    private static string Flat(string output) => string.Join(' ', output.Split((char[])['\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex("rows loaded: ([0-9,]+) in the area")]
    private static partial Regex InArea();
}
