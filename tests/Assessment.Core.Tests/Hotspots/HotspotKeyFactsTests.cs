using Assessment.Core.Hotspots;
using Assessment.Core.Reporting;
using Assessment.Core.Reporting.Sections;
using Assessment.Core.Spatial;
using static Assessment.Core.Tests.Hotspots.HotspotTestData;

namespace Assessment.Core.Tests.Hotspots;

/// <summary>The key facts of a hotspot section, from the synthetic town's findings.</summary>
public sealed class HotspotKeyFactsTests
{
    [Fact]
    public void ForGroup_EveryKeyFact_StatesTheAssessmentMonths()
    {
        var findings = HotspotAnalysis.Run(Input(Town(SampleLoadedMonths, m => m.Year == 2025), null, ViolenceGroup)
            with { Boundaries = new HotspotBoundaries(null, null, TownWards()) });

        var facts = HotspotSections.ForGroup(findings, findings.Group("Violence"), null, "police.uk (test)").Blocks.OfType<KeyFactsBlock>().Single().Facts;

        // The town's assessment period is January to December 2025, every month loaded.
        Assert.Equal(["Records", "Hotspot squares", "Share of records in hotspots", "Largest hotspot"], facts.Select(f => f.Label));
        Assert.All(facts, f => Assert.EndsWith("January to December 2025 (12 months)", f.Note, StringComparison.Ordinal));
    }
}
