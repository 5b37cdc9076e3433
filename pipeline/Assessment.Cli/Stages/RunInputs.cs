using Assessment.Core.Configuration;
using Assessment.Core.Geography;
using Assessment.Core.Hotspots;
using Assessment.Core.Trends;
using Assessment.Files.ActionPlans;
using Assessment.Files.Geography;
using Assessment.Files.Trends;

namespace Assessment.Cli.Stages;

/// <summary>
/// Every file the run needs besides the police.uk data, read before anything is loaded, so that a typo in a
/// boundary, weight, population or action-plan file fails in a second rather than after the load.
/// </summary>
internal sealed record RunInputs(
    AreaDefinition Area,
    IReadOnlyList<BoundaryFeature>? Wards,
    IReadOnlyList<BoundaryFeature>? Lsoas,
    HarmWeightTable HarmWeights,
    LsoaPopulation? Population,
    ActionPlan? ActionPlan)
{
    public static RunInputs Load(AssessmentSettings settings) => new(
        AreaDefinitionFactory.Create(settings.Area),
        settings.WardBoundaryPath is { } wards ? BoundaryFile.Read(wards) : null,
        settings.LsoaBoundaryPath is { } lsoas ? BoundaryFile.Read(lsoas, HotspotBoundaries.None.LsoaCodeProperty) : null,
        settings.HarmWeightsPath is { } weights ? HarmWeightFile.Read(weights) : HarmWeightFile.Default,
        settings.PopulationPath is { } population ? PopulationFile.Read(population) : null,
        settings.ActionPlanPath is { } plan ? ActionPlanFile.Read(plan) : null);
}
