using Assessment.Core.Reporting.Statutory;

namespace Assessment.Core.Reporting.Sections;

/// <summary>What every section composer gets: the input and the counts summarised once.</summary>
public sealed record ReportSectionContext(AssessmentReportInput Input, CrimeCountSummary Crime)
{
    /// <summary>
    /// What the other parts of the report covered, checked against the regulations; set only for the parts composed after
    /// the others (<see cref="IDocumentSummaryComposer"/>), null for the rest.
    /// </summary>
    public StatutoryChecklist? Checklist { get; init; }
}
