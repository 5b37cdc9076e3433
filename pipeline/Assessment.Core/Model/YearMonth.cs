using System.Globalization;

namespace Assessment.Core.Model;

/// <summary>
/// A calendar month, the finest time resolution police.uk publishes ("2025-01").
/// Ordered, comparable and formatted as <c>yyyy-MM</c> in every culture.
/// </summary>
public readonly record struct YearMonth : IComparable<YearMonth>
{
    /// <summary>Creates a month.</summary>
    /// <param name="year">Calendar year, 1–9999.</param>
    /// <param name="month">Calendar month, 1 (January) to 12 (December).</param>
    /// <exception cref="ArgumentOutOfRangeException">Year outside 1–9999 or month outside 1–12.</exception>
    public YearMonth(int year, int month)
    {
        if (year is < 1 or > 9999) throw new ArgumentOutOfRangeException(nameof(year), year, "Year must be 1–9999.");
        if (month is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(month), month, "Month must be 1–12.");
        Year = year;
        Month = month;
    }

    /// <summary>Calendar year, 1–9999.</summary>
    public int Year { get; }

    /// <summary>Calendar month, 1 (January) to 12 (December).</summary>
    public int Month { get; }

    /// <summary>Months since year 0, so that differences between months are plain subtraction.</summary>
    public int Ordinal => Year * 12 + (Month - 1);

    /// <summary>The month with the given <see cref="Ordinal"/> (months since January of year 0).</summary>
    /// <param name="ordinal">Months since January of year 0: year × 12 + (month − 1).</param>
    /// <exception cref="ArgumentOutOfRangeException">The ordinal falls outside years 1–9999 (12–119 999).</exception>
    public static YearMonth FromOrdinal(int ordinal) => new(ordinal / 12, ordinal % 12 + 1);

    /// <summary>The month a date falls in.</summary>
    /// <param name="date">Any day of the month.</param>
    public static YearMonth FromDate(DateOnly date) => new(date.Year, date.Month);

    /// <summary>The first day of the month.</summary>
    public DateOnly FirstDay => new(Year, Month, 1);

    /// <summary>Days in the month, 28–31 (leap years included), e.g. for per-day exposures.</summary>
    public int DaysInMonth => DateTime.DaysInMonth(Year, Month);

    /// <summary>The month <paramref name="months"/> later (earlier when negative).</summary>
    /// <param name="months">Whole months to add; may be negative.</param>
    /// <exception cref="ArgumentOutOfRangeException">The result falls outside years 1–9999.</exception>
    public YearMonth AddMonths(int months) => FromOrdinal(Ordinal + months);

    /// <summary>Whole months from <paramref name="other"/> to this month (positive when this is later).</summary>
    /// <param name="other">The earlier (or later) month to count from.</param>
    /// <returns>This month's <see cref="Ordinal"/> minus <paramref name="other"/>'s; 0 for the same month.</returns>
    public int MonthsSince(YearMonth other) => Ordinal - other.Ordinal;

    /// <summary>Parses exactly <c>yyyy-MM</c>, the police.uk month format.</summary>
    /// <param name="text">Seven characters, e.g. "2025-01"; null, other lengths, signs or white space fail.</param>
    /// <param name="value">The month, or <c>default</c> when the result is false.</param>
    /// <returns>True when <paramref name="text"/> is a valid month with year 1–9999 and month 01–12.</returns>
    public static bool TryParse(string? text, out YearMonth value)
    {
        value = default;
        if (text is null || text.Length != 7 || text[4] != '-') return false;
        if (!int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)) return false;
        if (!int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)) return false;
        if (year < 1 || month is < 1 or > 12) return false;
        value = new YearMonth(year, month);
        return true;
    }

    /// <summary>Parses exactly <c>yyyy-MM</c>; throws <see cref="FormatException"/> naming the text otherwise.</summary>
    /// <param name="text">Seven characters, e.g. "2025-01".</param>
    /// <exception cref="FormatException"><paramref name="text"/> is not a month in the form <c>yyyy-MM</c>; the message quotes it.</exception>
    public static YearMonth Parse(string text) =>
        TryParse(text, out var value) ? value : throw new FormatException($"'{text}' is not a month in the form yyyy-MM (e.g. 2025-01).");

    /// <summary>Orders months chronologically: negative when this month is earlier than <paramref name="other"/>.</summary>
    /// <param name="other">The month to compare with.</param>
    public int CompareTo(YearMonth other) => Ordinal.CompareTo(other.Ordinal);

    /// <summary>True when <paramref name="left"/> is an earlier month than <paramref name="right"/>.</summary>
    public static bool operator <(YearMonth left, YearMonth right) => left.Ordinal < right.Ordinal;

    /// <summary>True when <paramref name="left"/> is a later month than <paramref name="right"/>.</summary>
    public static bool operator >(YearMonth left, YearMonth right) => left.Ordinal > right.Ordinal;

    /// <summary>True when <paramref name="left"/> is the same month as <paramref name="right"/> or earlier.</summary>
    public static bool operator <=(YearMonth left, YearMonth right) => left.Ordinal <= right.Ordinal;

    /// <summary>True when <paramref name="left"/> is the same month as <paramref name="right"/> or later.</summary>
    public static bool operator >=(YearMonth left, YearMonth right) => left.Ordinal >= right.Ordinal;

    /// <summary>"March 2025": how the report names a month.</summary>
    public string ToLongString() => FirstDay.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>The month as <c>yyyy-MM</c> ("2025-01"), police.uk's format, in every culture.</summary>
    public override string ToString() => $"{Year:D4}-{Month:D2}";
}
