using System.Text.RegularExpressions;

namespace Assessment.Core.Model;

/// <summary>
/// The police.uk archive's file naming: <c>YYYY-MM-&lt;force&gt;-street.csv</c>, e.g.
/// <c>2025-01-kent-street.csv</c> or <c>2025-01-btp-street.csv</c>. The force slug may contain hyphens
/// (<c>avon-and-somerset</c>).
/// </summary>
/// <param name="Month">Month the file covers, from its first seven characters.</param>
/// <param name="Force">Force slug in lower case, e.g. "kent", "btp", "avon-and-somerset".</param>
public sealed partial record PoliceUkFileName(YearMonth Month, string Force)
{
    /// <summary>Parses a file name (not a path); false for outcomes, stop-and-search and unrelated files.</summary>
    /// <param name="fileName">The bare file name, e.g. "2025-01-kent-street.csv"; matched case-sensitively except for the force slug.</param>
    /// <param name="parsed">The month and lower-cased force slug; null when the result is false.</param>
    /// <returns>True for a street-level file name with a valid <c>yyyy-MM</c> month.</returns>
    public static bool TryParse(string fileName, out PoliceUkFileName? parsed)
    {
        parsed = null;
        var match = StreetFilePattern().Match(fileName);
        if (!match.Success || !YearMonth.TryParse(match.Groups["month"].Value, out var month)) return false;
        parsed = new PoliceUkFileName(month, match.Groups["force"].Value.ToLowerInvariant());
        return true;
    }

    /// <summary>The canonical file name, <c>yyyy-MM-&lt;force&gt;-street.csv</c>.</summary>
    public override string ToString() => $"{Month}-{Force}-street.csv";

    [GeneratedRegex(@"^(?<month>\d{4}-\d{2})-(?<force>[A-Za-z0-9][A-Za-z0-9-]*)-street\.csv$", RegexOptions.CultureInvariant)]
    private static partial Regex StreetFilePattern();
}
