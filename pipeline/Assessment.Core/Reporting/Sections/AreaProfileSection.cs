namespace Assessment.Core.Reporting.Sections;

/// <summary>Area profile: the facts given in the input, or a plain statement of what it will need.</summary>
public sealed class AreaProfileSection : IReportSectionComposer
{
    /// <inheritdoc/>
    public string Key => "area-profile";

    /// <inheritdoc/>
    public IEnumerable<ReportSection> Compose(ReportSectionContext context)
    {
        var input = context.Input;
        var blocks = new List<ReportBlock>();
        if (input.AreaProfileFacts.Count > 0)
            blocks.Add(new KeyFactsBlock(input.AreaProfileFacts, $"{input.AreaName} at a glance"));
        blocks.Add(NotYetIncluded.Callout($"A full profile of {input.AreaName} (population and age structure, students and visitors, deprivation and the night-time economy)",
            "ONS mid-year population estimates by LSOA and the English Indices of Deprivation, joined to the area's LSOAs"));
        yield return new ReportSection("area-profile", "Area profile", blocks, []);
    }
}
