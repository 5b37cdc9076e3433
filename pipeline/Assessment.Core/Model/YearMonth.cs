using System.Globalization;

namespace Assessment.Core.Model;

/// <summary>
/// A calendar month, the finest time resolution police.uk publishes ("2025-01").
/// Ordered, comparable and formatted as <c>yyyy-MM</c> in every culture.
/// </summary>
public readonly record struct YearMonth : IComparable<YearMonth>
{
    /// <summary>Creates a month; <paramref name="month"/> is 1–12.</summary>
    public YearMonth(int year, int month)
    {
        if (year is < 1 or > 9999) throw new ArgumentOutOfRangeException(nameof(year), year, "Year must be 1–9999.");
        if (month is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(month), month, "Month must be 1–12.");
        Year = year;
        Month = month;
    }

    public int Year { get; }

    public int Month { get; }

    /// <summary>Months since year 0, so that differences between months are plain subtraction.</summary>
    public int Ordinal => Year * 12 + (Month - 1);

    public static YearMonth FromOrdinal(int ordinal) => new(ordinal / 12, ordinal % 12 + 1);

    public static YearMonth FromDate(DateOnly date) => new(date.Year, date.Month);

    /// <summary>The first day of the month.</summary>
    public DateOnly FirstDay => new(Year, Month, 1);

    public int DaysInMonth => DateTime.DaysInMonth(Year, Month);

    public YearMonth AddMonths(int months) => FromOrdinal(Ordinal + months);

    /// <summary>Whole months from <paramref name="other"/> to this month (positive when this is later).</summary>
    public int MonthsSince(YearMonth other) => Ordinal - other.Ordinal;

    /// <summary>Parses exactly <c>yyyy-MM</c>, the police.uk month format.</summary>
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
    public static YearMonth Parse(string text) =>
        TryParse(text, out var value) ? value : throw new FormatException($"'{text}' is not a month in the form yyyy-MM (e.g. 2025-01).");

    public int CompareTo(YearMonth other) => Ordinal.CompareTo(other.Ordinal);

    public static bool operator <(YearMonth left, YearMonth right) => left.Ordinal < right.Ordinal;

    public static bool operator >(YearMonth left, YearMonth right) => left.Ordinal > right.Ordinal;

    public static bool operator <=(YearMonth left, YearMonth right) => left.Ordinal <= right.Ordinal;

    public static bool operator >=(YearMonth left, YearMonth right) => left.Ordinal >= right.Ordinal;

    /// <summary>"March 2025": how the report names a month.</summary>
    public string ToLongString() => FirstDay.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    public override string ToString() => $"{Year:D4}-{Month:D2}";
}
