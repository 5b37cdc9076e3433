using Assessment.Core.Spatial;

namespace Assessment.Core.Hotspots;

/// <summary>Runs every part of the hotspot analysis for one group; a part that cannot run leaves a note instead of throwing.</summary>
internal static class GroupAnalysis
{
    public static GroupHotspotFindings Run(AnalysisGroup group, StudyArea study, HotspotPeriods periods, HotspotOptions options)
    {
        var notes = new List<HotspotNote>();
        var current = PeriodEvents.Collect(study.Places, study.Records, group, periods.Current);
        var alpha = options.SignificanceLevel;

        if (current.Total <= 0)
        {
            notes.Add(periods.Current.IsEmpty ? HotspotNote.NoMonthLoaded : HotspotNote.NoEvents);
            return Empty(group, study, notes);
        }

        var grid = study.Grid!;
        var counts = grid.Count(current.PlacePoints);
        if (counts.WeightOutside > 0) notes.Add(HotspotNote.EventsOutsideGrid);
        var squaresWithEvents = counts.Values.Count(v => v > 0);
        // Gi* compares each square's neighbourhood with the whole grid: with events in a handful of squares every
        // occupied square and its neighbours come out "hot", which says only where the few places are.
        var testable = squaresWithEvents >= options.MinimumSquaresWithEvents;
        if (!testable) notes.Add(HotspotNote.TooFewPlaces);
        var gi = testable ? GetisOrdGiStar.Compute(counts, options.Neighbourhood, options.Permutation) : null;

        PeriodEvents? matchedComparison = null, matchedCurrent = null;
        GiStarChange? change = null;
        if (periods.HasChange)
        {
            matchedComparison = PeriodEvents.Collect(study.Places, study.Records, group, periods.MatchedComparison);
            matchedCurrent = PeriodEvents.Collect(study.Places, study.Records, group, periods.MatchedCurrent);
            if (testable)
            {
                var before = GetisOrdGiStar.Compute(grid.Count(matchedComparison.PlacePoints), options.Neighbourhood, options.Permutation);
                var after = GetisOrdGiStar.Compute(grid.Count(matchedCurrent.PlacePoints), options.Neighbourhood, options.Permutation);
                change = new GiStarChange(before, after, HotspotClassifier.CompareTwoPeriods(before, after, alpha));
            }
        }
        else
        {
            notes.Add(HotspotNote.NoMatchedMonths);
        }

        IReadOnlyList<GiStarResult> periodGi = [];
        IReadOnlyList<CellClassification>? classification = null;
        if (!periods.HasClassification)
        {
            notes.Add(HotspotNote.NotClassified);
        }
        else if (testable)
        {
            periodGi = periods.ClassificationPeriods
                .Select(p => GetisOrdGiStar.Compute(grid.Count(PeriodEvents.Collect(study.Places, study.Records, group, p).PlacePoints), options.Neighbourhood, options.Permutation))
                .ToArray();
            classification = HotspotClassifier.Classify(periodGi, options.Classification);
        }

        var areas = gi is null ? [] : HotspotAreaFinder.Find(gi, current, study.Places, study.Wards, alpha, options.TopCount, classification, change);
        var clusterInputs = new ClusterInputs(current, matchedComparison, matchedCurrent, study.Places, study.Wards);
        var dbscan = ClusterRunner.Dbscan(clusterInputs, options);
        var kmeans = ClusterRunner.KMeans(clusterInputs, options);
        // Too few places stops both methods; the clusters sentence says so once, so k-means gets no note of its own.
        if (kmeans.Unavailable is { Kind: not ClusterGapKind.TooFewPlacesToCluster }) notes.Add(HotspotNote.KMeansNotRun);

        ClarkEvansResult? clarkEvans = null, clarkEvansMapPoints = null;
        if (current.Total < 2) notes.Add(HotspotNote.ClarkEvansTooFewEvents);
        else if (study.AreaSquareMetres is not { } area) notes.Add(HotspotNote.ClarkEvansNoStudyArea);
        else if (testable)
        {
            clarkEvans = ClarkEvans.Compute(current.PlacePoints, area);
            if (current.PlacePoints.Length >= 2) clarkEvansMapPoints = ClarkEvans.Compute(current.PlacePoints.Select(p => new EventPoint(p.Easting, p.Northing)).ToArray(), area);
        }

        if (study.LsoaUnits.Count == 0) notes.Add(HotspotNote.NoLsoaCodes);

        return new GroupHotspotFindings
        {
            Group = group,
            Events = current.Total,
            EventsOutsideGrid = counts.WeightOutside,
            SquaresWithEvents = squaresWithEvents,
            GiStar = gi,
            Change = change,
            PeriodGiStars = periodGi,
            Classification = classification,
            Areas = areas,
            Dbscan = dbscan,
            KMeans = kmeans,
            ClarkEvans = clarkEvans,
            ClarkEvansMapPoints = clarkEvansMapPoints,
            LsoaConcentration = study.LsoaUnits.Count > 0 ? Concentration.Analyse(ByLsoa(study, current)) : null,
            SnapPointConcentration = Concentration.Analyse(current.ByPlace),
            WardCounts = (study.Wards?.Wards ?? []).Select(w => new WardCount(w.Code, w.Name, Enumerable.Range(0, study.Places.Count).Where(i => study.Places[i].Ward == w).Sum(i => current.ByPlace[i]))).ToArray(),
            Notes = notes,
        };
    }

    private static double[] ByLsoa(StudyArea study, PeriodEvents events)
    {
        var index = study.LsoaUnits.Select((code, i) => (code, i)).ToDictionary(x => x.code, x => x.i, StringComparer.Ordinal);
        var values = new double[study.LsoaUnits.Count];
        for (var i = 0; i < study.Places.Count; i++)
            if (events.ByPlace[i] > 0 && study.Places[i].LsoaCode is { } code) values[index[code]] += events.ByPlace[i];
        return values;
    }

    private static GroupHotspotFindings Empty(AnalysisGroup group, StudyArea study, List<HotspotNote> notes) => new()
    {
        Group = group,
        Events = 0,
        EventsOutsideGrid = 0,
        GiStar = null,
        Change = null,
        PeriodGiStars = [],
        Classification = null,
        Areas = [],
        Dbscan = ClusterRunner.NoEvents(ClusterMethod.Dbscan),
        KMeans = ClusterRunner.NoEvents(ClusterMethod.KMeans),
        ClarkEvans = null,
        LsoaConcentration = null,
        SnapPointConcentration = null,
        WardCounts = (study.Wards?.Wards ?? []).Select(w => new WardCount(w.Code, w.Name, 0)).ToArray(),
        Notes = notes,
    };
}
