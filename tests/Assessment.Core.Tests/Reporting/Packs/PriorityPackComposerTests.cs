using AngleSharp.Html.Parser;
using Assessment.Core.Hotspots;
using Assessment.Core.Model;
using Assessment.Core.Reporting;
using Assessment.Core.Reporting.ActionPlans;
using Assessment.Core.Reporting.Packs;
using Assessment.Core.Reporting.Sections;
using Assessment.Files.Geography;
using static Assessment.Core.Tests.Hotspots.HotspotTestData;

namespace Assessment.Core.Tests.Reporting.Packs;

/// <summary><see cref="PriorityPackComposer"/>: one pack per priority, each holding only its own theme, hotspots, actions and measures.</summary>
public sealed class PriorityPackComposerTests
{
    private static readonly PriorityTheme ViolencePriority = new("violence", "Reduce violence", "Violence in the town centre.", [], [Violence], null);
    private static readonly PriorityTheme ShopPriority = new("shop-theft", "Tackle shop theft", "Shoplifting.", [], [Shoplifting], null);

    private static readonly Lazy<HotspotFindings> Findings = new(() => HotspotAnalysis.Run(
        Input(Town(SampleLoadedMonths, m => m.Year == 2025), null, new AnalysisGroup("Reduce violence", [Violence]) { Key = "violence" }, new AnalysisGroup("Tackle shop theft", [Shoplifting]) { Key = "shop-theft" })
            with { Boundaries = new HotspotBoundaries(null, null, TownWards()) }));

    private static AssessmentReportInput ReportInput() =>
        new AssessmentReportInput("Example CSP", "Testtown", Period, new DateOnly(2026, 3, 5), "OFFICIAL", [], [])
        {
            Priorities = [ViolencePriority, ShopPriority],
            ActionPlan =
            [
                new ActionPlanItem("Reduce violence", "Run a night-time safe space", "Council", "March 2026", "Not stated", RagStatus.NotAssessed) { Id = "violence-1" },
                new ActionPlanItem("shop-theft", "Brief retailers on shop theft", "Police", "June 2026", "Not stated", RagStatus.NotAssessed),
            ],
        };

    private static PriorityPackComposer Composer() =>
        new(new PriorityThemeSections(), Findings.Value, new HotspotMapLayers(TownWards(), new GeoJsonMapWriter()));

    [Fact]
    public void Compose_TwoPriorities_OnePackEachInOrderHoldingOnlyItsOwnThemeHotspotsAndActions()
    {
        var packs = Composer().Compose(ReportInput());

        Assert.Equal(["violence", "shop-theft"], packs.Select(p => p.ThemeId));
        var violence = packs[0].Document;
        Assert.Equal("Priority pack: Reduce violence", violence.Cover.Title);
        Assert.Equal(["priority-violence"], violence.Sections.Select(s => s.Id));
        Assert.Equal(["priority-violence", "pack-hotspots-reduce-violence", "pack-actions-and-measures"], violence.AllSections().Select(s => s.Id));
        Assert.All(violence.Charts(), c => Assert.StartsWith("pack-hotspots-reduce-violence-map", c.Id, StringComparison.Ordinal));
        Assert.NotEmpty(violence.Charts());
        var text = Text(violence);
        Assert.Contains("Run a night-time safe space", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Brief retailers on shop theft", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Tackle shop theft", text, StringComparison.Ordinal);
        Assert.Contains("Brief retailers on shop theft", Text(packs[1].Document), StringComparison.Ordinal);
        Assert.DoesNotContain("Reduce violence", Text(packs[1].Document), StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_NoMeasures_SaysNoMeasuresSet()
    {
        var pack = Composer().Compose(ReportInput())[0].Document;

        var actions = pack.AllSections().Single(s => s.Id == "pack-actions-and-measures");
        Assert.Contains(actions.Blocks, b => b is CalloutBlock { Title: "No measures set" });
        Assert.DoesNotContain(pack.Tables(), t => t.Id == "pack-measures");
    }

    [Fact]
    public void Compose_Measures_ListsTheThemesMeasuresWithStatusAndEvidence()
    {
        var measures = new[]
        {
            new MeasureAssessment("violence-1", "Run a night-time safe space", "violence", "Reduce violence", "Violence in the centre wards, reduce",
                RagStatus.Amber, "Amber: no significant change", MeasureStatusSource.Computed, "412 → 398 (−3%), not significant"),
            new MeasureAssessment("other-1", "Elsewhere", "other", "Other", "Not this theme", RagStatus.Red, "Red", MeasureStatusSource.Computed, "Not this theme's"),
        };

        var packs = Composer().Compose(ReportInput() with { MeasureAssessments = measures });

        var table = packs[0].Document.Tables().Single(t => t.Id == "pack-measures");
        Assert.Equal([["Run a night-time safe space", "Council", "Violence in the centre wards, reduce", "Amber: no significant change", "412 → 398 (−3%), not significant"]],
            table.Rows.Select(r => r.Select(c => c.Text).ToArray()));
        Assert.DoesNotContain(packs[1].Document.Tables(), t => t.Id == "pack-measures");
    }

    [Fact]
    public void Compose_NoHotspotAnalysis_LeavesHotspotsOutAndStillValidates()
    {
        var packs = new PriorityPackComposer(new PriorityThemeSections(), null, null).Compose(ReportInput());

        Assert.All(packs, p => Assert.DoesNotContain(p.Document.AllSections(), s => s.Id.StartsWith("pack-hotspots", StringComparison.Ordinal)));
        Assert.Empty(new PriorityPackComposer(new PriorityThemeSections(), null, null).Compose(ReportInput() with { Priorities = [] }));
    }

    private static string Text(ReportDocument document) =>
        new HtmlParser().ParseDocument(new HtmlReportRenderer().Render(document, ReportRenderAssets.None)).Body!.TextContent;
}
