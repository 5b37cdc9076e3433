using Assessment.Core.Configuration;
using Assessment.Core.Partners;
using Assessment.Files.Configuration;
using Assessment.Files.Partners;
using Assessment.Storage.Partners;
using Assessment.Storage.Store;
using Spectre.Console;

namespace Assessment.Cli.Stages;

/// <summary>
/// Loads DEFRA's fly-tipping file (<c>inputs.flytipping</c>) into the store, unless the same content is loaded, and
/// summarises the area's districts (<c>area.district_codes</c>). Without either, says why in one sentence.
/// </summary>
internal static class FlyTippingStage
{
    /// <returns>The summary, or null and the sentence the report gives instead; and the number of rows rejected.</returns>
    /// <exception cref="ConfigurationException">The file is missing or is not DEFRA's table (file named).</exception>
    public static (FlyTippingSummary? Summary, string? Absence, long Rejected) Run(IAnsiConsole console, AssessmentStore store, AssessmentSettings settings)
    {
        if (settings.FlyTippingPath is not { } path) return (null, null, 0);
        if (!File.Exists(path)) throw new ConfigurationException($"inputs.flytipping: file not found: {path}");
        if (settings.Area.DistrictCodes.Count == 0)
        {
            return (null, "A fly-tipping file is configured but not the area's district codes (area.district_codes, e.g. [E07000106]), so fly-tipping is not covered.", 0);
        }

        var flyTipping = new FlyTippingStore(store);
        var load = flyTipping.Load(path, FlyTippingFile.SheetOf(path), () => FlyTippingFile.Read(path));
        PartnerLoadView.Render(console, "Fly-tipping", path, load);
        return (FlyTippingSummary.From(flyTipping.Records(), settings.Area.DistrictCodes, flyTipping.Actions(), flyTipping.Notes()), null, load.RowsRejected);
    }
}
