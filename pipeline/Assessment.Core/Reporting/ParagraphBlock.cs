namespace Assessment.Core.Reporting;

/// <summary>
/// A paragraph. The text is always HTML-encoded; the only markup honoured is <c>**strong**</c> and
/// <c>*emphasis*</c> (see <see cref="InlineMarkup"/>).
/// </summary>
public sealed record ParagraphBlock(string Text) : ReportBlock;
