using Assessment.Core.Model;

namespace Assessment.Core.Trends;

/// <summary>Counts by month for one series; a month without an entry has no records of it.</summary>
/// <param name="Key">The series.</param>
/// <param name="Counts">All in-area records by month, every force.</param>
/// <param name="ComparedCounts">Records of the compared months only, restricted to the forces compared in each pair (see <see cref="MonthFrame.Compared"/>).</param>
internal sealed record CountSeries(SeriesKey Key, IReadOnlyDictionary<YearMonth, long> Counts, IReadOnlyDictionary<YearMonth, long> ComparedCounts)
{
    /// <summary>Forces with at least one record in the series (any month); null when some records name no force, so any force may be in it.</summary>
    public IReadOnlySet<string>? Forces { get; init; }

    /// <summary>True when <paramref name="force"/>'s data may be in the series.</summary>
    public bool MayInclude(string force) => Forces is null || Forces.Contains(force);

    public long At(YearMonth month) => Counts.GetValueOrDefault(month);

    /// <summary>The like-for-like count of a compared month (either period); 0 for a month not compared.</summary>
    public long ComparedAt(YearMonth month) => ComparedCounts.GetValueOrDefault(month);
}
