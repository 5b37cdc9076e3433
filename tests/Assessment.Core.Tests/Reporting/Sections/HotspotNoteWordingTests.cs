using Assessment.Core.Hotspots;
using Assessment.Core.Reporting.Sections;
using static Assessment.Core.Tests.Hotspots.HotspotTestData;

namespace Assessment.Core.Tests.Reporting.Sections;

public sealed class HotspotNoteWordingTests
{
    private static readonly Lazy<HotspotFindings> Findings = new(() => HotspotAnalysis.Run(Input(Town(Months2025, _ => true), Months2025, ViolenceGroup)));

    private static readonly HotspotNote[] AreaNotes = [HotspotNote.RecordsAtZeroCoordinates, HotspotNote.NoAreaBoundary];

    [Fact]
    public void ForGroup_EveryGroupNote_IsItsOwnSentence()
    {
        var notes = Enum.GetValues<HotspotNote>().Except(AreaNotes).ToArray();
        var findings = Findings.Value with { Periods = Findings.Value.Periods with { ClassificationGap = new ClassificationGap(3, 2, 4, null) } };
        var group = findings.Group("Violence") with { Notes = notes, KMeans = ClusterFindings.NotRun(ClusterMethod.KMeans, new ClusterGap(ClusterGapKind.TooFewPlaces, 2, 2)) };

        var sentences = HotspotNoteWording.ForGroup(group, findings);

        Assert.Equal(notes.Length, sentences.Distinct(StringComparer.Ordinal).Count());
        Assert.All(sentences, s => Assert.EndsWith(".", s, StringComparison.Ordinal));
        Assert.Equal("Hotspots are not classified over time because the assessment period holds 2 whole quarters and the classification needs at least 4.",
            sentences[Array.IndexOf(notes, HotspotNote.NotClassified)]);
        Assert.Equal("k-means clustering did not run because the events are at 2 distinct map points, and choosing k from 2 by silhouette needs at least 3.",
            sentences[Array.IndexOf(notes, HotspotNote.KMeansNotRun)]);
        Assert.Contains("No crimes of this group were recorded in the area in the assessment period (January 2025 to December 2025)", sentences[Array.IndexOf(notes, HotspotNote.NoEvents)], StringComparison.Ordinal);
    }

    [Fact]
    public void ForArea_RecordsAtZero_GivesTheCountWithSeparators()
    {
        var findings = Findings.Value with { Notes = AreaNotes, RecordsAtZeroCoordinates = 1234 };

        var sentences = HotspotNoteWording.ForArea(findings);

        Assert.StartsWith("1,234 records with coordinates (0, 0)", sentences[0], StringComparison.Ordinal);
        Assert.StartsWith("No area boundary was given", sentences[1], StringComparison.Ordinal);
    }

    [Fact]
    public void ForArea_AGroupNote_Throws()
    {
        var findings = Findings.Value with { Notes = [HotspotNote.NoEvents] };

        var ex = Assert.Throws<ArgumentException>(() => HotspotNoteWording.ForArea(findings));

        Assert.Contains("NoEvents is a note about one group", ex.Message, StringComparison.Ordinal);
    }
}
