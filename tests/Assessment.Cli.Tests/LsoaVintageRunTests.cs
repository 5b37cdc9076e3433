using System.Net;

namespace Assessment.Cli.Tests;

/// <summary>
/// Real Kent rows of Dartford and Gravesham (November and December 2025) whose 2021 LSOA codes were rewritten to the
/// 2011 LSOA holding each row's point (Fixtures/lsoa-vintage/make_fixture.py), run with Dartford's area given as a list
/// of 2021 codes and the 2011↔2021 lookup derived from the two vintages' boundaries: the area's counts equal those of
/// the original 2021-coded rows, and the console and the report name both vintages.
/// </summary>
public sealed class LsoaVintageRunTests : IClassFixture<LsoaVintageRunTests.VintageRun>
{
    private static readonly string Fixture = Path.Combine(RepositoryPaths.Root, "tests", "Assessment.Cli.Tests", "Fixtures", "lsoa-vintage");
    private static readonly string Boundaries = Path.Combine(RepositoryPaths.SharedData, "geography", "boundaries");
    private static readonly string[] Months = ["2025-11", "2025-12"];
    private readonly VintageRun run;

    public LsoaVintageRunTests(VintageRun run) => this.run = run;

    private static HashSet<string> AreaCodes() => [.. File.ReadLines(Path.Combine(Fixture, "dartford-lsoa21.txt")).Where(l => l.Length > 0)];

    /// <summary>The original police.uk rows the fixture was made from, in file order (the script's selection).</summary>
    private static IEnumerable<string[]> OriginalRows(string month) =>
        File.ReadLines(Path.Combine(RepositoryPaths.SharedData, "policeuk", "kent", month, $"{month}-kent-street.csv")).Skip(1)
            .Select(l => l.Split(','))
            .Where(c => c.Length == 12 && (c[8].StartsWith("Dartford ", StringComparison.Ordinal) || c[8].StartsWith("Gravesham ", StringComparison.Ordinal)));

    private static IEnumerable<string[]> FixtureRows(string month) =>
        File.ReadLines(Path.Combine(Fixture, "policeuk", month, $"{month}-kent-street.csv")).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(','));

    [Fact]
    public void Fixture_HasAreaRowsUnderCodesOutsideTheAreasList()
    {
        var area = AreaCodes();
        var recoded = Months.Sum(m => OriginalRows(m).Zip(FixtureRows(m)).Count(p => area.Contains(p.First[7]) && !area.Contains(p.Second[7])));

        Assert.True(recoded > 100, $"only {recoded} area rows carry a 2011-only code");
        Assert.Equal(Months.Sum(m => OriginalRows(m).Count()), Months.Sum(m => FixtureRows(m).Count()));
    }

    [Fact]
    public void Run_AreaCountsEqualThoseOfTheOriginal2021CodedRows()
    {
        Assert.True(run.ExitCode == 0, run.Output);
        var area = AreaCodes();
        var expected = Months.SelectMany(OriginalRows)
            .Where(c => area.Contains(c[7]))
            .GroupBy(c => $"Dartford,{c[1]},{c[9]}")
            .Select(g => $"{g.Key},{g.Count()}")
            .Order(StringComparer.Ordinal);

        var lines = File.ReadAllLines(run.Folder.Combine("out", "tables", "counts_by_month.csv"));

        Assert.Equal(expected, lines.Skip(1).Where(l => l.Length > 0).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Run_NamesTheVintageOfTheDataAndOfTheAreaOnTheConsoleAndInTheReport()
    {
        var html = WebUtility.HtmlDecode(File.ReadAllText(run.Folder.Combine("out", "strategic-assessment.html")));
        const string data = "The data's LSOA codes are 2011 LSOAs in November to December 2025";
        const string list = "The area's list of 67 LSOA codes is of 2021 LSOAs.";
        const string mapped = "Rows with codes of 2011 LSOAs were mapped to the area's 2021 LSOAs through the lookup";

        foreach (var text in new[] { data, list, mapped })
        {
            Assert.Contains(text, run.Output, StringComparison.Ordinal);
            Assert.Contains(text, html, StringComparison.Ordinal);
        }
        Assert.Contains("LSOA code in a list of 67 codes of 2021 LSOAs", run.Output, StringComparison.Ordinal);
        Assert.Contains("none is ambiguous", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_WithoutALookup_SaysTheVintageWasNotCheckedAndCountsFewerRowsInTheArea()
    {
        using var folder = new TemporaryDirectory();
        var config = TestConfiguration.Write(folder, $"lsoa_codes_file: {Path.Combine(Fixture, "dartford-lsoa21.txt")}", Path.Combine(Fixture, "policeuk"), months: 1);
        var area = AreaCodes();
        var direct = Months.Sum(m => FixtureRows(m).Count(c => area.Contains(c[7])));

        var (exitCode, output) = await CliRunner.RunAsync(RepositoryPaths.Root, "validate", "--config", config);

        Assert.True(exitCode == 0, output);
        Assert.Contains("the census vintage of the data's LSOA codes and of the area's code list was not checked", output, StringComparison.Ordinal);
        Assert.Contains($"{direct:N0} in the area", output, StringComparison.Ordinal);
        Assert.Contains($"{Months.Sum(m => OriginalRows(m).Count(c => area.Contains(c[7]))):N0} in the area", run.Output, StringComparison.Ordinal);
    }

    /// <summary>Runs the fixture once with a configuration that derives the lookup from the Dartford and Gravesham boundaries.</summary>
    public sealed class VintageRun : IDisposable
    {
        public VintageRun()
        {
            string Files(string vintage) => $"[{Path.Combine(Boundaries, vintage, "E07000107.geojson")}, {Path.Combine(Boundaries, vintage, "E07000109.geojson")}]";
            var config = Folder.Write("area.yaml", $"""
                partnership: Test partnership
                area:
                  name: Dartford
                  lsoa_codes_file: {Path.Combine(Fixture, "dartford-lsoa21.txt")}
                  lsoa_lookup_boundaries:
                    lsoa11: {Files("lsoa11")}
                    lsoa21: {Files("lsoa21")}
                period:
                  end_month: 2025-12
                  months: 1
                inputs:
                  police_uk:
                    - {Path.Combine(Fixture, "policeuk")}
                output: out
                store: store.duckdb
                """);
            (ExitCode, Output) = CliRunner.RunAsync(RepositoryPaths.Root, "run", "--config", config).GetAwaiter().GetResult();
        }

        public TemporaryDirectory Folder { get; } = new();

        public int ExitCode { get; }

        public string Output { get; }

        public void Dispose() => Folder.Dispose();
    }
}
