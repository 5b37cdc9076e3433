using System.Diagnostics;
using System.Globalization;
using Assessment.Files.Output;
using CsvHelper;
using Xunit.Abstractions;

namespace Assessment.Cli.Tests;

/// <summary>
/// The main job on the sample data: the output contract, repeatability, independent counts, the CSV format, and a run
/// killed while it writes the report.
/// </summary>
public sealed class RunCommandTests : IClassFixture<RunCommandTests.SampleRuns>
{
    private readonly SampleRuns runs;
    private readonly ITestOutputHelper output;

    public RunCommandTests(SampleRuns runs, ITestOutputHelper output)
    {
        this.runs = runs;
        this.output = output;
    }

    [Fact]
    public void Run_Sample_Succeeds()
    {
        Assert.True(runs.FirstExitCode == 0, runs.FirstOutput);
        Assert.Equal(0, runs.SecondExitCode);
    }

    [Fact]
    public void AssessmentJson_Sample_IsValidAgainstTheSchemaAndHoldsEveryPartTheRunMade()
    {
        var json = File.ReadAllText(runs.Folder.Combine("out", "assessment.json"));

        Assert.Empty(AssessmentSchema.Errors(json));
        var document = Core.Results.AssessmentResultsJson.Deserialize(json);
        Assert.Equal(("Canterbury", "2025-01", "2025-12"), (document.Run.AreaName, document.Run.CurrentPeriod.First, document.Run.CurrentPeriod.Last));
        Assert.Equal(File.ReadAllLines(runs.Folder.Combine("out", "data_quality.csv")).Length - 1, document.InputFiles.Count);
        Assert.Equal(File.ReadAllLines(runs.Folder.Combine("out", "tables", "yoy.csv")).Length - 1, document.YearOnYear.Count);
        Assert.NotEmpty(document.Priorities);
        Assert.NotEmpty(document.Hotspots);
        Assert.All(document.Hotspots, h => Assert.NotNull(h.WardCode));
        Assert.NotNull(document.AreaProfile?.Residents);
        Assert.NotNull(document.ForceComparison);
        Assert.Equal(["fly_tipping", "reoffending", "reoffending", "substance_treatment", "asb_cases"], document.Partners.Select(p => p.Key));
        // The prioritisation and the action plan's measures are those of the run's CSVs (ids are the first fields, free of commas).
        var matrixIds = File.ReadAllLines(runs.Folder.Combine("out", "tables", "prioritisation.csv")).Skip(1).Select(l => l.Split(',', 3)[1]).ToList();
        Assert.Equal(matrixIds, document.Prioritisation!.Candidates.Select(c => c.Id));
        var planIds = File.ReadAllLines(runs.Folder.Combine("out", "tables", "action_plan.csv")).Skip(1).Select(l => l.Split(',', 4)[2]).ToHashSet();
        Assert.NotEmpty(document.Measures!);
        Assert.All(document.Measures!, m => Assert.Contains(m.ActionId, planIds));
        Assert.Equal(["proven reoffenders (adults)", "proven reoffenders (juveniles)"], document.Partners.Where(p => p.Key == "reoffending").Select(p => p.Measure));
    }

    [Fact]
    public async Task SampleRun_RestrictedByDefault_IsMarkedOfficialSensitive_AndFailsThePublicScan()
    {
        var html = File.ReadAllText(runs.Folder.Combine("out", "strategic-assessment.html"));
        Assert.Contains("Protective marking: <strong>OFFICIAL-SENSITIVE</strong>", html, StringComparison.Ordinal);

        var (exitCode, scan) = await CliRunner.RunAsync(RepositoryPaths.Root, "validate", "--publication", "public", runs.Folder.Combine("out"));

        Assert.True(exitCode == 1, scan);
        Assert.Contains("Not publishable", scan, StringComparison.Ordinal);
        Assert.Contains("tables/", scan, StringComparison.Ordinal);
        Assert.Contains("strategic-assessment.html line ", scan, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Twice_WritesIdenticalCountsByMonth()
    {
        Assert.Equal(runs.FirstCounts, runs.SecondCounts);
    }

    [Fact]
    public void CountsByMonth_MatchesACountOfTheCsvText()
    {
        var expected = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.DataSamples, "policeuk"), "*-street.csv", SearchOption.AllDirectories)
            .SelectMany(p => File.ReadLines(p).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')))
            .GroupBy(r => $"Canterbury,{r[1]},{r[9]}")
            .Select(g => $"{g.Key},{g.Count()}")
            .Order(StringComparer.Ordinal);

        var lines = runs.FirstCounts.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("area,month,crime_type,count", lines[0]);
        Assert.Equal(expected, lines.Skip(1).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void DataQuality_HasOneBalancedRowPerInputFile()
    {
        var lines = File.ReadAllLines(runs.Folder.Combine("out", "data_quality.csv"));

        Assert.Equal("file,force,month,rows_read,rows_loaded,rows_rejected,no_location,outside_area,duplicate_crime_ids", lines[0]);
        Assert.Equal(16, lines.Length - 1);
        foreach (var row in lines.Skip(1).Select(l => l.Split(',')))
        {
            Assert.Equal("kent", row[1]);
            Assert.Equal(long.Parse(row[3]), long.Parse(row[4]) + long.Parse(row[5]));
            Assert.Equal("0", row[7]); // the sample holds only Canterbury rows
        }
        Assert.Contains(lines, l => l.StartsWith("data-samples/policeuk/kent/2024-01/2024-01-kent-street.csv,kent,2024-01,1264,1264,0,0,0,", StringComparison.Ordinal));
    }

    [Fact]
    public void Report_Sample_HasTheFlyTippingSectionWithTheWorkbooksFigures()
    {
        // Canterbury's totals by year, read from the text of the CSV export of the same sheet.
        var expected = File.ReadLines(Path.Combine(RepositoryPaths.SharedData, "partners", "defra-flytipping", "interim.csv"))
            .Select(l => l.Split(',')).Where(r => r[1] == "E07000106").Select(r => (Year: r[0], Incidents: r[4])).OrderBy(r => r.Year, StringComparer.Ordinal).ToList();
        var html = File.ReadAllText(runs.Folder.Combine("out", "strategic-assessment.html"));

        var table = File.ReadLines(runs.Folder.Combine("out", "tables", "fly-tipping-by-year.csv")).Skip(1).Select(l => l.Split(',')).ToList();

        Assert.Equal(10, expected.Count);
        Assert.Equal(expected, table.Select(r => (r[0], r[1])));
        Assert.Contains("id=\"fly-tipping\"", html, StringComparison.Ordinal);
        string Count(string text) => long.Parse(text, CultureInfo.InvariantCulture).ToString("N0", CultureInfo.InvariantCulture);
        Assert.Contains($"record {Count(expected[^1].Incidents)} fly-tipping incidents in {expected[^1].Year}", html, StringComparison.Ordinal);
        Assert.Contains($"against {Count(expected[0].Incidents)} in {expected[0].Year}", html, StringComparison.Ordinal);
        Assert.Contains("Open Government Licence v3.0", html, StringComparison.Ordinal);
        Assert.Contains("6.1% lower than the 2020-21 estimate", html, StringComparison.Ordinal);
        Assert.Contains("Fly-tipping: Flytipping.xlsx, already loaded", runs.SecondOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_Sample_AreaProfileMatchesThePythonReference()
    {
        // Fixtures/area-profile/make_fixture.py, from the raw CSV text, the File 6 workbook and the IMD file.
        using var fixture = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "Assessment.Cli.Tests", "Fixtures", "area-profile", "area_profile.json")));
        var expected = fixture.RootElement;
        var rows = File.ReadLines(runs.Folder.Combine("out", "tables", "profile_rates.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

        // Conservation: the 2021 LSOAs hold the residents of every 2011 LSOA that maps into the area.
        var area = rows.Single(r => r[0] == "area" && r[3] == "all");
        Assert.Equal(expected.GetProperty("canterbury_population_2011_lsoas").GetDouble(), Number(area[8]), 1e-3);
        Assert.Equal(expected.GetProperty("records_2025_with_lsoa").GetInt64(), long.Parse(area[7], CultureInfo.InvariantCulture));
        var unchanged = expected.GetProperty("unchanged_lsoa_rates").EnumerateArray().ToList();
        Assert.Equal(88, unchanged.Count);
        foreach (var lsoa in unchanged)
        {
            var row = rows.Single(r => r[0] == "lsoa" && r[3] == "all" && r[1] == lsoa.GetProperty("code").GetString());
            Assert.Equal(lsoa.GetProperty("records").GetInt64(), long.Parse(row[7], CultureInfo.InvariantCulture));
            Assert.Equal(lsoa.GetProperty("residents").GetDouble(), Number(row[8]), 1e-3);
            // The CSV rounds rates to 4 decimals: agreement to 1e-3 per 1,000.
            Assert.Equal(lsoa.GetProperty("rate").GetDouble(), Number(row[10]), 1e-3);
            Assert.Equal(lsoa.GetProperty("ci_low").GetDouble(), Number(row[11]), 1e-3);
            Assert.Equal(lsoa.GetProperty("ci_high").GetDouble(), Number(row[12]), 1e-3);
        }

        var deciles = File.ReadLines(runs.Folder.Combine("out", "tables", "area-profile-imd-deciles.csv")).Skip(1).Select(l => l.Split(',')[1]).Select(int.Parse).ToList();
        Assert.Equal(expected.GetProperty("canterbury_decile_counts").EnumerateArray().Select(e => e.GetInt32()), deciles);
        var html = File.ReadAllText(runs.Folder.Combine("out", "strategic-assessment.html"));
        Assert.Contains("159,663 residents (mid-2015, 2011 LSOAs, mapped to 2021 LSOAs)", html, StringComparison.Ordinal);
        Assert.Contains("Office for National Statistics licensed under the Open Government Licence v.3.0", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_Sample_HasTheReoffendingChapterMarkedSyntheticWithItsTables()
    {
        var html = File.ReadAllText(runs.Folder.Combine("out", "strategic-assessment.html"));
        // The latest adult cohort for Canterbury, read from the sample's text.
        var latest = File.ReadLines(Path.Combine(RepositoryPaths.DataSamples, "reoffending-synthetic.csv")).Select(l => l.Split(','))
            .Last(r => r[1] == "E07000106" && r[4] == "Adult");

        var table = File.ReadLines(runs.Folder.Combine("out", "tables", "reoffending-adult-by-cohort.csv")).Skip(1).Select(l => l.Split(',')).ToList();

        Assert.Equal((latest[0], latest[5], latest[6]), (table[^1][0], table[^1][1], table[^1][2]));
        Assert.True(File.Exists(runs.Folder.Combine("out", "tables", "reoffending-juvenile-by-cohort.csv")));
        Assert.Contains("id=\"reoffending\"", html, StringComparison.Ordinal);
        Assert.Contains("The figures in this chapter are synthetic", html, StringComparison.Ordinal);
        Assert.Contains("Reoffending: reoffending-synthetic.csv, already loaded", runs.SecondOutput, StringComparison.Ordinal);
        Assert.Contains("Drug seizures 2018-19: Seizures18-19.csv, already loaded", runs.SecondOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_Sample_HasTheSubstanceMisuseChapterWithTheRealAdmissionsAndTheSyntheticTreatment()
    {
        // Canterbury's admissions by year, read from the text of the real extract.
        var expected = File.ReadLines(Path.Combine(RepositoryPaths.SharedData, "partners", "alcohol-related-admissions", "alcohol_related_admissions.csv"))
            .Select(l => l.Split(',')).Where(r => r[0] == "E07000106").Select(r => (r[2], r[3])).ToList();
        var html = File.ReadAllText(runs.Folder.Combine("out", "strategic-assessment.html"));

        var table = File.ReadLines(runs.Folder.Combine("out", "tables", "fingertips-table-1.csv")).Skip(1).Select(l => l.Split(',')).ToList();

        Assert.Equal(10, expected.Count);
        Assert.Equal(expected, table.Select(r => (r[0], r[1])));
        Assert.Contains("id=\"substance-misuse\"", html, StringComparison.Ordinal);
        Assert.Contains("Synthetic sample: the treatment figures below are made up", html, StringComparison.Ordinal);
        Assert.True(File.Exists(runs.Folder.Combine("out", "tables", "treatment-latest-year.csv")));
        Assert.True(File.Exists(runs.Folder.Combine("out", "charts", "treatment-completion-rates.svg")));
        Assert.Contains("Treatment: ndtms-treatment-synthetic.csv, already loaded", runs.SecondOutput, StringComparison.Ordinal);
        Assert.Contains("Fingertips: alcohol_related_admissions.csv, already loaded", runs.SecondOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_Sample_HasTheCouncilAsbCasesBesidePoliceUkWithTheLogsCounts()
    {
        // Cases by year of report, counted from the text of the synthetic log.
        var byYear = File.ReadLines(Path.Combine(RepositoryPaths.DataSamples, "council-asb-cases-synthetic.csv")).Skip(1)
            .GroupBy(l => l.Split(',')[1][..4]).ToDictionary(g => g.Key, g => g.Count().ToString(CultureInfo.InvariantCulture));
        var html = File.ReadAllText(runs.Folder.Combine("out", "strategic-assessment.html"));

        var beside = File.ReadLines(runs.Folder.Combine("out", "tables", "council-asb-beside-police.csv")).Skip(1).Select(l => l.Split(',')).ToList();

        Assert.Equal(["Council case log", "cases", byYear["2024"], byYear["2025"]], beside[0][..4]);
        Assert.Equal(["police.uk", "incidents"], beside[1][..2]);
        Assert.Contains("id=\"council-asb\"", html, StringComparison.Ordinal);
        Assert.Contains("synthetic sample", html, StringComparison.Ordinal);
        Assert.Contains("“Tackle\u00a0graffiti” (Disrupt anti-social behaviour)", html, StringComparison.Ordinal);
        Assert.True(File.Exists(runs.Folder.Combine("out", "tables", "council-asb-by-category.csv")));
        Assert.Contains("Council ASB cases: council-asb-cases-synthetic.csv, already loaded", runs.SecondOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_SecondTime_SaysFilesWereAlreadyLoaded()
    {
        Assert.Contains("Already loaded, unchanged", runs.SecondOutput, StringComparison.Ordinal);
        Assert.Contains("Timings:", runs.SecondOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Sample_WritesThePdfAndHtmlAndSaysHowLongTheReportTook()
    {
        var pdf = runs.Folder.Combine("out", "strategic-assessment.pdf");
        Assert.True(File.Exists(pdf), runs.FirstOutput);
        Assert.True(File.Exists(runs.Folder.Combine("out", "strategic-assessment.html")));
        Assert.Matches(@"Report stage \d+\.\d\d s", runs.FirstOutput);
        var text = Poppler.Text(pdf);
        Assert.Contains("Strategic Assessment 2025", text, StringComparison.Ordinal);
        Assert.Contains("17,586", text, StringComparison.Ordinal); // 2025 rows in the sample: 22,847 − 5,261 (Jan–Apr 2024)
    }

    [Fact]
    public void Run_Sample_PriorityChaptersComeFromTheConfigurationWithTheActionPlansCommitments()
    {
        var html = File.ReadAllText(runs.Folder.Combine("out", "strategic-assessment.html"));

        Assert.Contains("id=\"priority-night-time-economy\"", html, StringComparison.Ordinal);
        // Listed only in data-samples/action-plan.yaml, under "Night-time economy and violence".
        Assert.Contains("Enter the Best Bar None awards", html, StringComparison.Ordinal);
        Assert.Contains("Canterbury Community Safety Partnership action plan, Canterbury City Council (canterbury.gov.uk)", html, StringComparison.Ordinal);
        var themes = File.ReadLines(runs.Folder.Combine("out", "tables", "yoy.csv")).Select(l => l.Split(',')).Where(r => r[1] == "theme").ToList();
        Assert.Equal([("serious-organised-crime", "Disrupt serious and organised crime"), ("night-time-economy", "Night-time economy and violence"), ("anti-social-behaviour", "Disrupt anti-social behaviour")],
            themes.Select(r => (r[2], r[12]))); // label: the 13th column
    }

    private static readonly string[] SamplePriorityIds = ["serious-organised-crime", "safeguarding", "young-people", "night-time-economy", "anti-social-behaviour"];

    public static TheoryData<string> SamplePriorities => new(SamplePriorityIds);

    [Fact]
    public void Run_Sample_WritesOneShortPackPerPriorityAndListsThem()
    {
        var packs = runs.Folder.Combine("out", "packs");

        Assert.Equal(SamplePriorityIds.SelectMany(id => new[] { id + ".html", id + ".pdf" }).Order(StringComparer.Ordinal),
            Directory.GetFiles(packs).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var id in SamplePriorityIds)
        {
            Assert.Contains($"packs/{id}.pdf", runs.FirstOutput, StringComparison.Ordinal);
            // Measured on the sample: 4 pages for a theme police.uk cannot measure, 7 with trends and hotspot maps (cover and contents included).
            Assert.InRange(Poppler.PageCount(Path.Combine(packs, id + ".pdf")), 3, 10);
        }
        Assert.Matches(@"Priority packs: 5 written in \d+\.\d s", runs.FirstOutput);
    }

    [Theory]
    [MemberData(nameof(SamplePriorities))]
    public void Run_Sample_EachPackHoldsOnlyItsOwnTheme(string id)
    {
        var html = File.ReadAllText(runs.Folder.Combine("out", "packs", id + ".html"));

        Assert.Contains($"id=\"priority-{id}\"", html, StringComparison.Ordinal);
        foreach (var other in SamplePriorityIds.Where(o => o != id))
            Assert.DoesNotContain($"id=\"priority-{other}\"", html, StringComparison.Ordinal);
        // Every priority of the sample plan has measures, shown with the status the action-plan chapter gives them.
        Assert.Contains("id=\"pack-measures\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("No measures set", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Again_DeletesThePackOfAPriorityNoLongerConfigured()
    {
        Assert.False(File.Exists(runs.Folder.Combine("out", "packs", "removed-priority.pdf")));
        Assert.Contains("removed-priority.pdf", runs.SecondOutput, StringComparison.Ordinal);
        Assert.True(File.Exists(runs.Folder.Combine("out", "packs", "night-time-economy.pdf")));
    }

    [Fact]
    public void Run_Sample_ComputesTheActionPlansBoundMeasuresFromTheRunsOwnComparisons()
    {
        using var csv = CsvReader.FromFile(runs.Folder.Combine("out", "tables", "action_plan.csv"), new CsvReaderOptions { FieldCountMismatch = CsvFieldCountHandling.Throw });
        var header = csv.Headers;
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read()) rows.Add(header.Select((h, i) => (h, i)).ToDictionary(c => c.h, c => csv.GetString(c.i)));
        var bound = rows.Where(r => r["metric"].Length > 0).ToList();

        Assert.Equal(35, rows.Select(r => r["action_id"]).Distinct().Count());
        Assert.Equal(9, bound.Count);
        Assert.All(bound, r => Assert.Equal("computed", r["status_source"]));
        Assert.All(bound, r => Assert.Contains(r["status"], new[] { "green", "amber", "red" }));
        Assert.All(bound.Where(r => r["status"] == "amber"), r => Assert.Equal(("no significant change", "Amber: no significant change"), (r["verdict"], r["status_label"])));
        // A measure on one crime type over the whole area is the trend analysis's own comparison (yoy.csv).
        var asb = File.ReadLines(runs.Folder.Combine("out", "tables", "yoy.csv")).Select(l => l.Split(',')).Single(r => r[1] == "crime_type" && r[2] == "Anti-social behaviour");
        var measure = bound.Single(r => r["action_id"] == "anti-social-behaviour-5");
        Assert.Equal((asb[4], asb[5], asb[11]), (measure["baseline_value"], measure["current_value"], measure["verdict"]));
        var cityCentre = bound.Single(r => r["action_id"] == "night-time-economy-3");
        Assert.StartsWith("Violence and sexual offences in Westgate and Northgate", cityCentre["evidence"], StringComparison.Ordinal);
        var html = File.ReadAllText(runs.Folder.Combine("out", "strategic-assessment.html"));
        Assert.Contains("Leads, timescales and measures are example values, not the partnership&#39;s.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Not stated", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Sample_SavesEveryChartAsSpecSvgAndPng()
    {
        var specs = Directory.GetFiles(runs.Folder.Combine("out", "charts"), "*.vl.json");

        Assert.NotEmpty(specs);
        foreach (var spec in specs)
        {
            var stem = spec[..^".vl.json".Length];
            Assert.True(File.Exists(stem + ".svg"), $"{stem}.svg missing");
            Assert.True(File.Exists(stem + ".png"), $"{stem}.png missing");
        }
    }

    [Fact]
    public void Run_Sample_SaysAtTheEndThatNoChangeIsSignificant()
    {
        // Four months compared, φ on 3 degrees of freedom: no change in the sample is significant once the test allows
        // for how much the months vary (shoplifting 528 → 825 included), so no table is printed.
        var comparisons = File.ReadLines(runs.Folder.Combine("out", "tables", "yoy.csv")).Count() - 1;

        Assert.Contains($"No significant change in any of the {comparisons} comparisons (4 months compared).", runs.FirstOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("Significant changes", runs.FirstOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Complete_LeavesNoIncompleteMarkerAndNoTemporaryFiles()
    {
        Assert.False(runs.MarkerAfterFirst);
        Assert.False(IncompleteRunMarker.IsPresent(runs.Folder.Combine("out")));
        Assert.Empty(OutputSnapshot.Leftovers(runs.Folder.Combine("out")));
    }

    [Fact]
    public void EveryCsv_IsLfOnlyRfc4180WithNumbersNotTextForPAndQValuesAndNoNaN()
    {
        var out_ = runs.Folder.Combine("out");
        var files = Directory.GetFiles(Path.Combine(out_, "tables"), "*.csv").Append(Path.Combine(out_, "data_quality.csv")).ToList();
        Assert.Contains(files, f => Path.GetFileName(f) == "change-by-type.csv"); // a report table
        Assert.Contains(files, f => Path.GetFileName(f) == "yoy.csv");             // an analysis table
        var pColumns = new[] { "p_value", "q_value", "p", "q", "q-value", "p-value" };
        var checkedValues = 0;
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            Assert.False(bytes.Contains((byte)'\r'), $"{file} has a CR");
            Assert.Equal((byte)'\n', bytes[^1]);
            using var csv = CsvReader.FromFile(file, new CsvReaderOptions { MalformedData = CsvMalformedDataHandling.Throw, FieldCountMismatch = CsvFieldCountHandling.Throw, TrackLineNumbers = true });
            var header = csv.Headers;
            var numeric = header.Select((h, i) => (h, i)).Where(c => pColumns.Contains(c.h, StringComparer.OrdinalIgnoreCase)).Select(c => c.i).ToList();
            while (csv.Read())
            {
                for (var i = 0; i < csv.FieldCount; i++)
                {
                    var field = csv.GetString(i);
                    Assert.False(field is "NaN" or "Infinity" or "-Infinity" or "∞", $"{Path.GetFileName(file)} line {csv.LineNumber}: {field}");
                    if (!numeric.Contains(i) || field.Length == 0) continue;
                    Assert.True(double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 1,
                        $"{Path.GetFileName(file)} line {csv.LineNumber}, {header[i]}: \"{field}\" is not a probability");
                    checkedValues++;
                }
            }
        }

        Assert.True(checkedValues > 100, $"only {checkedValues} p- and q-values were found");
    }

    [Fact]
    public void KilledWhileWritingTheReport_PreviousPdfHtmlAndCsvsStayWholeAndTheFolderIsMarked()
    {
        var killed = runs.Killed;
        output.WriteLine(killed.Output);
        Assert.True(killed.KilledDuringWrite, killed.Output);
        Assert.Empty(killed.ChangedCsvsAndHtml);
        Assert.True(killed.PdfWhole, "the PDF is neither the previous one nor a whole new one");
        Assert.True(killed.MarkerPresent, "no incomplete marker after the killed run");
        Assert.Contains("THIS FOLDER IS INCOMPLETE", killed.MarkerText, StringComparison.Ordinal);
        Assert.Contains("assessment run", killed.MarkerText, StringComparison.Ordinal);
    }

    [Fact]
    public void GoodRunAfterAKilledOne_RemovesTheMarkerAndTheKilledRunsTemporaryFiles()
    {
        Assert.Equal(0, runs.SecondExitCode);
        Assert.False(IncompleteRunMarker.IsPresent(runs.Folder.Combine("out")));
        Assert.Empty(OutputSnapshot.Leftovers(runs.Folder.Combine("out")));
    }

    [Fact]
    public void SampleRun_EveryYoyRowFollowsTheOneSignificanceRule()
    {
        var lines = File.ReadAllLines(runs.Folder.Combine("out", "tables", "yoy.csv"));
        var header = lines[0].Split(',');
        // The sample's labels hold no comma or quote, so a plain split reads the fields.
        var rows = lines.Skip(1).Select(l => (IReadOnlyDictionary<string, string>)header.Zip(l.Split(',')).ToDictionary(p => p.First, p => p.Second)).ToList();

        YoyRule.Check(rows);
        Assert.Equal(["phi", "widened", "p_exact", "df_phi"], header[^4..]);
        // Four months compared, paired by calendar month: φ on 3 degrees of freedom for every series with events.
        Assert.All(rows, r => Assert.Equal("3", r["df_phi"]));
    }

    /// <summary>
    /// Runs the main job on the sample data, then runs it as a child process and kills it as soon as it starts
    /// writing the report's chart files, then runs it again (the slow part, shared by the tests above).
    /// </summary>
    public sealed class SampleRuns : IDisposable
    {
        public SampleRuns()
        {
            string[] args = ["run", .. CliRunner.SampleArgs(Folder)];
            (FirstExitCode, FirstOutput) = CliRunner.RunAsync(RepositoryPaths.Root, args).GetAwaiter().GetResult();
            FirstCounts = File.ReadAllText(Folder.Combine("out", "tables", "counts_by_month.csv"));
            MarkerAfterFirst = IncompleteRunMarker.IsPresent(Folder.Combine("out"));
            Killed = KilledRun.Run(Folder.Combine("out"), args);
            // A pack of a priority since removed from the configuration, which the next run must delete.
            File.WriteAllText(Folder.Combine("out", "packs", "removed-priority.pdf"), "stale");
            (SecondExitCode, SecondOutput) = CliRunner.RunAsync(RepositoryPaths.Root, args).GetAwaiter().GetResult();
            SecondCounts = File.ReadAllText(Folder.Combine("out", "tables", "counts_by_month.csv"));
        }

        public bool MarkerAfterFirst { get; }

        public KilledRun Killed { get; }

        public TemporaryDirectory Folder { get; } = new();

        public int FirstExitCode { get; }

        public string FirstOutput { get; }

        public string FirstCounts { get; }

        public int SecondExitCode { get; }

        public string SecondOutput { get; }

        public string SecondCounts { get; }

        public void Dispose() => Folder.Dispose();
    }
}

/// <summary>
/// A run of the <c>assessment</c> executable killed (SIGKILL, no chance to clean up) the moment the first temporary
/// chart file appears, i.e. while the report's files are being written; and what the output folder held afterwards.
/// </summary>
public sealed record KilledRun(bool KilledDuringWrite, IReadOnlyList<string> ChangedCsvsAndHtml, bool PdfWhole, bool MarkerPresent, string MarkerText, string Output)
{
    public static KilledRun Run(string outputFolder, string[] args)
    {
        var before = OutputSnapshot.Take(outputFolder);
        var pdf = Path.Combine(outputFolder, "strategic-assessment.pdf");
        var pages = Poppler.PageCount(pdf);
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "assessment.exe" : "assessment"))
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);

        var charts = Path.Combine(outputFolder, "charts");
        var writing = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var process = new Process { StartInfo = start };
        void Seen(string name)
        {
            if (writing.TrySetResult(name)) process.Kill(entireProcessTree: true);
        }

        FileSystemWatcher? watcher = null;
        try
        {
            watcher = new FileSystemWatcher(charts, "*.partial");
            watcher.Created += (_, e) => Seen(e.Name ?? "");
            watcher.EnableRaisingEvents = true;
        }
        catch (IOException)
        {
            // No inotify instance left on a busy machine: the polling below still sees the temporary files.
            watcher?.Dispose();
            watcher = null;
        }

        using var _ = watcher;
        process.Start();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var exited = process.WaitForExitAsync();
        var deadline = Stopwatch.StartNew();
        while (!writing.Task.IsCompleted && !exited.IsCompleted && deadline.Elapsed < TimeSpan.FromMinutes(5))
        {
            if (Directory.EnumerateFiles(charts, "*.partial").FirstOrDefault() is { } file) Seen(Path.GetFileName(file));
            else Thread.Sleep(1);
        }

        if (!process.HasExited) process.Kill(entireProcessTree: true);
        process.WaitForExit();
        var killedDuringWrite = writing.Task.IsCompleted && process.ExitCode != 0;
        var output = $"exit {process.ExitCode}; first temporary file seen: {(writing.Task.IsCompleted ? writing.Task.Result : "none")}\n{stdout.Result}{stderr.Result}";

        var pdfUnchanged = File.ReadAllBytes(pdf).AsSpan().SequenceEqual(before.Files["strategic-assessment.pdf"]);
        var pdfWhole = pdfUnchanged || Poppler.PageCount(pdf) == pages;
        var marker = Path.Combine(outputFolder, IncompleteRunMarker.FileName);
        return new KilledRun(
            killedDuringWrite,
            [.. before.Changed().Where(f => f != "strategic-assessment.pdf")],
            pdfWhole,
            File.Exists(marker),
            File.Exists(marker) ? File.ReadAllText(marker) : "",
            output);
    }
}
