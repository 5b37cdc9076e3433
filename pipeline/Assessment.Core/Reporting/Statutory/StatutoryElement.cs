namespace Assessment.Core.Reporting.Statutory;

/// <summary>
/// One element the regulations ask a strategic assessment to contain, and the report sections that can cover it.
/// </summary>
/// <param name="Requirement">The element in plain words, e.g. "Levels and patterns of substance misuse, including alcohol".</param>
/// <param name="Source">The instrument that asks for it, e.g. "SI 2007/1830 reg. 5; CDA 1998 s.6".</param>
/// <param name="SectionIds">Ids of the sections (at any depth) that cover it when they hold evidence; the first found names the place.</param>
/// <param name="WhenMissing">What the run would need to cover it, e.g. "a consultation extract (inputs.consultation)".</param>
public sealed record StatutoryElement(string Requirement, string Source, IReadOnlyList<string> SectionIds, string WhenMissing)
{
    /// <summary>
    /// Whether a section with one of <see cref="SectionIds"/> covers the element; by default when it holds figures
    /// (<see cref="ReportSection.HasFigures"/>).
    /// </summary>
    public Func<ReportSection, bool> Covers { get; init; } = s => s.HasFigures;
}
