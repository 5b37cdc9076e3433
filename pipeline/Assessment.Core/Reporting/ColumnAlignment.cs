namespace Assessment.Core.Reporting;

/// <summary>Horizontal alignment of a table column.</summary>
public enum ColumnAlignment
{
    /// <summary>Left for text, right for numbers.</summary>
    Auto,
    Left,
    Centre,
    Right,
}
