using System.Globalization;
using Assessment.Core.Configuration;
using Assessment.Core.Geography;
using Assessment.Core.Trends;
using Assessment.Storage.Analysis;
using Assessment.Storage.Store;

namespace Assessment.Cli.Stages;

/// <summary>
/// Cuts the ward list to the area when no outline did so at load (an area by LSOA names or codes without an LSOA
/// boundary file): a ward file larger than the area would otherwise add every other ward as a series of zeros.
/// </summary>
internal static class WardListStage
{
    /// <summary>
    /// The inputs with their wards cut to those holding the area's records (<see cref="WardLocator.HoldingArea"/>), and
    /// a note for the report and console when wards were dropped; unchanged when there are no wards or an outline.
    /// Call after <see cref="AreaScope.Apply"/>.
    /// </summary>
    /// <exception cref="BoundaryDataException">No ward of the file holds the area's records.</exception>
    public static (RunInputs Inputs, string? Note) Cut(AssessmentStore store, AssessmentSettings settings, RunInputs inputs)
    {
        if (inputs.AreaShape is not null || inputs.Wards is not { Count: > 0 } all || settings.WardBoundaryPath is not { } wardFile) return (inputs, null);
        var locator = WardLocator.FromFeatures(all, Path.GetFileName(wardFile));
        var held = locator.HoldingArea(new WardQueries(store).PointRecordCounts()).Select(w => w.Code).ToHashSet(StringComparer.Ordinal);
        var codeProperty = WardLocator.CodePropertyOf(all[0])!;
        var kept = all.Where(w => w.Property(codeProperty) is { } code && held.Contains(code.Trim())).ToList();
        if (kept.Count == 0)
            throw new BoundaryDataException($"{wardFile}: none of its {all.Count:N0} wards holds the records of {inputs.Area.Name}; give the ward boundary file of the area's district(s).");
        if (kept.Count == all.Count) return (inputs, null);
        var note = string.Create(CultureInfo.InvariantCulture,
            $"No LSOA boundary file gives the outline of {inputs.Area.Name}, so its wards are the {kept.Count:N0} of the {all.Count:N0} in {Path.GetFileName(wardFile)} where at least half of the located records are in the area.");
        return (inputs with { Wards = kept }, note);
    }
}
