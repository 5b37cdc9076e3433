using Assessment.Core.Configuration;
using Assessment.Core.Geography;
using Assessment.Core.Hotspots;
using Assessment.Core.Profile;
using Assessment.Core.Reporting.Sections;
using Assessment.Core.Trends;
using Assessment.Files.ActionPlans;
using Assessment.Files.Geography;
using Assessment.Files.Lookups;
using Assessment.Files.Trends;
using NetTopologySuite.Geometries;

namespace Assessment.Cli.Stages;

/// <summary>
/// Every file the run needs besides the police.uk data, read before anything is loaded, so that a typo in a
/// boundary, weight, population or action-plan file fails in a second rather than after the load. The boundary files
/// are cut to the area (<see cref="AreaPolygons"/>): <see cref="Lsoas"/> and <see cref="Wards"/> hold only the area's
/// features, and <see cref="AreaShape"/> is the area's outline.
/// </summary>
internal sealed record RunInputs(
    AreaMatch Match,
    Geometry? AreaShape,
    IReadOnlyList<BoundaryFeature>? Wards,
    IReadOnlyList<BoundaryFeature>? Lsoas,
    HarmWeightTable HarmWeights,
    LsoaPopulation? Population,
    ActionPlan? ActionPlan,
    LsoaVintageInputs Vintage)
{
    /// <summary>The population in the LSOAs of 2021 when the file gives 2011 LSOAs and a lookup is configured, else as read; null without a population file.</summary>
    public MappedPopulation? MappedPopulation { get; init; }

    /// <summary>IMD 2019 ranks by 2011 LSOA (<c>inputs.imd</c>), or null.</summary>
    public ImdRanks? Imd { get; init; }

    /// <summary>The population the area's rates divide by: <see cref="MappedPopulation"/>'s, else the file's as read.</summary>
    public LsoaPopulation? RatePopulation => MappedPopulation?.Population ?? Population;

    /// <summary>The area matched (with other district names added, see <see cref="AreaMatch"/>).</summary>
    public AreaDefinition Area => Match.Area;

    public static RunInputs Load(AssessmentSettings settings)
    {
        var vintage = LsoaVintageInputs.Load(settings.Area, settings.LsoaBoundaryPath);
        var match = AreaMatch.Widen(AreaPlacement.Asked(settings.Area, vintage), DistrictNameHistory.Load(PartnershipLookup.DefaultFolder));
        var area = match.Area;
        var codeProperty = HotspotBoundaries.None.LsoaCodeProperty;
        var lsoas = settings.LsoaBoundaryPath is { } lsoaFile ? AreaLsoas(area, BoundaryFile.Read(lsoaFile, codeProperty), codeProperty, lsoaFile) : null;
        // The outline: the configured boundary, or else the area's LSOAs dissolved.
        var shape = area is BoundaryArea boundary ? boundary.Boundary
            : lsoas is not null ? BoundaryFeature.Dissolve(lsoas, settings.LsoaBoundaryPath!) : null;
        var wards = settings.WardBoundaryPath is { } wardFile ? BoundaryFile.Read(wardFile) : null;
        if (wards is not null && shape is not null)
        {
            wards = AreaPolygons.Wards(shape, wards);
            if (wards.Count == 0) throw new BoundaryDataException($"{settings.WardBoundaryPath}: no ward of this file lies in the area {area.Name} ({AreaDefinitionWording.Describe(area)}); give the ward boundary file of the area's district(s).");
        }
        var plan = settings.ActionPlanPath is { } planFile ? ActionPlanFile.Read(planFile) : null;
        if (plan is not null)
            ActionPlanFile.CheckNames(plan, [.. settings.Priorities.Select(p => p.Id)],
                wards is null || settings.WardBoundaryPath is not { } wardPath ? null : [.. WardLocator.FromFeatures(wards, Path.GetFileName(wardPath)).Wards.Select(w => w.Name)]);
        var population = settings.PopulationPath is { } populationPath ? PopulationFile.Read(populationPath) : null;
        return new RunInputs(
            match,
            shape,
            wards,
            lsoas,
            settings.HarmWeightsPath is { } weights ? HarmWeightFile.Read(weights) : HarmWeightFile.Default,
            population,
            plan,
            vintage)
        {
            MappedPopulation = population is null ? null : LsoaPopulationMapping.To2021(population, vintage.Lookup, vintage.Polygons2011, vintage.Polygons2021),
            Imd = settings.ImdPath is { } imd ? ImdFile.Read(imd) : null,
        };
    }

    private static IReadOnlyList<BoundaryFeature> AreaLsoas(AreaDefinition area, IReadOnlyList<BoundaryFeature> all, string codeProperty, string path)
    {
        var inArea = AreaPolygons.Lsoas(area, all, codeProperty);
        return inArea.Count > 0 ? inArea
            : throw new BoundaryDataException($"{path}: none of its {all.Count:N0} LSOAs is in the area {area.Name} ({AreaDefinitionWording.Describe(area)}); give the LSOA boundary file of the area's district(s).");
    }
}
