using Assessment.Core.Model;

namespace Assessment.Core.Results;

/// <summary>An inclusive run of months.</summary>
/// <param name="First">First month, "yyyy-MM".</param>
/// <param name="Last">Last month, "yyyy-MM".</param>
/// <param name="Months">Months from first to last, both counted.</param>
public sealed record PeriodResult(string First, string Last, int Months)
{
    /// <summary>The same months as <paramref name="range"/>.</summary>
    public static PeriodResult From(MonthRange range) => new(range.First.ToString(), range.Last.ToString(), range.Length);

    /// <summary>The months as a <see cref="MonthRange"/>; throws <see cref="FormatException"/> when a month is not "yyyy-MM".</summary>
    public MonthRange ToRange() => new(YearMonth.Parse(First), YearMonth.Parse(Last));
}
