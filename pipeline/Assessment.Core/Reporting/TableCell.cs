namespace Assessment.Core.Reporting;

/// <summary>
/// One table cell: text, a number (formatted by its column when shown, written raw to CSV), a number shown as
/// given text (e.g. a q-value shown as "&lt; 0.001"; CSV still gets the number), or empty.
/// Strings, integers and doubles convert implicitly.
/// </summary>
public readonly record struct TableCell
{
    private TableCell(string? text, double? number)
    {
        Text = text;
        Number = number;
    }

    /// <summary>The text, for a text cell; for a number shown as text, the text shown.</summary>
    public string? Text { get; }

    /// <summary>The value, for a numeric cell (also one shown as text).</summary>
    public double? Number { get; }

    /// <summary>A cell with nothing in it.</summary>
    public static TableCell Empty => default;

    /// <summary>True for a cell with neither text nor a number (shown as nothing, an empty CSV field).</summary>
    public bool IsEmpty => Text is null && Number is null;

    /// <summary>A text cell, shown and exported as <paramref name="text"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static TableCell FromText(string text) => new(text ?? throw new ArgumentNullException(nameof(text)), null);

    /// <summary>A numeric cell: shown in its column's format, exported raw (NaN and infinities show as "–" and export as an empty field).</summary>
    public static TableCell FromNumber(double number) => new(null, number);

    /// <summary>A number that the report shows as <paramref name="shown"/> (e.g. "&lt; 0.001") and CSV exports as the number itself.</summary>
    public static TableCell FromNumber(double number, string shown) => new(shown ?? throw new ArgumentNullException(nameof(shown)), number);

    /// <summary>A text cell (see <see cref="FromText"/>).</summary>
    public static implicit operator TableCell(string text) => FromText(text);

    /// <summary>A numeric cell from a count (see <see cref="FromNumber(double)"/>).</summary>
    public static implicit operator TableCell(long number) => FromNumber(number);

    /// <summary>A numeric cell from a count (see <see cref="FromNumber(double)"/>).</summary>
    public static implicit operator TableCell(int number) => FromNumber(number);

    /// <summary>A numeric cell (see <see cref="FromNumber(double)"/>).</summary>
    public static implicit operator TableCell(double number) => FromNumber(number);

    /// <summary>The cell as the report shows it: its text when it has one, else its number through <paramref name="format"/> (integer format when null), empty as "".</summary>
    public string Display(NumberFormat? format) =>
        Text ?? (Number is { } n ? ReportNumbers.Format(n, format ?? NumberFormat.Integer) : "");
}
