namespace Assessment.Core.Reporting;

/// <summary>One piece of content in a section: text, a table, a chart, a callout and so on.</summary>
public abstract record ReportBlock;
