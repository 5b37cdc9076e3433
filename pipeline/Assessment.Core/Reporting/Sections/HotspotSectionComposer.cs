using Assessment.Core.Hotspots;

namespace Assessment.Core.Reporting.Sections;

/// <summary>The hotspot chapter as a report part with the key "hotspots" (see <see cref="HotspotSections.Chapter"/>).</summary>
/// <param name="findings">The hotspot analysis of the run.</param>
/// <param name="layers">Ward boundaries for the maps, or null.</param>
public sealed class HotspotSectionComposer(HotspotFindings findings, HotspotMapLayers? layers) : IReportSectionComposer
{
    /// <summary>The part's key.</summary>
    public const string PartKey = "hotspots";

    /// <inheritdoc/>
    public string Key => PartKey;

    /// <summary>The hotspot chapter, with police.uk figures attributed as the rest of the report does.</summary>
    public IEnumerable<ReportSection> Compose(ReportSectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        yield return HotspotSections.Chapter(findings, layers, context.Input.PoliceUkSource);
    }
}
