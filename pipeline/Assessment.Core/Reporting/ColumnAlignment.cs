namespace Assessment.Core.Reporting;

/// <summary>Horizontal alignment of a table column.</summary>
public enum ColumnAlignment
{
    /// <summary>Left for text, right for numbers.</summary>
    Auto,
    /// <summary>Left-aligned whatever the content.</summary>
    Left,
    /// <summary>Centred.</summary>
    Centre,
    /// <summary>Right-aligned whatever the content.</summary>
    Right,
}
