using Assessment.Core.Model;

namespace Assessment.Core.Hotspots;

/// <summary>
/// The hotspot analysis for a whole area, per group of crime types: Getis–Ord Gi* on a square BNG grid with FDR
/// correction for the assessment period; change between the matched months of the two periods; Chainey's
/// classification over the assessment period's quarters when all are loaded; DBSCAN and k-means clusters of snap
/// points with summaries and hulls; Clark–Evans; and concentration over LSOAs and snap points. Findings only: the
/// report's sentences are written from them by <c>Reporting.Sections.HotspotNarrative</c>. Pure: no I/O. A group or period with no events gives a "no events" result, never an exception.
/// </summary>
public static class HotspotAnalysis
{
    /// <summary>Runs the analysis.</summary>
    /// <exception cref="ArgumentException">Invalid options, or two groups whose names give the same id.</exception>
    public static HotspotFindings Run(HotspotInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentException.ThrowIfNullOrWhiteSpace(input.AreaName);
        ArgumentNullException.ThrowIfNull(input.Period);
        ArgumentNullException.ThrowIfNull(input.LoadedMonths);
        ArgumentNullException.ThrowIfNull(input.Records);
        ArgumentNullException.ThrowIfNull(input.Groups);
        ArgumentNullException.ThrowIfNull(input.Boundaries);
        ArgumentNullException.ThrowIfNull(input.Options);
        var options = input.Options;
        options.Validate();
        var groups = GroupsToRun(input.Groups);

        var periods = HotspotPeriods.From(input.Period, input.Comparison ?? Trends.ComparisonCoverage.OfLoadedMonths(input.Period, input.LoadedMonths), options.ClassificationPeriodMonths);
        var study = StudyArea.Build(input, options);
        var results = groups.Select(g => GroupAnalysis.Run(g, study, periods, options)).ToArray();
        return new HotspotFindings(input.AreaName, options, periods, study.Grid, study.AreaSquareMetres,
            study.LsoaUnits.Count, study.Places.Count, results, study.Notes) 
        {
            RecordsAtZeroCoordinates = study.RecordsAtZeroCoordinates,
            RecordsOutsideGreatBritain = study.RecordsOutsideGreatBritain,
            RecordsFarFromLsoa = study.RecordsFarFromLsoa,
            PointsLeftOut = study.PointsLeftOut,
        };
    }

    /// <summary>"All crime and ASB" first (unless a group already covers every type), then the groups as given.</summary>
    internal static IReadOnlyList<AnalysisGroup> GroupsToRun(IReadOnlyList<AnalysisGroup> groups)
    {
        if (groups.Any(g => g is null)) throw new ArgumentException("A group is null.", nameof(groups));
        var all = groups.Any(g => g.IsAllCrime) ? groups.ToList() : [AnalysisGroup.AllCrime, .. groups];
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var g in all)
        {
            var id = ReportIds.FromText(g.Name);
            if (!ids.TryAdd(id, g.Name))
                throw new ArgumentException($"The groups \"{ids[id]}\" and \"{g.Name}\" would share the id \"{id}\"; give them names that differ in letters or digits.", nameof(groups));
        }
        return all;
    }
}
