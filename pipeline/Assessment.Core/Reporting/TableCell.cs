namespace Assessment.Core.Reporting;

/// <summary>
/// One table cell: text, a number (formatted by its column when shown, written raw to CSV), or empty.
/// Strings, integers and doubles convert implicitly.
/// </summary>
public readonly record struct TableCell
{
    private TableCell(string? text, double? number)
    {
        Text = text;
        Number = number;
    }

    /// <summary>The text, for a text cell.</summary>
    public string? Text { get; }

    /// <summary>The value, for a numeric cell.</summary>
    public double? Number { get; }

    /// <summary>A cell with nothing in it.</summary>
    public static TableCell Empty => default;

    /// <summary>True for <see cref="Empty"/>: neither text nor a number.</summary>
    public bool IsEmpty => Text is null && Number is null;

    /// <summary>A text cell, shown as given.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null (use <see cref="Empty"/> for no value).</exception>
    public static TableCell FromText(string text) => new(text ?? throw new ArgumentNullException(nameof(text)), null);

    /// <summary>A numeric cell: formatted by its column's <see cref="NumberFormat"/> in the report, written unformatted (invariant culture) to CSV.</summary>
    public static TableCell FromNumber(double number) => new(null, number);

    /// <summary>A text cell; see <see cref="FromText"/>.</summary>
    public static implicit operator TableCell(string text) => FromText(text);

    /// <summary>A numeric cell holding a count; see <see cref="FromNumber"/>.</summary>
    public static implicit operator TableCell(long number) => FromNumber(number);

    /// <summary>A numeric cell holding a count; see <see cref="FromNumber"/>.</summary>
    public static implicit operator TableCell(int number) => FromNumber(number);

    /// <summary>A numeric cell; see <see cref="FromNumber"/>.</summary>
    public static implicit operator TableCell(double number) => FromNumber(number);

    /// <summary>The cell as the report shows it: numbers through <paramref name="format"/> (integer format when null), empty as "".</summary>
    public string Display(NumberFormat? format) =>
        Number is { } n ? ReportNumbers.Format(n, format ?? NumberFormat.Integer) : Text ?? "";
}
