using System.Globalization;
using System.Text.Json;
using Assessment.Core.Model;
using Assessment.Core.Reporting;
using Assessment.Core.Trends;
using Assessment.Files.Configuration;
using Assessment.Files.Tables;
using Assessment.Files.Trends;
using Assessment.Storage.Analysis;

namespace Assessment.Storage.Tests.Analysis;

/// <summary>
/// The whole trend path on the Canterbury sample — store, area, wards, analysis, tables/yoy.csv and tables/trend.csv —
/// against tests/Assessment.Core.Tests/Fixtures/trends/sample_yoy.json, which make_fixtures.py computes from the CSV
/// files directly (csv module, matplotlib point-in-polygon, scipy binomtest, beta.ppf).
/// </summary>
public sealed class WardTrendPipelineTests(WardSampleStore sample) : IClassFixture<WardSampleStore>, IDisposable
{
    private static readonly string Fixtures = Path.Combine(RepositoryPaths.Root, "tests", "Assessment.Core.Tests", "Fixtures", "trends");
    private readonly TemporaryDirectory output = new();

    public void Dispose() => output.Dispose();

    private IReadOnlyList<string> WriteTables()
    {
        var queries = new StoreQueries(sample.Store);
        var input = new TrendInput("Canterbury", new AssessmentPeriod(new YearMonth(2025, 12), 12), queries.CountsByMonth("Canterbury"), queries.DataQuality(sample.Report))
        {
            Themes = PriorityTheme.TrendThemes(AssessmentConfigLoader.Load(Path.Combine(RepositoryPaths.DataSamples, "assessment.yaml"), new ConfigurationOverrides(), output.Path).Priorities),
            HarmWeights = HarmWeightFile.Default,
            Wards = sample.Wards,
            LsoaObservations = new WardQueries(sample.Store).LsoaByMonth(),
        };
        return TrendTables.Write(output.Path, TrendAnalysis.Run(input));
    }

    private static List<Dictionary<string, string>> ReadCsv(string path)
    {
        // The tables quote only fields with commas or quotes; yoy.csv and trend.csv keys and notes hold no commas but notes do.
        var lines = File.ReadAllLines(path);
        var header = Split(lines[0]);
        return [.. lines.Skip(1).Select(l => header.Zip(Split(l)).ToDictionary(p => p.First, p => p.Second))];
    }

    private static List<string> Split(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
            else if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { fields.Add(field.ToString()); field.Clear(); }
            else field.Append(c);
        }

        fields.Add(field.ToString());
        return fields;
    }

    private static double Parse(string text) => text.Length == 0 ? double.PositiveInfinity : double.Parse(text, CultureInfo.InvariantCulture);

    private static double Number(JsonElement e, string property) => e.GetProperty(property) is { ValueKind: JsonValueKind.String } s
        ? double.Parse(s.GetString()!, CultureInfo.InvariantCulture)
        : e.GetProperty(property).GetDouble();

    private static void Close(double expected, double actual, double relative, string what) =>
        Assert.True(double.IsInfinity(expected) ? actual == expected : Math.Abs(actual - expected) <= relative * Math.Abs(expected),
            $"{what}: expected {expected.ToString("R", CultureInfo.InvariantCulture)}, got {actual.ToString("R", CultureInfo.InvariantCulture)}");

    [Fact]
    public void YoyCsv_Sample_EveryRowMatchesTheIndependentCountsAndScipy()
    {
        var fixture = JsonDocument.Parse(File.ReadAllText(Path.Combine(Fixtures, "sample_yoy.json"))).RootElement;
        var expected = fixture.GetProperty("rows").EnumerateArray().ToList();

        var rows = ReadCsv(WriteTables().Single(p => p.EndsWith("yoy.csv", StringComparison.Ordinal)));

        Assert.Equal(TrendTables.YearOnYearColumns, Split(File.ReadLines(Path.Combine(output.Path, "tables", "yoy.csv")).First()));
        // The reference names each series; the CSV keys wards by ONS code and themes by configured id, and names them in label.
        Assert.Equal(expected.Select(e => (e.GetProperty("level").GetString(), e.GetProperty("key").GetString())), rows.Select(r => ((string?)r["level"], (string?)r["label"])));
        var wardCodes = sample.Wards.Wards.ToDictionary(w => w.Name, w => w.Code, StringComparer.Ordinal);
        Assert.All(rows.Where(r => r["level"] == "ward"), r => Assert.Equal(wardCodes[r["label"]], r["key"]));
        Assert.Equal(["serious-organised-crime", "night-time-economy", "anti-social-behaviour"], rows.Where(r => r["level"] == "theme").Select(r => r["key"]));
        Assert.All(rows.Where(r => r["level"] is "area" or "crime_type"), r => Assert.Equal(r["key"], r["label"]));
        foreach (var (e, r) in expected.Zip(rows))
        {
            var what = r["key"];
            Assert.Equal("Canterbury", r["area"]);
            Assert.Equal(e.GetProperty("months_compared").GetInt32().ToString(CultureInfo.InvariantCulture), r["months_compared"]);
            Assert.Equal(e.GetProperty("previous").GetInt64().ToString(CultureInfo.InvariantCulture), r["previous"]);
            Assert.Equal(e.GetProperty("current").GetInt64().ToString(CultureInfo.InvariantCulture), r["current"]);
            // The requirement: every p-value equals scipy's binomtest on the same counts to relative 1e-9.
            Close(Number(e, "p_value"), Parse(r["p_value"]), 1e-9, what + " p");
            Close(Number(e, "q_value"), Parse(r["q_value"]), 1e-9, what + " q");
            Close(Number(e, "rate_ratio"), Parse(r["rate_ratio"]), 1e-14, what + " rate ratio");
            // Beta quantiles with real shapes (counts / φ): scipy beta.ppf and ours agree far inside 1e-9.
            Close(Number(e, "ci_low"), Parse(r["ci_low"]), 1e-9, what + " CI low");
            Close(Number(e, "ci_high"), Parse(r["ci_high"]), 1e-9, what + " CI high");
            Assert.Equal(e.GetProperty("verdict").GetString(), r["verdict"]);
        }
    }

    [Fact]
    public void TrendCsv_Sample_NoTrendAcrossTheEightMonthGapForAnySeries()
    {
        var yoy = JsonDocument.Parse(File.ReadAllText(Path.Combine(Fixtures, "sample_yoy.json"))).RootElement;
        var expected = yoy.GetProperty("rows").EnumerateArray().Select(e => (e.GetProperty("level").GetString(), e.GetProperty("key").GetString())).ToList();

        var rows = ReadCsv(WriteTables().Single(p => p.EndsWith("trend.csv", StringComparison.Ordinal)));

        // The sample holds January–April 2024 and all of 2025: every series, wards included, has the same 8-month gap.
        Assert.Equal(expected, rows.Select(r => ((string?)r["level"], (string?)r["label"])));
        Assert.All(rows, r =>
        {
            Assert.Equal(("not_computed", "16", "not tested"), (r["method"], r["months_used"], r["verdict"]));
            Assert.Equal(("", "", "", "", "", ""), (r["p_value"], r["q_value"], r["sen_slope_per_month"], r["sen_ci_low"], r["sen_ci_high"], r["slope_estimator"]));
            Assert.StartsWith("The usable months have a gap of 8 months (May 2024 to December 2024)", r["note"], StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Write_Sample_WritesTheSixTablesButNoRatesWithoutAPopulation()
    {
        var written = WriteTables().Select(Path.GetFileName).ToList();

        Assert.Equal(["yoy.csv", "monthly.csv", "trend.csv", "harm.csv", "month_quality.csv", "coverage.csv"], written);
        var monthly = ReadCsv(Path.Combine(output.Path, "tables", "monthly.csv"));
        // 24 months (January 2024 to December 2025) for each of 39 series: area, 14 types, 3 themes, 21 wards.
        Assert.Equal(24 * 39, monthly.Count);
        Assert.Equal(8 * 39, monthly.Count(r => r["status"] == "missing" && r["count"].Length == 0));
    }
}
