namespace Assessment.Core.Reporting;

/// <summary>A panel of headline figures, shown as tiles, kept together on one page.</summary>
/// <param name="Facts">One to about eight facts.</param>
/// <param name="Title">Optional panel heading, e.g. "Key facts".</param>
public sealed record KeyFactsBlock(IReadOnlyList<KeyFact> Facts, string? Title = null) : ReportBlock;
