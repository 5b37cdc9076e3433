using Assessment.Core.Hotspots;
using Assessment.Core.Model;
using Assessment.Core.Reporting;
using Assessment.Core.Reporting.Sections;
using Assessment.Core.Spatial;
using static Assessment.Core.Tests.Hotspots.HotspotTestData;

namespace Assessment.Core.Tests.Hotspots;

/// <summary>
/// A synthetic town with a dense centre whose timing is set by each test, so that what the analysis must say
/// (which cell is hot, which ward, persistent or emerging, the change counts) can be worked out by hand.
/// </summary>
public sealed class HotspotAnalysisScenarioTests
{
    // The centre's main snap point (602400, 152400) lies in the cell whose south-west corner is (602250, 152250).
    private const string CentreCellId = "E602250N152250";

    private static readonly IReadOnlyList<YearMonth> SampleMonths = SampleLoadedMonths;

    [Fact]
    public void Run_CentreBusyInEveryMonth_IsAPersistentHotspotNamedByItsWardAndBusiestPlace()
    {
        var input = Input(Town(SampleMonths, _ => true), null, ViolenceGroup) with { Boundaries = new HotspotBoundaries(null, null, TownWards()) };

        var findings = HotspotAnalysis.Run(input);
        var violence = findings.Group("Violence");

        var largest = violence.Areas[0];
        Assert.Contains(CentreCellIndex(violence), largest.CellIndexes);
        Assert.Equal("Centre", largest.Ward);
        Assert.Equal("On or near Market Street", largest.TopPlaces[0].Location);
        Assert.Equal(240, largest.TopPlaces[0].Events); // 20 a month for 12 months at the main point
        Assert.Equal(HotspotCategory.PersistentHotspot, largest.CategoryMix[0].Key);
        var mainArea = HotspotNarrative.Describe(violence, findings)[1];
        Assert.Contains("Market Street in Centre ward (240)", mainArea, StringComparison.Ordinal);
        Assert.Contains("persistent", mainArea, StringComparison.Ordinal);
        Assert.Contains("persistence within the year", mainArea, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_CentreBusyOnlyInTheLastQuarter_IsEmergingAndNewAgainstTheMatchedMonths()
    {
        var lastQuarter = new HashSet<YearMonth> { new(2025, 10), new(2025, 11), new(2025, 12) };
        var input = Input(Town(SampleMonths, lastQuarter.Contains, centreCount: 60), null, ViolenceGroup);

        var violence = HotspotAnalysis.Run(input).Group("Violence");

        var centre = CentreCellIndex(violence);
        Assert.Equal(HotspotCategory.EmergingHotspot, violence.Classification![centre].Category);
        Assert.Equal(HotspotCategory.EmergingHotspot, violence.Areas[0].CategoryMix[0].Key);
        // January–April 2025 against January–April 2024: the centre was quiet in both windows.
        Assert.Equal(HotspotChange.NotHotspot, violence.Change!.Cells[centre].Change);
        Assert.Equal(0, violence.Areas[0].CellsHotInComparison);
    }

    [Fact]
    public void Run_CentreBusyOnlyIn2025_IsANewHotspotInTheMatchedMonths()
    {
        var input = Input(Town(SampleMonths, m => m.Year == 2025), null, ViolenceGroup);

        var findings = HotspotAnalysis.Run(input);
        var violence = findings.Group("Violence");

        Assert.Equal(HotspotChange.NewHotspot, violence.Change!.Cells[CentreCellIndex(violence)].Change);
        Assert.True(violence.Change.New >= 1);
        Assert.Contains("became hotspots", HotspotNarrative.Describe(violence, findings).Single(s => s.StartsWith("Comparing", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ClusterChange_CountsTheSameMonthsInsideTheSameOutline()
    {
        // Centre: 8+4+2 = 14 a month in January–April 2024, 20+10+5 = 35 a month in 2025.
        var records = Town(SampleMonths, m => m.Year == 2025).Concat(Town(JanToApr2024, _ => true, centreCount: 8).Where(r => r.Location != null && !r.Location.StartsWith("On or near Road", StringComparison.Ordinal))).ToList();

        var violence = HotspotAnalysis.Run(Input(records, null, ViolenceGroup)).Group("Violence");

        var centre = violence.Dbscan.Clusters[0];
        Assert.Equal(3, centre.SnapPoints);
        Assert.Equal(35 * 12, centre.Summary.EventCount);
        Assert.Equal(14 * 4, centre.MatchedComparisonEvents);
        Assert.Equal(35 * 4, centre.MatchedCurrentEvents);
        Assert.Equal(35 * 4 - 14 * 4, centre.Change);
        Assert.Equal(100.0 * (35 - 14) / 14, centre.PercentChange!.Value, 9);
    }

    [Fact]
    public void Run_OnlyTheAssessmentYearLoaded_HasNoChangeAndSaysWhy()
    {
        var findings = HotspotAnalysis.Run(Input(Town(Months2025, _ => true), Months2025, ViolenceGroup));
        var violence = findings.Group("Violence");

        Assert.Null(violence.Change);
        Assert.All(violence.Dbscan.Clusters, c => Assert.Null(c.Change));
        Assert.Contains(HotspotNote.NoMatchedMonths, violence.Notes);
        Assert.Contains(HotspotNoteWording.ForGroup(violence, findings), n => n.Contains("change in hotspots is not assessed", StringComparison.Ordinal));
        Assert.DoesNotContain(HotspotNarrative.Describe(violence, findings), s => s.StartsWith("Comparing", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_AMonthOfTheAssessmentYearMissing_HasNoClassificationAndSaysWhich()
    {
        var loaded = SampleMonths.Where(m => m != new YearMonth(2025, 8)).ToArray();

        var findings = HotspotAnalysis.Run(Input(Town(loaded, _ => true), loaded, ViolenceGroup));

        Assert.False(findings.Periods.HasClassification);
        Assert.Null(findings.Group("Violence").Classification);
        Assert.Equal(new YearMonth(2025, 7), findings.Periods.ClassificationGap!.IncompleteBlock!.Months[0]);
        Assert.Equal("not every month of the assessment period is loaded (Jul–Sep 2025 is incomplete), and the classification needs every quarter complete",
            HotspotWording.ClassificationReason(findings.Periods.ClassificationGap));
    }

    [Fact]
    public void Run_LsoasWithoutRecords_CountAsUnitsOfConcentration()
    {
        var lsoas = new[] { "E01000001", "E01000002", "E01000003", "E01000004" }
            .Select(code => Rectangle(599000, 149000, 605000, 155000, ("LSOA21CD", code))).ToArray();
        var input = Input(Town(Months2025, _ => true), Months2025) with { Boundaries = new HotspotBoundaries(null, lsoas, null) };

        var all = HotspotAnalysis.Run(input).Groups.Single();

        // Every record is in E01000001: one unit of four holds all of them.
        Assert.Equal(4, all.LsoaConcentration!.Units);
        Assert.Equal(0.25, all.LsoaConcentration.UnitShareHolding50Percent);
        Assert.Equal(0.75, all.LsoaConcentration.Gini, 12);
    }

    [Fact]
    public void Run_WithAnAreaBoundary_ClipsTheGridAndReportsEventsInExcludedEdgeCells()
    {
        // A boundary covering only the west half of the town: cells whose centre is east of 602000 are excluded.
        var boundary = Rectangle(600000, 150000, 602000, 154000).Geometry;
        var input = Input(Town(Months2025, _ => true), Months2025) with { Boundaries = new HotspotBoundaries(boundary, null, null) };

        var findings = HotspotAnalysis.Run(input);
        var all = findings.Groups.Single();

        Assert.All(all.GiStar!.Grid.Cells, c => Assert.True(c.Centre.Easting < 602000));
        var east = all.Events - all.GiStar.Cells.Sum(c => c.Value);
        Assert.Equal(east, all.EventsOutsideGrid);
        Assert.True(east > 0);
        Assert.Contains(HotspotNoteWording.ForGroup(all, findings), n => n.Contains("edge cells whose centre lies outside the area boundary", StringComparison.Ordinal));
        // The note is in the methods appendix, beside the group's figures, not in the chapter.
        var note = HotspotNoteWording.ForGroup(all, findings).Single(n => n.Contains("edge cells", StringComparison.Ordinal));
        Assert.Contains(HotspotMethodology.Blocks(findings).OfType<BulletListBlock>().Last().Items, i => i.EndsWith(note, StringComparison.Ordinal));
        var chapter = HotspotSections.ForGroup(findings, all, null, "test");
        Assert.DoesNotContain(chapter.Blocks.OfType<CalloutBlock>(), c => c.Text.Contains("edge cells", StringComparison.Ordinal));
    }

    private static int CentreCellIndex(GroupHotspotFindings group)
    {
        var grid = group.GiStar!.Grid;
        Assert.True(grid.TryLocate(602400, 152400, out var index));
        Assert.Equal(CentreCellId, HotspotFindings.CellId(grid.Cells[index]));
        return index;
    }
}
