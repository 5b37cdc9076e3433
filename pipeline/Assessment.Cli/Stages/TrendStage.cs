using Assessment.Core.Configuration;
using Assessment.Core.Model;
using Assessment.Core.Reporting;
using Assessment.Core.Trends;
using Assessment.Storage.Analysis;
using Assessment.Storage.Store;

namespace Assessment.Cli.Stages;

/// <summary>Year-on-year tests, monthly series, long-term trend, harm and the data-quality rules, for the area, its themes and wards.</summary>
internal static class TrendStage
{
    public static TrendFindings Run(AssessmentStore store, AssessmentSettings settings, RunInputs inputs, IReadOnlyList<MonthlyCount> counts, IReadOnlyList<FileQuality> quality) =>
        TrendAnalysis.Run(Input(store, settings, inputs, counts, quality));

    /// <summary>What the trend analysis works from; the action plan's measures are compared from the same input.</summary>
    public static TrendInput Input(AssessmentStore store, AssessmentSettings settings, RunInputs inputs, IReadOnlyList<MonthlyCount> counts, IReadOnlyList<FileQuality> quality)
    {
        var queries = new WardQueries(store);
        return new TrendInput(inputs.Area.Name, settings.Period, counts, quality)
        {
            Themes = PriorityTheme.TrendThemes(settings.Priorities),
            HarmWeights = inputs.HarmWeights,
            Population = inputs.RatePopulation?.ForArea(queries.InAreaLsoaCodes()),
            Wards = inputs.Wards is { } wards && settings.WardBoundaryPath is { } wardFile
                ? queries.CountsByWard(WardLocator.FromFeatures(wards, Path.GetFileName(wardFile)))
                : null,
            LsoaObservations = queries.LsoaByMonth(),
            ControlBaseline = settings.ControlBaseline,
            ForceNames = new StoreQueries(store).ForceNames(),
        };
    }
}
