using System.Globalization;
using System.Text.Json.Nodes;
using Assessment.Core.Charts;
using Assessment.Core.Model;
using Assessment.Core.Reporting;
using Assessment.Files.Geography;

namespace Assessment.Browser.Tests;

/// <summary>Documents and chart specs for the rendering tests, built from fixed numbers and the real ward boundaries.</summary>
internal static class TestDocuments
{
    public static readonly AssessmentPeriod Period = new(new YearMonth(2025, 12), 12);

    private static readonly ChangeClass Rise = new("Significant increase", "#D55E00", "#D55E00");
    private static readonly ChangeClass Flat = new("No significant change", "#8c959f", "#8c959f");
    private static readonly ChangeClass Hollow = new("Cannot tell", "#ffffff", "#57606a");

    /// <summary>The Canterbury wards as the CLI reads them, each with a made-up count and its ONS label point.</summary>
    public static IReadOnlyList<MapFeature> Wards() =>
        BoundaryFile.Read(Path.Combine(RepositoryPaths.DataSamples, "boundaries", "canterbury-wards-2025.geojson"))
            .Select(w => new MapFeature(w.Geometry, new JsonObject
            {
                ["WD25NM"] = w.Property("WD25NM"),
                ["crimes"] = 40 + int.Parse(w.Property("FID")!, CultureInfo.InvariantCulture) % 37 * 9, // fixed, made-up values: a rendering test
                ["LONG"] = double.Parse(w.Property("LONG")!, CultureInfo.InvariantCulture),
                ["LAT"] = double.Parse(w.Property("LAT")!, CultureInfo.InvariantCulture),
            }))
            .ToArray();

    public static IReadOnlyList<(string Id, JsonObject Spec)> AllChartKinds() =>
    [
        ("monthly", MonthlyTrendChart.Build(
            Enumerable.Range(0, 24).Where(i => i is < 4 or >= 12).Select(i => new MonthlyValue(new YearMonth(2024, 1).AddMonths(i), 1200 + i * 17 % 150)).ToList(),
            Period, "Crimes per month", "Monthly crimes.")),
        ("change", ChangeBarChart.Build(
            [new("Burglary", 12, Rise, 3, 20), new("Robbery", -4, Flat, -9, 1), new("Drugs", 0, Hollow)], [Rise, Flat, Hollow], "Change in crimes (count)", "Change by type.")),
        ("small-multiples", SmallMultiplesChart.Build(
            new[] { "Burglary", "Robbery", "Drugs", "Shoplifting" }.SelectMany((t, k) => Enumerable.Range(0, 12).Select(i => new CategoryMonthlyValue(t, new YearMonth(2025, 1).AddMonths(i), 10 * (k + 1) + i % 4))).ToList(),
            "Per month", "Panels.")),
        ("control", ControlChart.Build(
            Enumerable.Range(0, 12).Select(i => new ControlChartPoint(new YearMonth(2025, 1).AddMonths(i), 50 + i * 3 % 11, 55, 33, 77, i == 11)).ToList(), "Crimes per month", "Control chart.")),
        ("ward-map", ChoroplethMap.Build(Wards(), new ChoroplethOptions("crimes", "WD25NM", "Crimes (count)", "LONG", "LAT"), "Ward map.", new GeoJsonMapWriter(),
            [new MapPoint(1.0798, 51.2802, "City centre", 5), new MapPoint(1.0255, 51.3601, "Whitstable", 2)],
            places: [new MapPlace("Canterbury city centre", 1.0798, 51.2802, MapPlaceKind.Centre), new MapPlace("Whitstable", 1.0255, 51.3601)])),
        ("lorenz", LorenzCurveChart.Build(LorenzCurve.FromCounts([50, 20, 10, 5, 5, 3, 2, 1, 0, 0]), "Share of areas, highest first", "Share of crime", "Concentration.")),
        ("matrix", PriorityHeatMatrix.Build(
            [new("ASB", "Volume", 5), new("ASB", "Harm", 2), new("ASB", "Trend", 3), new("Robbery", "Volume", 1), new("Robbery", "Harm", 4), new("Robbery", "Trend", 5)],
            ["ASB", "Robbery"], ["Volume", "Harm", "Trend"], "Score (1–5)", "Priority matrix.")),
    ];

    /// <summary>A small report: three chapters, one with a sub-section, a table of fixed numbers, two charts (one a map).</summary>
    public static ReportDocument Small()
    {
        var kinds = AllChartKinds().ToDictionary(k => k.Id, k => k.Spec);
        var table = new ReportTable("counts", "Recorded crime by type",
            [TableColumn.Text("Crime type"), TableColumn.Count("2024"), TableColumn.Count("2025"), TableColumn.Number("Difference", NumberFormat.SignedInteger)],
            [["Burglary", 12345, 12289, -56], ["Robbery", 1000, 1250, 250]],
            "police.uk", ["All crime", 13345, 13539, 194]);
        return new ReportDocument(
            new ReportCover("Example Community Safety Partnership", "Strategic Assessment 2025", "January 2025 to December 2025", new DateOnly(2026, 3, 5), "OFFICIAL"),
            [
                new ReportSection("summary", "Executive summary", new ParagraphBlock("Recorded crime was **broadly level**."),
                    new KeyFactsBlock([new KeyFact("Recorded crime", "13,539", "2025")])),
                new ReportSection("figures", "Figures and tables",
                    [
                        new TableBlock(table),
                        new ChartBlock("monthly", "Crimes per month", kinds["monthly"], "Line chart of crimes per month.", "police.uk"),
                        new ChartBlock("ward-map", "Crimes by ward", kinds["ward-map"], "Map of crimes by ward.", "police.uk; OS boundaries", Kind: ChartKind.Map),
                    ],
                    [new ReportSection("figures-notes", "Notes on the figures", new ParagraphBlock("Counts are of records."))]),
                new ReportSection("glossary", "Glossary", new DefinitionListBlock([new Definition("LSOA", "Lower Layer Super Output Area.")])),
            ]);
    }

    /// <summary>
    /// The strategic assessment input from the committed police.uk sample (Kent, 16 months): in-area means an
    /// LSOA name starting "Canterbury ". Counted here with a plain reader, independently of the ingest code.
    /// </summary>
    public static AssessmentReportInput CanterburySample()
    {
        var counts = new Dictionary<(YearMonth, string), long>();
        var files = new List<FileQuality>();
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.DataSamples, "policeuk", "kent"), "*-street.csv", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            long read = 0, noLocation = 0, outside = 0;
            var month = YearMonth.Parse(Path.GetFileName(file)[..7]);
            foreach (var line in File.ReadLines(file).Skip(1))
            {
                if (line.Length == 0) continue;
                read++;
                var fields = line.Split(',');
                if (fields[4].Length == 0) noLocation++;
                else if (!fields[8].StartsWith("Canterbury ", StringComparison.Ordinal)) outside++;
                else counts[(month, fields[9])] = counts.GetValueOrDefault((month, fields[9])) + 1;
            }

            files.Add(new FileQuality(Path.GetRelativePath(RepositoryPaths.Root, file), "kent", month, read, read, 0, noLocation, outside, 0));
        }

        return new AssessmentReportInput("Canterbury Community Safety Partnership", "Canterbury", Period, new DateOnly(2026, 3, 5), "OFFICIAL",
            counts.Select(c => new MonthlyCount("Canterbury", c.Key.Item1, c.Key.Item2, c.Value)).ToList(), files);
    }
}
