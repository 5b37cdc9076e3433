namespace Assessment.Core.Reporting.Statutory;

/// <summary>Whether this run covers one statutory element, and where.</summary>
/// <param name="Element">The element.</param>
/// <param name="SectionId">Id of the section that covers it, or null when the run has no content for it.</param>
/// <param name="SectionTitle">Title of that section, or null.</param>
public sealed record StatutoryCheck(StatutoryElement Element, string? SectionId, string? SectionTitle)
{
    /// <summary>True when a section of this run holds evidence for the element.</summary>
    public bool IsCovered => SectionId is not null;
}
