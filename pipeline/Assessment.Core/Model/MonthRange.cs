namespace Assessment.Core.Model;

/// <summary>An inclusive run of whole months, e.g. January–December 2025.</summary>
public readonly record struct MonthRange
{
    public MonthRange(YearMonth first, YearMonth last)
    {
        if (last < first) throw new ArgumentException($"Month range ends ({last}) before it starts ({first}).", nameof(last));
        First = first;
        Last = last;
    }

    public YearMonth First { get; }

    public YearMonth Last { get; }

    /// <summary>Number of months, counting both ends.</summary>
    public int Length => Last.MonthsSince(First) + 1;

    public bool Contains(YearMonth month) => month >= First && month <= Last;

    public IEnumerable<YearMonth> Months()
    {
        for (var m = First; m <= Last; m = m.AddMonths(1)) yield return m;
    }

    /// <summary>"January 2025 to December 2025".</summary>
    public string ToLongString() => Length == 1 ? First.ToLongString() : $"{First.ToLongString()} to {Last.ToLongString()}";

    public override string ToString() => $"{First}..{Last}";
}
