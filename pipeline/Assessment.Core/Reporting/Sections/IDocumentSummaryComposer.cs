namespace Assessment.Core.Reporting.Sections;

/// <summary>
/// A part that describes the rest of the report (the executive summary, the introduction's account of its structure,
/// the statutory checklist): it is composed after every other part, with <see cref="ReportSectionContext.Checklist"/>
/// built from what they produced, and keeps its place in the order.
/// </summary>
public interface IDocumentSummaryComposer : IReportSectionComposer
{
    /// <summary>Id and title of each section this part produces that covers a statutory element itself (e.g. the information gaps); empty for most.</summary>
    IReadOnlyList<(string Id, string Title)> OwnSections { get; }
}
