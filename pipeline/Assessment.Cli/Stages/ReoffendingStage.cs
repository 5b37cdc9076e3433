using Assessment.Core.Configuration;
using Assessment.Core.Partners;
using Assessment.Files.Configuration;
using Assessment.Files.Partners;
using Assessment.Storage.Partners;
using Assessment.Storage.Store;
using Spectre.Console;

namespace Assessment.Cli.Stages;

/// <summary>
/// Loads the proven-reoffending extract (<c>inputs.reoffending</c>) into the store, unless the same content is loaded,
/// and summarises the area's districts (<c>area.district_codes</c>). Without either, says why in one sentence.
/// </summary>
internal static class ReoffendingStage
{
    /// <returns>The summary, or null and the sentence the report gives instead; and the number of rows rejected.</returns>
    /// <exception cref="ConfigurationException">The file is missing or is not a proven-reoffending extract (file named).</exception>
    public static (ReoffendingSummary? Summary, string? Absence, long Rejected) Run(IAnsiConsole console, AssessmentStore store, AssessmentSettings settings)
    {
        if (settings.ReoffendingPath is not { } path) return (null, null, 0);
        if (!File.Exists(path)) throw new ConfigurationException($"inputs.reoffending: file not found: {path}");
        if (settings.Area.DistrictCodes.Count == 0)
            return (null, "A proven-reoffending extract is configured but not the area's district codes (area.district_codes, e.g. [E07000106]), so reoffending is not covered.", 0);

        var reoffending = new ReoffendingStore(store);
        var load = reoffending.Load(path, ReoffendingFile.SheetOf(path), () => ReoffendingFile.Read(path));
        PartnerLoadView.Render(console, "Reoffending", path, load);
        return (ReoffendingSummary.From(reoffending.Records(), settings.Area.DistrictCodes, settings.Area.County, Path.GetFileName(path)), null, load.RowsRejected);
    }
}
