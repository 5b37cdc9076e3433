using System.Globalization;

namespace Assessment.Core.Reporting;

/// <summary>
/// The one place numbers and dates are formatted for reading: invariant culture, thousands separators,
/// a true minus sign (U+2212) on negatives, and an en dash for values that cannot be shown (NaN, infinity).
/// </summary>
public static class ReportNumbers
{
    /// <summary>The minus sign used for negative numbers (U+2212).</summary>
    public const string Minus = "\u2212";

    /// <summary>What is shown for a value that does not exist (e.g. a percentage change from zero).</summary>
    public const string NotApplicable = "\u2013";

    /// <summary>
    /// A whole count with thousands separators: 12345 → "12,345", −56 → "−56". Every count the report prints comes
    /// from here, so that the public edition can withhold small ones: inside a <see cref="CountMarkers.Begin"/> scope
    /// the count is returned marked, and resolved by the publication pass before the report is rendered.
    /// </summary>
    public static string FormatCount(long value) => CountMarkers.Active ? CountMarkers.Mark(value, signed: false) : Format(value, NumberFormat.Integer);

    /// <summary>A difference of counts with its sign: 1234 → "+1,234", −56 → "−56", 0 → "0"; marked like <see cref="FormatCount"/>.</summary>
    public static string FormatSignedCount(long value) => CountMarkers.Active ? CountMarkers.Mark(value, signed: true) : Format(value, NumberFormat.SignedInteger);

    /// <summary>A fraction as a percentage: (0.1234, 1) → "12.3%".</summary>
    public static string FormatPercent(double fraction, int decimals = 1, bool signed = false) =>
        Format(fraction, new NumberFormat(decimals, signed, Percent: true));

    /// <summary>Formats <paramref name="value"/> as <paramref name="format"/> says; rounding is half away from zero.</summary>
    public static string Format(double value, NumberFormat format)
    {
        ArgumentNullException.ThrowIfNull(format);
        if (format.Decimals is < 0 or > 6) throw new ArgumentOutOfRangeException(nameof(format), format.Decimals, "Decimals must be 0–6.");
        if (double.IsNaN(value) || double.IsInfinity(value)) return NotApplicable;

        var scaled = format.Percent ? value * 100 : value;
        var rounded = Math.Round(scaled, format.Decimals, MidpointRounding.AwayFromZero);
        var magnitude = Math.Abs(rounded).ToString("N" + format.Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var sign = rounded < 0 ? Minus : rounded > 0 && format.Signed ? "+" : "";
        return sign + magnitude + (format.Percent ? "%" : "");
    }

    /// <summary>A date as the report prints it: "5 March 2026".</summary>
    public static string FormatDate(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>A number as CSV and data files hold it: invariant, no separators, shortest round-trip form ("1234", "0.125").</summary>
    public static string FormatRaw(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
