namespace Assessment.Core.Reporting.Sections;

/// <summary>What every section composer gets: the input and the counts summarised once.</summary>
public sealed record ReportSectionContext(AssessmentReportInput Input, CrimeCountSummary Crime);
