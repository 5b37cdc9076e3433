namespace Assessment.Core.Reporting;

/// <summary>Forces a new page when printed; invisible on screen.</summary>
public sealed record PageBreakBlock : ReportBlock;
