namespace Assessment.Core.Reporting;

/// <summary>How a number is shown in the report. Storage and CSV exports always keep the unformatted value.</summary>
/// <param name="Decimals">Digits after the decimal point, 0–6.</param>
/// <param name="Signed">Show "+" on positive values (for differences); zero has no sign.</param>
/// <param name="Percent">The value is a fraction shown as a percentage (0.123 → "12.3%").</param>
public sealed record NumberFormat(int Decimals = 0, bool Signed = false, bool Percent = false)
{
    /// <summary>Whole numbers with thousands separators: 12,345.</summary>
    public static NumberFormat Integer { get; } = new();

    /// <summary>Differences: +1,234, −56, 0.</summary>
    public static NumberFormat SignedInteger { get; } = new(Signed: true);

    /// <summary>One decimal place: 12.3.</summary>
    public static NumberFormat OneDecimal { get; } = new(1);

    /// <summary>Fractions as percentages with one decimal place: 0.123 → 12.3%.</summary>
    public static NumberFormat Percent1 { get; } = new(1, Percent: true);

    /// <summary>Changes as signed percentages with one decimal place: 0.05 → +5.0%.</summary>
    public static NumberFormat SignedPercent1 { get; } = new(1, Signed: true, Percent: true);
}
