using System.Globalization;
using System.Text.RegularExpressions;

namespace Assessment.Core.Partners;

/// <summary>A proven-reoffending cohort period as the Ministry of Justice writes it: "Jan 2022 to Mar 2022".</summary>
public static partial class CohortPeriod
{
    /// <summary>
    /// Reads "<c>Mon YYYY to Mon YYYY</c>" (three-letter or full month names, any case), a period of 1 to 12 whole months.
    /// </summary>
    /// <param name="text">The period as published.</param>
    /// <param name="start">First day of the first month.</param>
    /// <param name="months">Months covered, first and last included (3 for a quarter).</param>
    /// <returns>False when the text is not such a period or its end is before its start or more than 12 months on.</returns>
    public static bool TryParse(string text, out DateOnly start, out int months)
    {
        start = default;
        months = 0;
        var match = Pattern().Match(text ?? "");
        if (!match.Success || Month(match.Groups[1].Value) is not { } m1 || Month(match.Groups[3].Value) is not { } m2) return false;
        var y1 = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        var y2 = int.Parse(match.Groups[4].Value, CultureInfo.InvariantCulture);
        var span = (y2 * 12 + m2) - (y1 * 12 + m1) + 1;
        if (span is < 1 or > 12) return false;
        start = new DateOnly(y1, m1, 1);
        months = span;
        return true;
    }

    private static readonly string[] Names = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;

    private static int? Month(string name)
    {
        for (var i = 0; i < 12; i++)
        {
            if (Names[i].Equals(name, StringComparison.OrdinalIgnoreCase) || Names[i][..3].Equals(name, StringComparison.OrdinalIgnoreCase)) return i + 1;
        }
        return null;
    }

    [GeneratedRegex(@"^\s*([A-Za-z]+)\s+(\d{4})\s+to\s+([A-Za-z]+)\s+(\d{4})\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
