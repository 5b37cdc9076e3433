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

    public bool IsEmpty => Text is null && Number is null;

    public static TableCell FromText(string text) => new(text ?? throw new ArgumentNullException(nameof(text)), null);

    public static TableCell FromNumber(double number) => new(null, number);

    public static implicit operator TableCell(string text) => FromText(text);

    public static implicit operator TableCell(long number) => FromNumber(number);

    public static implicit operator TableCell(int number) => FromNumber(number);

    public static implicit operator TableCell(double number) => FromNumber(number);

    /// <summary>The cell as the report shows it: numbers through <paramref name="format"/> (integer format when null), empty as "".</summary>
    public string Display(NumberFormat? format) =>
        Number is { } n ? ReportNumbers.Format(n, format ?? NumberFormat.Integer) : Text ?? "";
}
