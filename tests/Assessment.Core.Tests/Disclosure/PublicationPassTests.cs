using System.Text.Json.Nodes;
using Assessment.Core.Charts;
using Assessment.Core.Disclosure;
using Assessment.Core.Reporting;

namespace Assessment.Core.Tests.Disclosure;

public sealed class PublicationPassTests
{
    private static readonly ReportCover Cover = new("Example CSP", "Strategic Assessment 2025", "2025", new DateOnly(2026, 3, 5), "ANY");

    [Fact]
    public void OutsideAScope_CountsArePlainText()
    {
        Assert.Equal("1,234", ReportNumbers.FormatCount(1234));
        Assert.Equal("+5", ReportNumbers.FormatSignedCount(5));
    }

    [Fact]
    public void PublicEdition_WithholdsASmallCountInText_AndEveryCountBesideIt()
    {
        var document = Compose(() => new ParagraphBlock($"Robbery rose from {ReportNumbers.FormatCount(3)} to {ReportNumbers.FormatCount(8)} ({ReportNumbers.FormatSignedCount(5)})."));

        var text = Paragraph(PublicationPass.Apply(document, DisclosurePolicy.Public));

        Assert.Equal("Robbery rose from fewer than 5 to [c] ([c]).", text);
    }

    [Fact]
    public void PublicEdition_KeepsTextWithoutSmallCounts_AndMarksItsCountsForTheHtml()
    {
        var document = Compose(() => new ParagraphBlock($"Crime rose from {ReportNumbers.FormatCount(1200)} to {ReportNumbers.FormatCount(1234)}; {ReportNumbers.FormatCount(0)} arson."));

        var published = PublicationPass.Apply(document, DisclosurePolicy.Public);
        var html = new HtmlReportRenderer().Render(published, ReportRenderAssets.None);

        Assert.Contains("Crime rose from <span class=\"count\">1,200</span> to <span class=\"count\">1,234</span>; <span class=\"count\">0</span> arson.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void RestrictedEdition_ShowsEverything_AndIsMarkedOfficialSensitive()
    {
        var document = Compose(() => new ParagraphBlock($"Robbery rose from {ReportNumbers.FormatCount(3)} to {ReportNumbers.FormatCount(8)}."));

        var published = PublicationPass.Apply(document, DisclosurePolicy.Restricted);
        var html = new HtmlReportRenderer().Render(published, ReportRenderAssets.None);

        Assert.Equal("OFFICIAL-SENSITIVE", published.Cover.Classification);
        Assert.Contains("Protective marking: <strong>OFFICIAL-SENSITIVE</strong>", html, StringComparison.Ordinal);
        // The restricted edition's text is exactly as written, with no count marks left in it.
        Assert.Contains("<p>Robbery rose from 3 to 8.</p>", html, StringComparison.Ordinal);
        Assert.Equal("OFFICIAL", PublicationPass.Apply(document, DisclosurePolicy.Public).Cover.Classification);
    }

    [Fact]
    public void AnUnresolvedCount_CannotReachTheHtml()
    {
        var document = Compose(() => new ParagraphBlock($"{ReportNumbers.FormatCount(3)} robberies."));

        Assert.Throws<InvalidOperationException>(() => new HtmlReportRenderer().Render(document, ReportRenderAssets.None));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void BothEditions_KeepACsvOnlyTableOutOfThePrint(bool restricted)
    {
        var table = new ReportTable("t", "Crimes by type", [TableColumn.Text("Type"), TableColumn.Count("Current")], [["Theft", 90]]);
        var document = Compose(() => TableBlock.CsvOnly(table));

        var published = PublicationPass.Apply(document, restricted ? DisclosurePolicy.Restricted : DisclosurePolicy.Public);

        Assert.False(Assert.IsType<TableBlock>(published.AllBlocks().Single()).Printed);
        Assert.True(Assert.IsType<TableBlock>(PublicationPass.Apply(Compose(() => new TableBlock(table)), DisclosurePolicy.Public).AllBlocks().Single()).Printed);
    }

    [Fact]
    public void PublicEdition_SuppressesTableCountsWithComplements_AndTheirDifferences()
    {
        var table = new ReportTable("t", "Crimes by type", [TableColumn.Text("Type"), TableColumn.Count("Previous"), TableColumn.Count("Current"), TableColumn.Number("Change", NumberFormat.SignedInteger)],
            [["Arson", 6, 3, -3], ["Robbery", 40, 30, -10], ["Theft", 100, 90, -10]],
            Totals: ["Total", 146, 123, -23]);
        var suppressed = false;

        var result = TableDisclosure.Apply(table, DisclosurePolicy.Public, ref suppressed);

        Assert.True(suppressed);
        // Arson's current count is small; Robbery's (the smallest other in the column) is withheld with it, since the total would give it back.
        Assert.Equal(["Arson", 6L, "[c]", "[c]"], result.Rows[0].Select(Show));
        Assert.Equal(["Robbery", 40L, "[c]", "[c]"], result.Rows[1].Select(Show));
        Assert.Equal(["Theft", 100L, 90L, -10L], result.Rows[2].Select(Show));
        Assert.Equal(123.0, result.Totals![2].Number);
        Assert.Null(result.Rows[0][2].Number);
    }

    [Fact]
    public void ColumnsThatAreNotCounts_AreNeverWithheldForTheirOwnValue()
    {
        var table = new ReportTable("t", "Ranks", [TableColumn.Text("Partnership"), TableColumn.Whole("Rank"), TableColumn.Count("Crimes")], [["A", 1, 500], ["B", 2, 400]]);
        var suppressed = false;

        var result = TableDisclosure.Apply(table, DisclosurePolicy.Public, ref suppressed);

        Assert.False(suppressed);
        Assert.Equal(table.Rows.SelectMany(r => r), result.Rows.SelectMany(r => r));
    }

    [Fact]
    public void PublicEdition_BlanksSmallChartCounts_AndSaysSoUnderTheChart()
    {
        var spec = SmallMultiplesChart.Build(
            [new CategoryMonthlyValue("Robbery", new Core.Model.YearMonth(2025, 1), 3), new CategoryMonthlyValue("Robbery", new Core.Model.YearMonth(2025, 2), 12)], "Per month", "alt");
        var document = new ReportDocument(Cover, [new ReportSection("s", "S", new ChartBlock("c", "Robbery", spec, "alt", "police.uk"))]);

        var chart = PublicationPass.Apply(document, DisclosurePolicy.Public).Charts().Single();
        var values = chart.Spec["data"]!["values"]!.AsArray().Select(v => v!["value"]?.GetValue<double>()).ToList();

        Assert.Contains(null, values);
        Assert.Contains(12.0, values);
        Assert.DoesNotContain(3.0, values);
        Assert.Contains("Counts from 1 to 4 are not shown in this public edition.", chart.Caption, StringComparison.Ordinal);
        Assert.Contains(3.0, spec["data"]!["values"]!.AsArray().Select(v => v!["value"]?.GetValue<double>()));
    }

    [Fact]
    public void MapLabelsAndTooltips_HaveTheirCountsResolved()
    {
        JsonObject spec;
        using (CountMarkers.Begin())
            spec = new JsonObject { ["data"] = new JsonObject { ["values"] = new JsonArray(new JsonObject { ["label"] = $"Northgate: {ReportNumbers.FormatCount(2)} crimes", ["events_count"] = 2 }) } };
        var document = new ReportDocument(Cover, [new ReportSection("s", "S", new ChartBlock("m", "Map", spec, "alt", "police.uk", Kind: ChartKind.Map))]);

        var row = PublicationPass.Apply(document, DisclosurePolicy.Public).Charts().Single().Spec["data"]!["values"]![0]!;

        Assert.Equal("Northgate: fewer than 5 crimes", row["label"]!.GetValue<string>());
        Assert.Null(row["events_count"]);
    }

    private static object Show(TableCell cell) => cell.Text is { } text ? text : (object)(long)cell.Number!.Value;

    [Fact]
    public void PublicEdition_WithholdsASmallCountInAMeasuresEvidence_AndTheRestrictedShowsIt()
    {
        var item = new ActionPlanItem("Reduce robbery", "Patrol the station", "Police", "2026", "", RagStatus.NotAssessed) { Id = "robbery-1" };
        var document = Compose(() => new ActionPlanBlock("plan", "Actions", [item])
        {
            Assessments = [new Assessment.Core.Reporting.ActionPlans.MeasureAssessment("robbery-1", item.Action, "robbery", "Reduce robbery", "Robbery at the station",
                RagStatus.Amber, "Amber: no significant change", Assessment.Core.Reporting.ActionPlans.MeasureStatusSource.Computed,
                $"{ReportNumbers.FormatCount(3)} in 2024, {ReportNumbers.FormatCount(6)} in 2025: no significant change.")],
        });

        var published = (ActionPlanBlock)PublicationPass.Apply(document, DisclosurePolicy.Public).AllBlocks().Single();
        var restricted = (ActionPlanBlock)PublicationPass.Apply(document, DisclosurePolicy.Restricted).AllBlocks().Single();

        Assert.Equal("fewer than 5 in 2024, [c] in 2025: no significant change.", published.Assessments.Single().Evidence);
        Assert.Equal("3 in 2024, 6 in 2025: no significant change.", restricted.Assessments.Single().Evidence);
        Assert.Contains("fewer than 5 in 2024", new HtmlReportRenderer().Render(PublicationPass.Apply(document, DisclosurePolicy.Public), ReportRenderAssets.None), StringComparison.Ordinal);
    }

    private static ReportDocument Compose(Func<ReportBlock> block)
    {
        using (CountMarkers.Begin()) return new ReportDocument(Cover, [new ReportSection("s", "Section", block())]);
    }

    private static string Paragraph(ReportDocument document) => ((ParagraphBlock)document.AllBlocks().Single()).Text;
}
