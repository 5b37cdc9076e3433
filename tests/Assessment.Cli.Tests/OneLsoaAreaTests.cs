using System.Globalization;

namespace Assessment.Cli.Tests;

/// <summary>
/// The shared case "one-lsoa-area": an area of one LSOA whose records all sit at one map point, run with the whole
/// district's LSOA and ward files. Everything spatial must come from the area, and one place cannot make a hotspot.
/// </summary>
public sealed class OneLsoaAreaTests : IClassFixture<OneLsoaAreaTests.CaseRun>
{
    private readonly CaseRun run;

    public OneLsoaAreaTests(CaseRun run) => this.run = run;

    [Fact]
    public void Run_Succeeds() => Assert.True(run.ExitCode == 0, run.Output);

    [Fact]
    public void LsoaUnits_AreTheAreasLsoasNotTheBoundaryFiles()
    {
        var listed = File.ReadLines(Path.Combine(CaseRun.Case, "one-lsoa.txt")).Select(l => l.Trim()).Where(l => l.Length > 0).Distinct().Count();
        var fileLsoas = File.ReadAllText(Path.Combine(RepositoryPaths.DataSamples, "boundaries", "canterbury-lsoa21.geojson")).Split("\"LSOA21CD\"").Length - 1;

        var lsoaRows = File.ReadLines(run.Table("concentration.csv")).Skip(1).Select(l => l.Split(',')).Where(r => r[1] == "lsoa").ToArray();

        Assert.NotEmpty(lsoaRows);
        Assert.All(lsoaRows, r => Assert.Equal(listed, int.Parse(r[2], CultureInfo.InvariantCulture)));
        Assert.True(fileLsoas > listed, $"the boundary file holds {fileLsoas} LSOAs");
    }

    [Fact]
    public void Report_WithoutAFlyTippingFile_SaysSoInOneLineAndMovesOn()
    {
        var chapter = run.Chapter("asb-environment");

        Assert.Contains("No DEFRA fly-tipping file is configured", chapter, StringComparison.Ordinal);
        Assert.Contains("No council ASB case log is configured", chapter, StringComparison.Ordinal);
        Assert.DoesNotContain("<table", chapter, StringComparison.Ordinal);
        Assert.False(File.Exists(run.Table("fly-tipping-by-year.csv")));
    }

    [Fact]
    public void Report_WithoutPopulationOrImd_AreaProfileSaysSoInOneLineEach()
    {
        var chapter = run.Chapter("area-profile");

        Assert.Contains("No population file is configured", chapter, StringComparison.Ordinal);
        Assert.Contains("No IMD 2019 file is configured", chapter, StringComparison.Ordinal);
        Assert.DoesNotContain("<table", chapter, StringComparison.Ordinal);
        Assert.False(File.Exists(run.Table("profile_rates.csv")));
    }

    [Fact]
    public void WardTable_ListsOnlyTheWardsTheAreaLiesIn()
    {
        var fileWards = File.ReadAllText(Path.Combine(RepositoryPaths.DataSamples, "boundaries", "canterbury-wards-2025.geojson")).Split("\"WD25CD\"").Length - 1;

        var wards = File.ReadLines(run.Table("change-by-ward.csv")).Skip(1).Where(l => l.Length > 0).Count();

        Assert.InRange(wards, 1, fileWards / 4);
    }

    [Fact]
    public void Hotspots_CannotBeTested_AndNoneIsWritten()
    {
        var summary = File.ReadLines(run.Table("hotspot-summary.csv")).Skip(1).Select(l => l.Split(',')).ToArray();

        Assert.NotEmpty(summary);
        Assert.All(summary, r => Assert.Equal("0", r[2])); // "Hotspot squares"
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(run.Out, "tables"), "hotspots-*-hotspots.csv"));
        Assert.Single(File.ReadAllLines(run.Table("gistar.csv"))); // header only
        Assert.Contains("Hotspots cannot be tested", File.ReadAllText(Path.Combine(run.Out, "strategic-assessment.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Clusters_CannotBeTested_AndNoneIsWritten()
    {
        // Every record of the case is at one map point: count the distinct coordinates in the CSV text itself.
        var places = Directory.EnumerateFiles(Path.Combine(CaseRun.Case, "policeuk"), "*.csv", SearchOption.AllDirectories)
            .SelectMany(p => File.ReadLines(p).Skip(1))
            .Select(l => l.Split(','))
            .Where(r => r.Length > 5 && r[4].Length > 0 && r[5].Length > 0)
            .Select(r => (r[4], r[5]))
            .Distinct()
            .Count();
        var html = File.ReadAllText(Path.Combine(run.Out, "strategic-assessment.html"));

        Assert.Equal(1, places);
        Assert.Single(File.ReadAllLines(run.Table("hotspots.csv"))); // header only: no group has a cluster
        Assert.Contains($"lie at {places} distinct map point, fewer than the 5 needed to tell a cluster", html, StringComparison.Ordinal);
        Assert.Contains("Clusters cannot be tested", html, StringComparison.Ordinal);
    }

    [Fact]
    public void NoCsv_HoldsNaNOrInfinity()
    {
        var csvs = Directory.EnumerateFiles(run.Out, "*.csv", SearchOption.AllDirectories).ToArray();

        Assert.NotEmpty(csvs);
        Assert.All(csvs, p =>
        {
            var text = File.ReadAllText(p);
            Assert.False(text.Contains("NaN", StringComparison.Ordinal) || text.Contains("Infinity", StringComparison.Ordinal), p);
        });
    }

    /// <summary>One run of the case with the whole district's LSOA and ward files.</summary>
    public sealed class CaseRun : IDisposable
    {
        public static readonly string Case = Path.Combine(RepositoryPaths.SharedData, "..", "cases", "one-lsoa-area");

        private readonly TemporaryDirectory folder = new();

        public CaseRun()
        {
            var boundaries = Path.Combine(RepositoryPaths.DataSamples, "boundaries");
            var config = TestConfiguration.Write(folder, $"lsoa_codes_file: {Path.Combine(Case, "one-lsoa.txt")}", Path.Combine(Case, "policeuk"),
                $"  lsoa: {Path.Combine(boundaries, "canterbury-lsoa21.geojson")}\n  wards: {Path.Combine(boundaries, "canterbury-wards-2025.geojson")}");
            (ExitCode, Output) = CliRunner.RunAsync(folder.Path, "run", "--config", config).GetAwaiter().GetResult();
        }

        public int ExitCode { get; }

        public string Output { get; }

        public string Out => folder.Combine("out");

        public string Table(string name) => Path.Combine(Out, "tables", name);

        /// <summary>The report's HTML from the chapter with id <paramref name="id"/> to the end of its first section.</summary>
        public string Chapter(string id)
        {
            var html = File.ReadAllText(Path.Combine(Out, "strategic-assessment.html"));
            var chapter = html[html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal)..];
            return chapter[..chapter.IndexOf("</section>", StringComparison.Ordinal)];
        }

        public void Dispose() => folder.Dispose();
    }
}
