using System.Text.RegularExpressions;

namespace Assessment.Core.Trends;

/// <summary>
/// Detects changes in how police.uk places records in LSOAs over the loaded months: districts whose LSOA names
/// changed (codes unchanged), and a set of LSOA codes replaced by another (a change from 2011 to 2021 LSOAs).
/// </summary>
public static partial class LsoaVintageCheck
{
    private const int MonthsEachSide = 3;

    /// <summary>
    /// Renames: a code seen under names whose district parts differ (the district part is the name without its
    /// trailing " 012A"). Code changes: at a boundary between loaded months with at least three loaded months on each
    /// side, codes last seen just before it that appeared in at least three quarters of the earlier months, and codes
    /// first seen at it that appear in at least three quarters of the later months; reported when both kinds occur and
    /// together number at least three.
    /// </summary>
    /// <remarks>
    /// The thresholds keep LSOAs that merely have no records for a while from looking like a boundary change: on the
    /// 16 real Kent months (over a thousand LSOAs, some seen only now and then) looser rules (half of the months, or
    /// fewer months per side) fire at the first and last boundaries, these do not. The price is that a change within
    /// the first or last two loaded months is not detected. Empty input gives <see cref="LsoaVintageFindings.NotChecked"/>.
    /// </remarks>
    public static LsoaVintageFindings Check(IReadOnlyList<LsoaMonthCount> observations)
    {
        ArgumentNullException.ThrowIfNull(observations);
        if (observations.Count == 0) return LsoaVintageFindings.NotChecked;
        var months = observations.Select(o => o.Month).Distinct().Order().ToList();
        var codes = observations.Select(o => o.LsoaCode).Distinct(StringComparer.Ordinal).Count();
        return new LsoaVintageFindings(true, months.Count, codes, Renames(observations), CodeChanges(observations, months));
    }

    /// <summary>The district part of an LSOA name: "Canterbury 012A" → "Canterbury"; a name without the suffix is returned whole.</summary>
    public static string DistrictOf(string lsoaName)
    {
        ArgumentNullException.ThrowIfNull(lsoaName);
        var match = SuffixPattern().Match(lsoaName.Trim());
        return match.Success ? match.Groups["district"].Value : lsoaName.Trim();
    }

    private static List<LsoaRename> Renames(IReadOnlyList<LsoaMonthCount> observations)
    {
        var changes = new List<(string Old, string New, Model.YearMonth Month)>();
        foreach (var code in observations.GroupBy(o => o.LsoaCode, StringComparer.Ordinal))
        {
            var districts = code.GroupBy(o => DistrictOf(o.LsoaName), StringComparer.Ordinal)
                .Select(g => (District: g.Key, First: g.Min(o => o.Month)))
                .OrderBy(d => d.First).ToList();
            for (var i = 1; i < districts.Count; i++) changes.Add((districts[i - 1].District, districts[i].District, districts[i].First));
        }

        return [.. changes.GroupBy(c => (c.Old, c.New))
            .Select(g => new LsoaRename(g.Key.Old, g.Key.New, g.Count(), g.Min(c => c.Month)))
            .OrderBy(r => r.FirstMonthWithNewName).ThenBy(r => r.OldDistrict, StringComparer.Ordinal)];
    }

    private static List<LsoaCodeChange> CodeChanges(IReadOnlyList<LsoaMonthCount> observations, IReadOnlyList<Model.YearMonth> months)
    {
        var position = months.Select((m, i) => (m, i)).ToDictionary(p => p.m, p => p.i);
        var presence = observations.GroupBy(o => o.LsoaCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(o => position[o.Month]).Distinct().Order().ToArray(), StringComparer.Ordinal);
        var changes = new List<LsoaCodeChange>();
        for (var boundary = MonthsEachSide; boundary <= months.Count - MonthsEachSide; boundary++)
        {
            var before = boundary;
            var after = months.Count - boundary;
            var retired = presence.Where(p => p.Value[^1] == boundary - 1 && 4 * p.Value.Length >= 3 * before)
                .Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
            var introduced = presence.Where(p => p.Value[0] == boundary && 4 * p.Value.Length >= 3 * after)
                .Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
            if (retired.Count > 0 && introduced.Count > 0 && retired.Count + introduced.Count >= 3)
                changes.Add(new LsoaCodeChange(months[boundary], retired, introduced));
        }

        return changes;
    }

    [GeneratedRegex(@"^(?<district>.+?)\s+\d{3}[A-Z]$", RegexOptions.CultureInvariant)]
    private static partial Regex SuffixPattern();
}
