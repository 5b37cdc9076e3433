namespace Assessment.DuckDb.Native;

/// <summary>Conversions between .NET values and DuckDB's physical encodings of dates, times and decimals.</summary>
internal static class NativeValues
{
    /// <summary><see cref="DateOnly.DayNumber"/> of 1970-01-01, DuckDB's day zero.</summary>
    private static readonly int EpochDayNumber = new DateOnly(1970, 1, 1).DayNumber;

    /// <summary>Days since 1970-01-01 for a date.</summary>
    public static int ToDuckDbDays(DateOnly date) => date.DayNumber - EpochDayNumber;

    /// <summary>The date <paramref name="days"/> after 1970-01-01; infinite or out-of-range dates throw.</summary>
    public static DateOnly FromDuckDbDays(int days, string columnName)
    {
        var dayNumber = (long)days + EpochDayNumber;
        if (dayNumber < DateOnly.MinValue.DayNumber || dayNumber > DateOnly.MaxValue.DayNumber)
        {
            throw new OverflowException(
                $"Column '{columnName}' holds a date outside 0001-01-01..9999-12-31 (or infinity); CAST it to VARCHAR.");
        }

        return DateOnly.FromDayNumber((int)dayNumber);
    }

    /// <summary>Microseconds since 1970-01-01 00:00 of the wall-clock value (Kind is ignored), rounded down.</summary>
    public static long ToDuckDbMicros(DateTime value)
    {
        var ticks = value.Ticks - DateTime.UnixEpoch.Ticks;
        return ticks >= 0
            ? ticks / TimeSpan.TicksPerMicrosecond
            : -((-ticks + TimeSpan.TicksPerMicrosecond - 1) / TimeSpan.TicksPerMicrosecond);
    }

    /// <summary>The moment <paramref name="ticksSinceEpoch"/> ticks after 1970-01-01; out-of-range values throw.</summary>
    public static DateTime FromTicksSinceEpoch(Int128 ticksSinceEpoch, DateTimeKind kind, string columnName)
    {
        var ticks = ticksSinceEpoch + DateTime.UnixEpoch.Ticks;
        if (ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks)
        {
            throw new OverflowException(
                $"Column '{columnName}' holds a timestamp outside the range of DateTime (or infinity); CAST it to VARCHAR.");
        }

        return new DateTime((long)ticks, kind);
    }

    /// <summary>A .NET decimal as DuckDB DECIMAL(width, scale) with the smallest width that holds it.</summary>
    public static NativeDecimal ToDuckDbDecimal(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var magnitude = ((UInt128)(uint)bits[2] << 64) | ((UInt128)(uint)bits[1] << 32) | (uint)bits[0];
        var unscaled = value < 0 ? -(Int128)magnitude : (Int128)magnitude;
        var scale = value.Scale;
        var digits = magnitude.ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
        return new NativeDecimal
        {
            Width = (byte)Math.Max(Math.Max(digits, scale), 1),
            Scale = scale,
            ValueLower = (ulong)(unscaled & ulong.MaxValue),
            ValueUpper = (long)(unscaled >> 64),
        };
    }

    /// <summary>The decimal <paramref name="unscaled"/> × 10^-<paramref name="scale"/>; throws when it exceeds decimal.</summary>
    public static decimal FromUnscaled(Int128 unscaled, byte scale, string columnName)
    {
        var negative = unscaled < 0;
        var magnitude = (UInt128)(negative ? -unscaled : unscaled);
        if (scale > 28 || magnitude >> 96 != 0)
        {
            throw new OverflowException(
                $"Column '{columnName}' holds a DECIMAL too large for System.Decimal; read it with GetDouble or CAST it.");
        }

        return new decimal(
            (int)(uint)(magnitude & uint.MaxValue),
            (int)(uint)((magnitude >> 32) & uint.MaxValue),
            (int)(uint)((magnitude >> 64) & uint.MaxValue),
            negative,
            scale);
    }

    /// <summary>
    /// UTF-8 bytes of <paramref name="text"/> followed by a NUL, so even empty text has a valid pointer;
    /// <paramref name="length"/> excludes the NUL.
    /// </summary>
    public static byte[] ToUtf8(string text, out int length)
    {
        length = System.Text.Encoding.UTF8.GetByteCount(text);
        var bytes = new byte[length + 1];
        System.Text.Encoding.UTF8.GetBytes(text, bytes);
        return bytes;
    }
}
