namespace Assessment.Core.Reporting;

/// <summary>A minor heading inside a section (below the section's own heading); never stranded at the foot of a printed page.</summary>
/// <param name="Text">Plain text.</param>
public sealed record HeadingBlock(string Text) : ReportBlock;
