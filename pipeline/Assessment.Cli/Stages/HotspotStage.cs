using Assessment.Cli.Console;
using Assessment.Core.Charts;
using Assessment.Core.Configuration;
using Assessment.Core.Geography;
using Assessment.Core.Hotspots;
using Assessment.Core.Model;
using Assessment.Core.Reporting;
using Assessment.Core.Reporting.Sections;
using Assessment.Core.Trends;
using Assessment.Files.Configuration;
using Assessment.Files.Geography;
using Assessment.Storage.Analysis;
using Assessment.Storage.Store;
using Spectre.Console;

namespace Assessment.Cli.Stages;

/// <summary>Hotspots (Gi*), clusters, nearest-neighbour tests and concentration for all crime and each theme.</summary>
internal static class HotspotStage
{
    private static readonly HotspotNote[] StrayPointNotes = [HotspotNote.RecordsAtZeroCoordinates, HotspotNote.RecordsOutsideGreatBritain, HotspotNote.RecordsFarFromLsoa];

    // The comparison comes from the trend stage, so both chapters compare the same months.
    public static (HotspotFindings Findings, HotspotMapLayers? Maps) Run(IAnsiConsole console, AssessmentStore store, AssessmentSettings settings, RunInputs inputs, ComparisonCoverage comparison)
    {
        var groups = settings.Priorities.Where(p => p.RelatedCrimeTypes.Count > 0).Select(p => new AnalysisGroup(p.Name, p.RelatedCrimeTypes) { Key = p.Id }).ToList();
        var findings = HotspotAnalysis.Run(new HotspotInput(
            inputs.Area.Name,
            settings.Period,
            EventPointQueries.LoadedMonths(store),
            EventPointQueries.Load(store, new MonthRange(settings.Period.Comparison.First, settings.Period.Current.Last)),
            groups)
        {
            Boundaries = new HotspotBoundaries(inputs.AreaShape, inputs.Lsoas, inputs.Wards),
            Comparison = comparison,
        });
        // Points left out of the maps are said on the console too, as the report's hotspot chapter says them.
        AreaNotesView.Render(console, HotspotNoteWording.ForArea(findings with { Notes = [.. findings.Notes.Where(StrayPointNotes.Contains)] }));
        if (inputs.Wards is not { Count: > 0 } wards) return (findings, null);
        var layers = new HotspotMapLayers(wards, new GeoJsonMapWriter());
        return (findings, layers with { Places = Places(settings, layers) });
    }

    /// <exception cref="ConfigurationException">A place is positioned by a ward the ward boundaries lack (the wards listed).</exception>
    private static IReadOnlyList<MapPlace> Places(AssessmentSettings settings, HotspotMapLayers layers)
    {
        try
        {
            return [.. settings.Places.Select(p => p.Resolve(layers.Wards, layers.WardNameProperty))];
        }
        catch (ArgumentException e)
        {
            throw new ConfigurationException($"places: {e.Message.Split(" (Parameter")[0]} (ward boundaries: {settings.WardBoundaryPath})", e);
        }
    }
}
