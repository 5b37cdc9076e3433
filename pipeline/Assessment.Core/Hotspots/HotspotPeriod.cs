using System.Globalization;
using Assessment.Core.Model;

namespace Assessment.Core.Hotspots;

/// <summary>A set of months analysed together, ascending; possibly empty (nothing loaded), never holding a month twice.</summary>
public sealed record HotspotPeriod
{
    private readonly HashSet<YearMonth> lookup;

    /// <param name="months">The months, in any order; duplicates are dropped.</param>
    public HotspotPeriod(IEnumerable<YearMonth> months)
    {
        ArgumentNullException.ThrowIfNull(months);
        Months = months.Distinct().Order().ToArray();
        lookup = Months.ToHashSet();
    }

    /// <summary>The months, ascending.</summary>
    public IReadOnlyList<YearMonth> Months { get; }

    /// <summary>True when no month is included.</summary>
    public bool IsEmpty => Months.Count == 0;

    /// <summary>True when the months run without a gap.</summary>
    public bool IsContiguous => IsEmpty || Months[^1].MonthsSince(Months[0]) == Months.Count - 1;

    /// <summary>True when <paramref name="month"/> is one of the months.</summary>
    public bool Contains(YearMonth month) => lookup.Contains(month);

    /// <summary>"January 2025 to April 2025"; "7 months between January 2025 and December 2025" when there are gaps; "no months" when empty.</summary>
    public string Label => IsEmpty ? "no months"
        : IsContiguous ? new MonthRange(Months[0], Months[^1]).ToLongString()
        : $"{Months.Count} months between {Months[0].ToLongString()} and {Months[^1].ToLongString()}";

    /// <summary>"Jan–Apr 2025", "Nov 2024–Feb 2025", "Mar 2025", or "7 months" when there are gaps; "no months" when empty.</summary>
    public string ShortLabel
    {
        get
        {
            if (IsEmpty) return "no months";
            if (!IsContiguous) return $"{Months.Count} months";
            var (first, last) = (Months[0], Months[^1]);
            static string Short(YearMonth m) => m.FirstDay.ToString("MMM", CultureInfo.InvariantCulture);
            if (first == last) return $"{Short(first)} {first.Year}";
            return first.Year == last.Year ? $"{Short(first)}\u2013{Short(last)} {last.Year}" : $"{Short(first)} {first.Year}\u2013{Short(last)} {last.Year}";
        }
    }

    /// <summary>The <see cref="Label"/>, so that a period reads as its months in messages and test output.</summary>
    public override string ToString() => Label;
}
