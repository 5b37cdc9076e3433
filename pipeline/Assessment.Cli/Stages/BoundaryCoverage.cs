using Assessment.Core.Reporting.Sections;
using System.Globalization;
using Assessment.Core.Configuration;
using Assessment.Core.Geography;
using Assessment.Core.Model;
using Assessment.Storage.Analysis;
using Assessment.Storage.Store;

namespace Assessment.Cli.Stages;

/// <summary>
/// Refuses an LSOA or ward boundary file that does not cover the area's rows: fewer than
/// <see cref="AreaPolygons.MinimumShareOfPointsCovered"/> of the area's distinct map points in the assessment and
/// comparison periods lie in the file's polygons for the area (another district's file, say), which would otherwise
/// give empty maps and ward tables without a word.
/// </summary>
internal static class BoundaryCoverage
{
    /// <exception cref="BoundaryDataException">A file covers too few of the points; the message names the file.</exception>
    public static void Check(AssessmentStore store, AssessmentSettings settings, RunInputs inputs)
    {
        if (inputs.Lsoas is null && inputs.Wards is null) return;
        var points = EventPointQueries.Load(store, new MonthRange(settings.Period.Comparison.First, settings.Period.Current.Last))
            .Where(r => !(r.Longitude == 0 && r.Latitude == 0))
            .Select(r => (r.Longitude, r.Latitude)).ToHashSet();
        if (points.Count == 0) return;
        if (inputs.Lsoas is { Count: > 0 } lsoas) Refuse(settings.LsoaBoundaryPath!, lsoas, points, inputs.Area);
        if (inputs.Wards is { Count: > 0 } wards) Refuse(settings.WardBoundaryPath!, wards, points, inputs.Area);
    }

    private static void Refuse(string path, IReadOnlyList<BoundaryFeature> features, HashSet<(double, double)> points, AreaDefinition area)
    {
        var covered = AreaPolygons.CountCovered(features, points);
        if (covered >= AreaPolygons.MinimumShareOfPointsCovered * points.Count) return;
        throw new BoundaryDataException(string.Create(CultureInfo.InvariantCulture,
            $"{path}: only {covered:N0} of the {points.Count:N0} map points of the area {area.Name}'s records lie in its polygons for the area, so it does not cover the area ({AreaDefinitionWording.Describe(area)}); give the boundary file of the area's district(s)."));
    }
}
