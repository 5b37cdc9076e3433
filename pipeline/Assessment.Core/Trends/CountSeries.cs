using Assessment.Core.Model;

namespace Assessment.Core.Trends;

/// <summary>Counts by month for one series; a month without an entry has no records of it.</summary>
internal sealed record CountSeries(SeriesKey Key, IReadOnlyDictionary<YearMonth, long> Counts)
{
    public long At(YearMonth month) => Counts.GetValueOrDefault(month);
}
