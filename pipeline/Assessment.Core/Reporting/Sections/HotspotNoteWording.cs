using System.Globalization;
using Assessment.Core.Hotspots;

namespace Assessment.Core.Reporting.Sections;

/// <summary>The sentence for each <see cref="HotspotNote"/>, with its numbers taken from the findings.</summary>
public static class HotspotNoteWording
{
    /// <summary>One sentence per note of <paramref name="group"/>, in the notes' order.</summary>
    /// <param name="group">One group of <paramref name="findings"/>.</param>
    /// <param name="findings">The whole analysis (periods for the labels).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<string> ForGroup(GroupHotspotFindings group, HotspotFindings findings)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(findings);
        return [.. group.Notes.Select(n => Describe(n, group, findings))];
    }

    /// <summary>One sentence per area-wide note of <paramref name="findings"/>, in the notes' order.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="findings"/> is null.</exception>
    /// <exception cref="ArgumentException">An area-wide list holds a group's note.</exception>
    public static IReadOnlyList<string> ForArea(HotspotFindings findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        return [.. findings.Notes.Select(n => Describe(n, null, findings))];
    }

    private static string Describe(HotspotNote note, GroupHotspotFindings? group, HotspotFindings findings)
    {
        if (note == HotspotNote.RecordsAtZeroCoordinates)
            return string.Create(CultureInfo.InvariantCulture,
                $"{findings.RecordsAtZeroCoordinates:N0} records with coordinates (0, 0), which police.uk uses for records it could not place, were left out of the hotspot analysis.");
        if (note == HotspotNote.RecordsOutsideGreatBritain)
            return string.Create(CultureInfo.InvariantCulture,
                $"{findings.RecordsOutsideGreatBritain:N0} records were left out of the maps and hotspot tests because their point lies outside Great Britain; they are still counted in the trends, by their LSOA. points_left_out.csv lists each point, so that it can be checked with the force.");
        if (note == HotspotNote.RecordsFarFromLsoa)
            return string.Create(CultureInfo.InvariantCulture,
                $"{findings.RecordsFarFromLsoa:N0} records were left out of the maps and hotspot tests because their point lies more than {StrayPoints.MaxMetresFromLsoa / 1000:0.#} km from their LSOA; they are still counted in the trends, by their LSOA. points_left_out.csv lists each point, so that it can be checked with the force.");
        if (note == HotspotNote.NoAreaBoundary)
            return "No area boundary was given, so the grid covers the extent of the records and Clark–Evans uses their convex hull as the study area.";
        if (group is null) throw new ArgumentException($"{note} is a note about one group, not the whole area.", nameof(note));
        return note switch
        {
            HotspotNote.NoMonthLoaded => "No month of the assessment period is loaded, so there is nothing to analyse.",
            HotspotNote.NoEvents =>
                $"No {group.Group.RecordNoun} of this group were recorded in the area in the assessment period ({findings.Periods.Current.Label}), so there are no hotspots or clusters to report.",
            HotspotNote.EventsOutsideGrid => string.Create(CultureInfo.InvariantCulture,
                $"{group.EventsOutsideGrid:N0} of the {group.Events:N0} {group.Group.RecordNoun} are at map points in edge cells whose centre lies outside the area boundary; they are not in the grid analysis but are in the clusters and concentration figures."),
            HotspotNote.NoMatchedMonths =>
                "No loaded month of the assessment period has the same month of the comparison period loaded, so change in hotspots is not assessed.",
            HotspotNote.NotClassified => $"Hotspots are not classified over time because {HotspotWording.ClassificationReason(findings.Periods.ClassificationGap!)}.",
            HotspotNote.KMeansNotRun => $"k-means clustering did not run because {HotspotWording.ClusterGapReason(group.KMeans.Unavailable!)}.",
            HotspotNote.ClarkEvansTooFewEvents => "Clark–Evans needs at least two events.",
            HotspotNote.ClarkEvansNoStudyArea => "Clark–Evans needs a study area, and the records span no area.",
            HotspotNote.TooFewPlaces => string.Create(CultureInfo.InvariantCulture,
                $"Hotspots cannot be tested: the {group.Events:N0} {group.Group.RecordNoun} lie in {group.SquaresWithEvents:N0} grid square{(group.SquaresWithEvents == 1 ? "" : "s")}, fewer than the {findings.Options.MinimumSquaresWithEvents:N0} needed to tell a concentration from the few places where records happen to be, so no hotspot is reported."),
            HotspotNote.NoLsoaCodes => "No LSOA codes were given or recorded, so concentration over LSOAs is not measured.",
            _ => throw new ArgumentOutOfRangeException(nameof(note), note, "Unknown hotspot note."),
        };
    }
}
