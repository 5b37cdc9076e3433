namespace Assessment.Core.Reporting;

/// <summary>A boxed note. Text is encoded like a <see cref="ParagraphBlock"/>.</summary>
/// <param name="Kind">Sets the style and the default title.</param>
/// <param name="Text">One or two sentences.</param>
/// <param name="Title">Optional; defaults to "Note", "Caution" or "Not yet included" by kind.</param>
public sealed record CalloutBlock(CalloutKind Kind, string Text, string? Title = null) : ReportBlock
{
    /// <summary>The title shown.</summary>
    public string EffectiveTitle => Title ?? Kind switch
    {
        CalloutKind.Warning => "Caution",
        CalloutKind.NotYetAvailable => "Not yet included",
        _ => "Note",
    };
}
