using System.Text.Json.Nodes;
using Assessment.Core.Reporting.ActionPlans;
using Assessment.Core.Reporting;

namespace Assessment.Core.Tests.Reporting;

/// <summary>A small fixed report that uses every block type, for the renderer's structural and approval tests.</summary>
internal static class SampleReport
{
    public static readonly ReportCover Cover = new("Example Community Safety Partnership", "Strategic Assessment 2025", "January 2025 to December 2025", new DateOnly(2026, 3, 5), "OFFICIAL");

    public static ReportTable CountsTable() => SampleTables.Counts();

    public static JsonObject Spec() => new() { ["mark"] = "bar", ["description"] = "spec" };

    public static ReportDocument Document() => new(Cover,
    [
        new ReportSection("summary", "Executive summary",
            new ParagraphBlock("Crime **rose** in *some* places <script>alert(1)</script> & fell in others."),
            new KeyFactsBlock([new KeyFact("Recorded crime", "13,546", "2025"), new KeyFact("Largest category", "Violence and sexual offences")], "Key facts"),
            new CalloutBlock(CalloutKind.Warning, "Only four months of 2024 were loaded.")),
        new ReportSection("figures", "Figures",
            [
                new HeadingBlock("Counts"),
                new TableBlock(CountsTable()),
                new ChartBlock("monthly", "Crimes per month", Spec(), "Line chart: crimes per month rose from 1,200 to 1,400.", "police.uk", "Gaps are months with no data."),
                new ChartBlock("ward-map", "Crimes by ward", Spec(), "Map: the city centre ward has the most crime.", "police.uk; OS boundaries", Kind: ChartKind.Map),
            ],
            [new ReportSection("figures-detail", "Detail", new BulletListBlock(["First point", "**Second** point"]))]),
        new ReportSection("plan", "Action plan",
            new ActionPlanBlock("plan-table", "Action plan 2026", [new ActionPlanItem("ASB", "Run pop-up hubs", "Council", "By June 2026", "Hubs held", RagStatus.Amber) { Id = "asb-1" }])
            {
                Assessments = [new("asb-1", "Run pop-up hubs", null, "ASB", "Hubs held", RagStatus.Amber, "Amber (reported by the lead, not computed)", MeasureStatusSource.ReportedByLead, "3 of 6 held.")],
            },
            new CalloutBlock(CalloutKind.NotYetAvailable, "Reoffending analysis is not yet included in this version of the report."),
            new PageBreakBlock(),
            new DefinitionListBlock([new Definition("LSOA", "Lower Layer Super Output Area.")])),
    ]);

    public const string MonthlySvg = """<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50" viewBox="0 0 100 50"><defs><clipPath id="monthly-clip1"><rect width="100" height="50"/></clipPath></defs><g clip-path="url(#monthly-clip1)"><rect width="40" height="50" fill="#1d4e89"/></g></svg>""";

    /// <summary>Fonts, the monthly chart's SVG, no SVG for the map (so it shows its text alternative), and page numbers.</summary>
    public static ReportRenderAssets Assets(IReadOnlyDictionary<string, int>? pages = null) => new(
        [new EmbeddedFont("Inter", 400, "AAAA")],
        new Dictionary<string, string> { ["monthly"] = MonthlySvg },
        new Dictionary<string, string> { ["ward-map"] = "the boundary file was not found" },
        pages);
}
