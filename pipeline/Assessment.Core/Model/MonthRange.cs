namespace Assessment.Core.Model;

/// <summary>An inclusive run of whole months, e.g. January–December 2025.</summary>
public readonly record struct MonthRange
{
    /// <summary>The months from <paramref name="first"/> to <paramref name="last"/>, both included.</summary>
    /// <param name="first">First month of the range.</param>
    /// <param name="last">Last month of the range; may equal <paramref name="first"/> for a single month.</param>
    /// <exception cref="ArgumentException"><paramref name="last"/> is before <paramref name="first"/>.</exception>
    public MonthRange(YearMonth first, YearMonth last)
    {
        if (last < first) throw new ArgumentException($"Month range ends ({last}) before it starts ({first}).", nameof(last));
        First = first;
        Last = last;
    }

    /// <summary>First month of the range (inclusive).</summary>
    public YearMonth First { get; }

    /// <summary>Last month of the range (inclusive).</summary>
    public YearMonth Last { get; }

    /// <summary>Number of months, counting both ends.</summary>
    public int Length => Last.MonthsSince(First) + 1;

    /// <summary>True when <paramref name="month"/> lies in the range, either end included.</summary>
    /// <param name="month">The month to test.</param>
    public bool Contains(YearMonth month) => month >= First && month <= Last;

    /// <summary>Every month of the range in calendar order, <see cref="Length"/> of them.</summary>
    public IEnumerable<YearMonth> Months()
    {
        for (var m = First; m <= Last; m = m.AddMonths(1)) yield return m;
    }

    /// <summary>"January 2025 to December 2025".</summary>
    public string ToLongString() => Length == 1 ? First.ToLongString() : $"{First.ToLongString()} to {Last.ToLongString()}";

    /// <summary>"2025-01..2025-12": both ends in <c>yyyy-MM</c>, for logs and messages.</summary>
    public override string ToString() => $"{First}..{Last}";
}
