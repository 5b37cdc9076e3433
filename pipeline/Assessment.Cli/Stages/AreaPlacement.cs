using Assessment.Core.Configuration;
using Assessment.Core.Geography;
using Assessment.Core.Reporting.Sections;
using Assessment.Files.Geography;
using Assessment.Storage.Analysis;
using Assessment.Storage.Store;

namespace Assessment.Cli.Stages;

/// <summary>
/// Places the stored rows in the area with the LSOA codes of the area's census vintage: tells the vintage of the area's
/// code list and of the data's codes through the 2011↔2021 lookup (<see cref="LsoaVintageInputs"/>), maps the data's
/// codes when they differ (<see cref="LsoaCodeMapping"/>), and applies <see cref="AreaScope"/>.
/// </summary>
internal static class AreaPlacement
{
    /// <summary>The configured area, with the vintage of its code list when a lookup tells it.</summary>
    public static AreaDefinition Asked(AreaSettings settings, LsoaVintageInputs vintage)
    {
        var area = AreaDefinitionFactory.Create(settings);
        return area is LsoaCodeListArea list && vintage.Lookup is { } lookup ? list with { Vintage = lookup.Detect(list.Codes).Vintage } : area;
    }

    /// <summary>Applies the area to the store; returns the sentences that say the vintages and what was mapped.</summary>
    public static IReadOnlyList<string> Apply(AssessmentStore store, AreaDefinition area, LsoaVintageInputs vintage)
    {
        var report = LsoaVintageReport.NoLookup;
        if (vintage.Lookup is { } lookup)
        {
            var queries = new LsoaCodeQueries(store);
            var polygons = area is LsoaCodeListArea { Vintage: LsoaVintage.Census2011 or LsoaVintage.Census2021 } list ? vintage.PolygonsOf(list.Vintage) : null;
            report = LsoaVintageReport.Build(area, lookup, queries.CodesByMonth(), queries.RowsByCodeAndPoint(), polygons);
        }
        AreaScope.Apply(store, area, report.Mapping?.Placements);
        return LsoaVintageWording.Notes(report, area);
    }
}
