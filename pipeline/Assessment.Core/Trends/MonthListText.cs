using System.Globalization;
using Assessment.Core.Model;

namespace Assessment.Core.Trends;

/// <summary>Months in words, as the report writes them.</summary>
public static class MonthListText
{
    /// <summary>
    /// Runs of consecutive months joined in plain English: "January to April 2025", "November 2024 to February 2025",
    /// "March 2025", "January to April 2025 and June to August 2025"; "no months" when empty. Input order does not matter.
    /// </summary>
    public static string Describe(IEnumerable<YearMonth> months)
    {
        ArgumentNullException.ThrowIfNull(months);
        var sorted = months.Distinct().Order().ToList();
        if (sorted.Count == 0) return "no months";
        var runs = new List<string>();
        var start = 0;
        for (var i = 1; i <= sorted.Count; i++)
        {
            if (i < sorted.Count && sorted[i].MonthsSince(sorted[i - 1]) == 1) continue;
            runs.Add(Run(sorted[start], sorted[i - 1]));
            start = i;
        }

        return runs.Count == 1 ? runs[0] : string.Join(", ", runs[..^1]) + " and " + runs[^1];
    }

    /// <summary>"one" to "nine" for 1–9, digits otherwise (house style for counts in running text).</summary>
    public static string CountWord(int value) => value switch
    {
        1 => "one", 2 => "two", 3 => "three", 4 => "four", 5 => "five", 6 => "six", 7 => "seven", 8 => "eight", 9 => "nine",
        _ => value.ToString("N0", CultureInfo.InvariantCulture),
    };

    private static string Run(YearMonth first, YearMonth last)
    {
        if (first == last) return first.ToLongString();
        var firstName = first.FirstDay.ToString("MMMM", CultureInfo.InvariantCulture);
        return first.Year == last.Year ? $"{firstName} to {last.ToLongString()}" : $"{first.ToLongString()} to {last.ToLongString()}";
    }
}
