namespace Assessment.Core.Reporting;

/// <summary>An unordered list; each item is encoded like a <see cref="ParagraphBlock"/> (with <c>**strong**</c>/<c>*emphasis*</c>).</summary>
public sealed record BulletListBlock(IReadOnlyList<string> Items) : ReportBlock;
