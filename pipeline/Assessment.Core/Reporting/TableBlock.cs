namespace Assessment.Core.Reporting;

/// <summary>A table in the flow of a section.</summary>
public sealed record TableBlock(ReportTable Table) : ReportBlock;
