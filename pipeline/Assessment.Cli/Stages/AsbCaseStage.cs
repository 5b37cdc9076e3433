using Assessment.Core.Configuration;
using Assessment.Core.Partners;
using Assessment.Core.Trends;
using Assessment.Files.Configuration;
using Assessment.Files.Partners;
using Assessment.Storage.Partners;
using Assessment.Storage.Store;
using Spectre.Console;

namespace Assessment.Cli.Stages;

/// <summary>
/// Loads the council's ASB case log (<c>inputs.asb_cases</c>) into the store, unless the same content is loaded, and
/// summarises it for the run's periods and the area's wards. Without it, the report says so in one sentence.
/// </summary>
internal static class AsbCaseStage
{
    /// <returns>The summary, or null and the sentence the report gives instead; and the number of rows rejected.</returns>
    /// <exception cref="ConfigurationException">The file is missing or is not a case log (file named).</exception>
    public static (AsbCaseSummary? Summary, string? Absence, long Rejected) Run(IAnsiConsole console, AssessmentStore store, AssessmentSettings settings, RunInputs inputs)
    {
        if (settings.AsbCasesPath is not { } path) return (null, null, 0);
        if (!File.Exists(path)) throw new ConfigurationException($"inputs.asb_cases: file not found: {path}");

        var asb = new AsbCaseStore(store);
        var load = asb.Load(path, AsbCaseFile.SheetOf(path), () => AsbCaseFile.Read(path));
        PartnerLoadView.Render(console, "Council ASB cases", path, load, "cases");
        var cases = asb.Cases();
        if (cases.Count == 0)
            return (null, $"The council ASB case log ({Path.GetFileName(path)}) has no case that could be loaded, so council-recorded cases are not covered.", load.RowsRejected);

        var locator = inputs.Wards is { } wards && settings.WardBoundaryPath is { } wardFile ? WardLocator.FromFeatures(wards, Path.GetFileName(wardFile)) : null;
        var summary = AsbCaseSummary.From(Path.GetFileName(path), cases, settings.Period, TrendOptions.Default, locator?.Wards,
            locator is null ? null : (longitude, latitude) => locator.Locate(longitude, latitude));
        return (summary, null, load.RowsRejected);
    }
}
