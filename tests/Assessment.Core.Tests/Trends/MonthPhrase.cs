using System.Globalization;
using System.Text.RegularExpressions;
using Assessment.Core.Model;

namespace Assessment.Core.Tests.Trends;

/// <summary>
/// Reads months back out of report text ("January to April 2025", "November 2024 to February 2025", "March 2025",
/// runs joined by "," or "and"), independently of the code that writes them.
/// </summary>
internal static partial class MonthPhrase
{
    private static readonly string[] Names = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];

    /// <summary>Every month named in <paramref name="text"/>, in order of appearance; throws when none is named.</summary>
    public static IReadOnlyList<YearMonth> Parse(string text)
    {
        var months = new List<YearMonth>();
        foreach (Match m in Run().Matches(text))
        {
            var last = new YearMonth(int.Parse(m.Groups["y2"].Value, CultureInfo.InvariantCulture), Array.IndexOf(Names, m.Groups["m2"].Value) + 1);
            if (!m.Groups["m1"].Success)
            {
                months.Add(last);
                continue;
            }

            var firstYear = m.Groups["y1"].Success ? int.Parse(m.Groups["y1"].Value, CultureInfo.InvariantCulture) : last.Year;
            var first = new YearMonth(firstYear, Array.IndexOf(Names, m.Groups["m1"].Value) + 1);
            Assert.True(first <= last, $"'{m.Value}' runs backwards");
            for (var month = first; month <= last; month = month.AddMonths(1)) months.Add(month);
        }

        Assert.True(months.Count > 0, $"No month is named in '{text}'");
        return months;
    }

    private const string Month = "January|February|March|April|May|June|July|August|September|October|November|December";

    [GeneratedRegex($@"(?:(?<m1>{Month})(?: (?<y1>\d{{4}}))? to )?(?<m2>{Month}) (?<y2>\d{{4}})")]
    private static partial Regex Run();
}
