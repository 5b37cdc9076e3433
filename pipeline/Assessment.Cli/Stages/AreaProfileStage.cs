using Assessment.Core.Configuration;
using Assessment.Core.Geography;
using Assessment.Core.Hotspots;
using Assessment.Core.Profile;
using Assessment.Core.Reporting;
using Assessment.Core.Trends;
using Assessment.Storage.Analysis;
using Assessment.Storage.Store;

namespace Assessment.Cli.Stages;

/// <summary>
/// The area profile: population (mapped to the data's LSOAs), IMD 2019 deciles and rates per 1,000 residents by ward
/// and LSOA over the assessment period. The area's LSOAs are those of the LSOA boundary file cut to the area (so LSOAs
/// without records count), else those of the in-area records.
/// </summary>
internal static class AreaProfileStage
{
    public static AreaProfile Run(AssessmentStore store, AssessmentSettings settings, RunInputs inputs)
    {
        var boundaries = HotspotBoundaries.None;
        var areaLsoas = inputs.Lsoas is { Count: > 0 } features
            ? [.. features.Select(f => f.Property(boundaries.LsoaCodeProperty)?.Trim()).OfType<string>()]
            : new WardQueries(store).InAreaLsoaCodes();
        var wardOfLsoa = inputs.Lsoas is { } lsoas && inputs.Wards is { Count: > 0 } wards && settings.WardBoundaryPath is { } wardFile
            ? LsoaWardFit.Assign(lsoas, boundaries.LsoaCodeProperty, WardLocator.FromFeatures(wards, Path.GetFileName(wardFile)))
            : new Dictionary<string, Ward>();
        var names = (inputs.Lsoas ?? [])
            .Select(f => (Code: f.Property(boundaries.LsoaCodeProperty)?.Trim(), Name: f.Property("LSOA21NM")?.Trim()))
            .Where(n => n.Code is not null && n.Name is not null)
            .DistinctBy(n => n.Code)
            .ToDictionary(n => n.Code!, n => n.Name!, StringComparer.Ordinal);
        return AreaProfileAnalysis.Run(new AreaProfileInput(inputs.Area.Name, settings.Period.Current, areaLsoas, ProfileQueries.CountsByLsoa(store, settings.Period.Current))
        {
            Population = inputs.MappedPopulation,
            PopulationFile = inputs.Population,
            Lookup = inputs.Vintage.Lookup,
            Imd = inputs.Imd,
            WardOfLsoa = wardOfLsoa,
            LsoaNames = names,
            Themes = PriorityTheme.TrendThemes(settings.Priorities),
        });
    }
}
