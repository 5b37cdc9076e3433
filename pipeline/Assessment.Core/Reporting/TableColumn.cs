namespace Assessment.Core.Reporting;

/// <summary>A table column: its header, how its numbers are formatted (null for a text column) and its alignment.</summary>
/// <param name="Header">Column header, with units where they apply (e.g. "Change (%)").</param>
/// <param name="Format">Number format for numeric cells; null for text columns.</param>
/// <param name="Alignment"><see cref="ColumnAlignment.Auto"/> right-aligns numeric columns and left-aligns text.</param>
public sealed record TableColumn(string Header, NumberFormat? Format = null, ColumnAlignment Alignment = ColumnAlignment.Auto)
{
    /// <summary>A text column.</summary>
    public static TableColumn Text(string header) => new(header);

    /// <summary>
    /// True for a column of counts (of crimes, people, cases): the public edition withholds its small values
    /// (Assessment.Core.Disclosure.TableDisclosure). Set by <see cref="Count"/> and nothing else.
    /// </summary>
    public bool HoldsCounts { get; init; }

    /// <summary>A column of counts: whole numbers with thousands separators, suppressed when small in the public edition.</summary>
    public static TableColumn Count(string header) => new(header, NumberFormat.Integer) { HoldsCounts = true };

    /// <summary>A column of whole numbers that are not counts (a rank, a number of months, a weight in days), formatted like counts but never suppressed.</summary>
    public static TableColumn Whole(string header) => new(header, NumberFormat.Integer);

    /// <summary>A numeric column in the given format.</summary>
    public static TableColumn Number(string header, NumberFormat format) => new(header, format);

    /// <summary>The alignment actually applied.</summary>
    public ColumnAlignment EffectiveAlignment => Alignment != ColumnAlignment.Auto ? Alignment
        : Format is null ? ColumnAlignment.Left : ColumnAlignment.Right;
}
