using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using Assessment.Core.Geography;
using Assessment.Core.Hotspots;
using Assessment.Core.Model;
using Assessment.Core.Reporting;
using Assessment.Core.Reporting.Sections;
using Assessment.Core.Spatial;
using Assessment.Files.Geography;
using NetTopologySuite.Geometries;
using static Assessment.Core.Tests.Hotspots.HotspotTestData;

namespace Assessment.Core.Tests.Hotspots;

/// <summary>The hotspot chapter and maps built from the synthetic town's findings.</summary>
public sealed class HotspotSectionsTests
{
    private const string Source = "police.uk (test)";
    private static readonly Lazy<HotspotFindings> Town2025 = new(() => HotspotAnalysis.Run(
        Input(Town(SampleLoadedMonths, m => m.Year == 2025), null, ViolenceGroup, new AnalysisGroup("Shoplifting", [Shoplifting]))
            with { Boundaries = new HotspotBoundaries(null, null, TownWards()) }));

    private static HotspotMapLayers Layers => new(TownWards(), new GeoJsonMapWriter());

    [Fact]
    public void Chapter_TownFindings_IsAValidDocumentWithOneSectionPerGroup()
    {
        var chapter = HotspotSections.Chapter(Town2025.Value, Layers, Source);
        var document = new ReportDocument(new ReportCover("P", "T", "2025", new DateOnly(2026, 1, 1), "OFFICIAL"), [chapter]);

        document.Validate();
        Assert.Equal(["hotspots-all-crime-and-asb", "hotspots-violence", "hotspots-shoplifting"], chapter.Children.Select(c => c.Id));
        // Violence's largest hotspot is centred in the same ward as all records', so its detail map would repeat that one.
        Assert.Equal(Town2025.Value.Group("All crime and ASB").Areas[0].Ward, Town2025.Value.Group("Violence").Areas[0].Ward);
        Assert.Equal(["hotspot-lorenz", "hotspots-all-crime-and-asb-map", "hotspots-all-crime-and-asb-map-detail", "hotspots-violence-map"],
            document.Charts().Select(c => c.Id));
        Assert.Contains(HotspotSections.ForGroup(Town2025.Value, Town2025.Value.Group("Violence"), Layers, Source).Blocks.OfType<ChartBlock>(), c => c.Id == "hotspots-violence-map-detail");
        // Its hotspot table goes to the CSV output only; on its own (as in a priority pack) the group keeps both.
        Assert.False(document.AllBlocks().OfType<TableBlock>().Single(t => t.Table.Id == "hotspots-violence-hotspots").Printed);
        Assert.True(document.AllBlocks().OfType<TableBlock>().Single(t => t.Table.Id == "hotspots-all-crime-and-asb-hotspots").Printed);
        Assert.True(HotspotSections.ForGroup(Town2025.Value, Town2025.Value.Group("Violence"), Layers, Source).Blocks.OfType<TableBlock>().Single(t => t.Table.Id == "hotspots-violence-hotspots").Printed);
        Assert.All(document.Charts().Where(c => c.Id.Contains("-map", StringComparison.Ordinal)), c => Assert.Equal(ChartKind.Map, c.Kind));
        Assert.DoesNotContain(document.Tables(), t => t.Id is "hotspots" or "gistar" or "concentration");
    }

    [Fact]
    public void Chapter_Headline_SharesOfRecordsAndOfTheAreaInHotspots()
    {
        var findings = Town2025.Value;
        var all = findings.Group("All crime and ASB");
        var hot = all.HotCells(findings.Options.SignificanceLevel);
        Assert.NotEmpty(hot);

        var headline = HotspotSections.Headline(findings);

        Assert.Equal($"{HotspotWording.Percent(hot.Sum(c => c.Value) / all.Events)} of all crimes and ASB incidents in {findings.AreaName} fell in hotspots covering " +
                     $"{HotspotWording.Percent((double)hot.Count / all.GiStar!.Cells.Count)} of the area; the largest is " +
                     $"{HotspotWording.Whereabouts(all.Areas[0].TopPlaces.FirstOrDefault()?.Location, all.Areas[0].Ward)}.", headline);
        Assert.Contains(HotspotSections.Chapter(findings, Layers, Source).Blocks.OfType<ParagraphBlock>(), p => p.Text == headline);
        Assert.Null(HotspotSections.Headline(findings with { Groups = [findings.Group("Violence")] }));
    }

    [Fact]
    public void Chapter_Rendered_PointsToTheMethodsAppendixAndGivesEachGroupItsFindings()
    {
        var chapter = HotspotSections.Chapter(Town2025.Value, Layers, Source);
        var document = new ReportDocument(new ReportCover("P", "T", "2025", new DateOnly(2026, 1, 1), "OFFICIAL"), [chapter]);

        var html = new HtmlParser().ParseDocument(new HtmlReportRenderer().Render(document, ReportRenderAssets.None));

        var text = html.Body!.TextContent;
        // The definition is in the methods appendix; the chapter points there.
        Assert.Equal(0, CountOf(text, "In this report a \"hotspot\" is a square"));
        Assert.Contains("how hotspots and clusters are found is set out in the methods appendix", text, StringComparison.Ordinal);
        var violence = html.QuerySelector("#hotspots-violence")!.TextContent;
        foreach (var sentence in HotspotNarrative.Describe(Town2025.Value.Group("Violence"), Town2025.Value))
            Assert.Contains(sentence.Replace("**", "", StringComparison.Ordinal), violence, StringComparison.Ordinal);
        Assert.Contains("No crimes of this group were recorded", html.QuerySelector("#hotspots-shoplifting")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void MethodsAppendix_DefinesHotspotOnlyWhenTheAnalysisRan(bool ran)
    {
        var input = new AssessmentReportInput("P", "Town", new AssessmentPeriod(new YearMonth(2025, 12), 12), new DateOnly(2026, 1, 1), "OFFICIAL", [], []);
        var results = ran ? new ReportResults { Hotspots = Town2025.Value } : ReportResults.None;

        var appendix = Assert.Single(new MethodologySection(results).Compose(new ReportSectionContext(input, CrimeCountSummary.From(input))));

        var text = string.Join(" ", appendix.SelfAndDescendants().SelectMany(s => s.Blocks).OfType<BulletListBlock>().SelectMany(b => b.Items));
        Assert.Equal(ran ? 1 : 0, CountOf(text, "In this report a \"hotspot\" is a square"));
        Assert.Equal(ran, appendix.Children.Any(c => c.Id == "methodology-hotspots"));
    }

    [Fact]
    public void ForGroup_WithoutWards_SaysTheMapNeedsThemAndDrawsNone()
    {
        var section = HotspotSections.ForGroup(Town2025.Value, Town2025.Value.Group("Violence"), null, Source);

        Assert.DoesNotContain(section.Blocks, b => b is ChartBlock);
        Assert.Contains(section.Blocks, b => b is CalloutBlock { Kind: CalloutKind.NotYetAvailable } c && c.Text.Contains("ward boundaries", StringComparison.Ordinal));
    }

    [Fact]
    public void ClustersTable_LargestClusters_ShowTheLikeForLikeCounts()
    {
        var findings = Town2025.Value;
        var violence = findings.Group("Violence");

        var table = HotspotReportTables.Clusters("t", findings, violence, 5, Source);

        Assert.Equal(Math.Min(5, violence.Dbscan.Clusters.Count), table.Rows.Count);
        var first = violence.Dbscan.Clusters[0];
        Assert.StartsWith("C1: Market Street, Centre", table.Rows[0][0].Text, StringComparison.Ordinal);
        Assert.Equal([first.MatchedComparisonEvents, first.MatchedCurrentEvents, first.Change], table.Rows[0].Skip(4).Select(c => c.Number));
        Assert.Equal(["Jan–Apr 2024", "Jan–Apr 2025", "Difference"], table.Columns.Skip(4).Select(c => c.Header));
    }

    [Fact]
    public void ForGroup_WardNameTooLongForTheMap_IsNamedUnderTheMapInstead()
    {
        // 150 characters at 8 px need about 720 px, more than the 540-pixel map.
        var longName = string.Concat(Enumerable.Repeat("Long ward name ", 10)).Trim();
        var wards = TownWards().Select(w => (string?)w.Properties["WD25NM"] == "Centre"
            ? w with { Properties = w.Properties.ToDictionary(p => p.Key, p => p.Key == "WD25NM" ? longName : p.Value) }
            : w).ToList();

        var section = HotspotSections.ForGroup(Town2025.Value, Town2025.Value.Group("Violence"), new HotspotMapLayers(wards, new GeoJsonMapWriter()), Source);

        var map = section.Blocks.OfType<ChartBlock>().First();
        Assert.Equal([longName], Assessment.Core.Charts.ChoroplethMap.UnplacedLabels(map.Spec));
        Assert.Contains($"Wards not labelled for lack of room: {longName}.", map.Caption, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_District_LayersWardsHotSquaresOutlinesAndLabels()
    {
        var findings = Town2025.Value;
        var violence = findings.Group("Violence");

        var spec = HotspotMap.Build(findings, violence, Layers, "Map.");

        var layers = spec["layer"]!.AsArray().Select(l => l!.AsObject()).ToArray();
        Assert.Equal("properties.events", (string?)layers[0]["encoding"]!["color"]!["field"]);
        Assert.Equal(["Centre", "Outer"], Features(layers[0]).Select(f => (string?)f!["properties"]!["name"]));
        Assert.Equal(violence.HotCells(0.05).Count, Features(layers[1]).Count);
        Assert.Equal("properties.band", (string?)layers[1]["encoding"]!["fill"]!["field"]);
        var outlines = layers.Single(l => l["mark"]!["filled"] is JsonValue v && !v.GetValue<bool>());
        Assert.Equal(violence.Dbscan.Clusters.Count, Features(outlines).Count);
        Assert.NotNull(outlines["mark"]!["strokeDash"]);
        Assert.Contains(layers, l => l["data"]?["values"] is JsonArray rows && rows.Any(r => (string?)r!["label"] == "Centre"));
        Assert.Contains(layers, l => l["data"]?["values"] is JsonArray rows && rows.Any(r => (string?)r!["label"] == "C1"));
    }

    [Fact]
    public void Map_WardFileOfAnotherVintage_JoinsCountsByItsOwnCodeProperty()
    {
        var findings = Town2025.Value;
        var violence = findings.Group("Violence");
        // The same wards as a 2019 file: WD19CD and WD19NM instead of WD25CD and WD25NM.
        var wards2019 = TownWards().Select(w => new BoundaryFeature(w.Geometry,
            w.Properties.ToDictionary(p => p.Key.Replace("WD25", "WD19", StringComparison.Ordinal), p => p.Value))).ToArray();
        var expected = violence.WardCounts.ToDictionary(w => w.Ward, w => Math.Round(w.Events));

        var spec = HotspotMap.Build(findings, violence, new HotspotMapLayers(wards2019, new GeoJsonMapWriter()), "Map.");

        var wards = Features(spec["layer"]!.AsArray()[0]!.AsObject()).ToDictionary(f => (string)f!["properties"]!["name"]!, f => (double)f!["properties"]!["events"]!);
        Assert.Equal(["Centre", "Outer"], wards.Keys.Order(StringComparer.Ordinal));
        Assert.True(expected["Centre"] > 0);
        Assert.Equal(expected["Centre"], wards["Centre"]);
        Assert.Equal(expected["Outer"], wards["Outer"]);
    }

    [Fact]
    public void Map_Detail_KeepsOnlyWhatIsNearTheLargestHotspot()
    {
        var findings = Town2025.Value;
        var violence = findings.Group("Violence");

        var spec = HotspotMap.Build(findings, violence, Layers, "Map.", zoomToLargestHotspot: true);

        var cells = Features(spec["layer"]!.AsArray()[1]!.AsObject());
        var window = Envelope(violence.Areas[0].CellIndexes.Select(i => violence.GiStar!.Grid.CellPolygon(i)));
        window.ExpandBy(findings.Options.CellSizeMetres * 4);
        Assert.NotEmpty(cells);
        Assert.All(cells, c =>
        {
            var first = c!["geometry"]!["coordinates"]![0]![0]!.AsArray();
            var corner = BritishNationalGrid.ToGrid(first[0]!.GetValue<double>(), first[1]!.GetValue<double>());
            Assert.True(window.Contains(corner.Easting, corner.Northing), $"{corner} is far from the largest hotspot");
        });
    }

    private static JsonArray Features(JsonObject layer) => layer["data"]!["values"]!["features"]!.AsArray();

    private static Envelope Envelope(IEnumerable<Polygon> polygons)
    {
        var envelope = new Envelope();
        foreach (var p in polygons) envelope.ExpandToInclude(p.EnvelopeInternal);
        return envelope;
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal)) count++;
        return count;
    }
}
