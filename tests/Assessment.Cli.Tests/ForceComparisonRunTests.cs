using System.Globalization;
using System.Text;

namespace Assessment.Cli.Tests;

/// <summary>
/// The force comparison end to end on a small made-up force: one run counting the loaded files of the whole force, one
/// reading the compact table the first wrote (the two must give the same benchmark.csv), one without the section
/// configured, and one whose files hold only the area's rows.
/// </summary>
public sealed class ForceComparisonRunTests : IClassFixture<ForceComparisonRunTests.Runs>
{
    private static readonly string[] KentDistricts =
    [
        "Ashford", "Canterbury", "Dartford", "Dover", "Gravesham", "Maidstone", "Medway", "Sevenoaks", "Folkestone and Hythe", "Swale", "Thanet",
        "Tonbridge and Malling", "Tunbridge Wells",
    ];

    private static readonly string[] KentDistrictCodes =
        ["E07000105", "E07000106", "E07000107", "E07000108", "E07000109", "E07000110", "E06000035", "E07000111", "E07000112", "E07000113", "E07000114", "E07000115", "E07000116"];

    private readonly Runs runs;

    public ForceComparisonRunTests(Runs runs) => this.runs = runs;

    [Fact]
    public void Run_FromTheLoadedFiles_WritesTheComparisonAndTheCompactTable()
    {
        Assert.True(runs.FromStore.ExitCode == 0, runs.FromStore.Output);
        var rows = File.ReadAllLines(Path.Combine(runs.Folder.Path, "store-run", "tables", "benchmark.csv"));
        var allCrime = rows.Skip(1).Select(l => l.Split(',')).Where(r => r[0] == "all-crime").ToList();

        Assert.Equal(12, allCrime.Count);
        var canterbury = allCrime.Single(r => r[3] == "Canterbury");
        Assert.Equal("true", canterbury[4]);
        // 12 months × 2 burglaries in Canterbury (its ASB is not crime), over its 2,000 residents.
        Assert.Equal("24", canterbury[5]);
        Assert.Equal(12.0, double.Parse(canterbury[7], CultureInfo.InvariantCulture), 12);
        Assert.Contains("Force comparison: 12 partnerships of Kent from the loaded police.uk files; 12 rows in no partnership of the force.", runs.FromStore.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(runs.CompactTable));
    }

    [Fact]
    public void Run_FromTheCompactTable_GivesTheSameBenchmarkAsFromTheLoadedFiles()
    {
        Assert.True(runs.FromTable.ExitCode == 0, runs.FromTable.Output);

        Assert.Equal(File.ReadAllText(Path.Combine(runs.Folder.Path, "store-run", "tables", "benchmark.csv")),
            File.ReadAllText(Path.Combine(runs.Folder.Path, "table-run", "tables", "benchmark.csv")));
        Assert.False(File.Exists(Path.Combine(runs.Folder.Path, "table-run", "tables", "benchmark_counts.csv")));
        var html = File.ReadAllText(Path.Combine(runs.Folder.Path, "table-run", "strategic-assessment.html"));
        Assert.Contains("How Canterbury compares with the other partnerships in Kent", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_NotConfigured_SaysSoInOneLineAndWritesNoBenchmark()
    {
        Assert.True(runs.NotConfigured.ExitCode == 0, runs.NotConfigured.Output);
        var section = Section(Path.Combine(runs.Folder.Path, "off-run"));

        Assert.Contains("No comparison with the other partnerships of the force is configured (inputs.benchmark", section, StringComparison.Ordinal);
        Assert.DoesNotContain("<table", section, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(runs.Folder.Path, "off-run", "tables", "benchmark.csv")));
    }

    [Fact]
    public void Run_OnlyTheAreasRows_SaysTheWholeForceIsNeededAndWritesNoBenchmark()
    {
        Assert.True(runs.AreaOnly.ExitCode == 0, runs.AreaOnly.Output);
        var section = Section(Path.Combine(runs.Folder.Path, "area-run"));

        Assert.Contains("whole police.uk files (kent)", section, StringComparison.Ordinal);
        Assert.Contains("no Kent rows for 11 of its 12 partnerships", section, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(runs.Folder.Path, "area-run", "tables", "benchmark.csv")));
    }

    private static string Section(string output)
    {
        var html = File.ReadAllText(Path.Combine(output, "strategic-assessment.html"));
        var section = html[html.IndexOf("id=\"force-comparison\"", StringComparison.Ordinal)..];
        return section[..section.IndexOf("</section>", StringComparison.Ordinal)];
    }

    public sealed class Runs : IDisposable
    {
        public Runs()
        {
            var whole = Folder.Combine("whole");
            var areaOnly = Folder.Combine("area-only");
            for (var m = 1; m <= 12; m++)
            {
                WriteMonth(whole, m, KentDistricts);
                WriteMonth(areaOnly, m, ["Canterbury"]);
            }
            var population = new StringBuilder("lsoa_code,population,lad_code\n");
            for (var i = 0; i < KentDistricts.Length; i++)
                population.Append(CultureInfo.InvariantCulture, $"E0103{i:D4},{1000 * (i + 1)},{KentDistrictCodes[i]}\n");
            Folder.Write("population.csv", population.ToString());

            FromStore = Run("store-run", whole, "  benchmark: {}\n");
            CompactTable = Path.Combine(Folder.Path, "store-run", "tables", "benchmark_counts.csv");
            FromTable = Run("table-run", whole, $"  benchmark:\n    counts: {CompactTable}\n");
            NotConfigured = Run("off-run", whole, "");
            AreaOnly = Run("area-run", areaOnly, "  benchmark: {}\n");
        }

        public TemporaryDirectory Folder { get; } = new();

        public string CompactTable { get; }

        public (int ExitCode, string Output) FromStore { get; }

        public (int ExitCode, string Output) FromTable { get; }

        public (int ExitCode, string Output) NotConfigured { get; }

        public (int ExitCode, string Output) AreaOnly { get; }

        public void Dispose() => Folder.Dispose();

        private (int, string) Run(string name, string input, string benchmark)
        {
            var config = Folder.Write($"{name}.yaml", $"""
                partnership: Test partnership
                area:
                  name: Canterbury
                  lsoa_name_prefix: "Canterbury "
                  district_codes: [E07000106]
                period:
                  end_month: 2025-12
                  months: 12
                inputs:
                  police_uk:
                    - {input}
                {benchmark}population: population.csv
                output: {name}
                store: {name}.duckdb
                """);
            return CliRunner.RunAsync(Folder.Path, "run", "--config", config).GetAwaiter().GetResult();
        }

        // Each district's LSOA i gets (i + 1) burglaries a month at a point of its own, one ASB incident, and Wealden
        // (a Sussex district just over the force boundary) one burglary.
        private void WriteMonth(string folder, int month, IReadOnlyList<string> districts)
        {
            var text = new StringBuilder("Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\n");
            var ym = $"2025-{month:D2}";
            foreach (var district in districts)
            {
                var i = Array.IndexOf(KentDistricts, district);
                var (lon, lat) = (0.5 + 0.05 * i, 51.1 + 0.02 * i);
                for (var k = 0; k <= i; k++)
                    text.Append(CultureInfo.InvariantCulture, $"c{i}-{k}-{month},{ym},Kent Police,Kent Police,{lon + 0.001 * k:0.000000},{lat:0.000000},On or near A Street,E0103{i:D4},{district} 001A,Burglary,Under investigation,\n");
                text.Append(CultureInfo.InvariantCulture, $",{ym},Kent Police,Kent Police,{lon:0.000000},{lat + 0.001:0.000000},On or near B Street,E0103{i:D4},{district} 001A,Anti-social behaviour,,\n");
            }
            if (districts.Count > 1) text.Append(CultureInfo.InvariantCulture, $"w-{month},{ym},Kent Police,Kent Police,0.300000,50.950000,On or near C Street,E01021000,Wealden 001A,Burglary,Under investigation,\n");
            Folder.Write(Path.Combine(Path.GetRelativePath(Folder.Path, folder), ym, $"{ym}-kent-street.csv"), text.ToString());
        }
    }
}
