using Assessment.Core.Model;
using Assessment.Core.Statistics;

namespace Assessment.Core.Benchmarking;

/// <summary>
/// Rates per 1,000 residents of every partnership of a force over the assessment period, each with an interval that
/// allows for overdispersion, compared with the force rate (one rule, <see cref="OverdispersedRateInterval"/>).
/// </summary>
/// <remarks>
/// φ̂ of a partnership is the Pearson dispersion (<see cref="Dispersion.AgainstFittedMeans"/>) of its monthly counts
/// against the force's monthly shape: μₘ = Oᵢ·Fₘ/F, where Fₘ is the force's count in month m, F the force's total and
/// Oᵢ the partnership's, so seasons and force-wide spikes are not counted as noise; d = M − 1 over the M months covered.
/// The force rate is the sum over the partnerships with residents, so that every row in the numerator has a denominator.
/// </remarks>
public static class ForceComparisonAnalysis
{
    /// <summary>Runs the comparison.</summary>
    /// <param name="input">The counts, partnerships, districts and themes.</param>
    /// <returns>All crime first, then each theme with crime types.</returns>
    /// <exception cref="ArgumentException">The area's partnership is not one of <see cref="ForceComparisonInput.Partnerships"/>.</exception>
    public static ForceComparison Run(ForceComparisonInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var area = input.Partnerships.FirstOrDefault(p => p.Code == input.AreaPartnershipCode)
            ?? throw new ArgumentException($"The area's partnership {input.AreaPartnershipCode} is not one of the {input.ForceName} partnerships given.", nameof(input));
        var byCode = input.Partnerships.ToDictionary(p => p.Code, StringComparer.Ordinal);
        var rows = input.Counts.Where(c => c.Force == input.PoliceUkForce && input.Period.Contains(c.Month)).ToList();
        var months = rows.Select(c => c.Month).Distinct().Order().ToList();

        long withoutLocation = 0, withoutResidents = 0;
        var otherForces = new Dictionary<string, long>(StringComparer.Ordinal);
        var unrecognised = new Dictionary<string, long>(StringComparer.Ordinal);
        var placed = new List<(string Code, DistrictCrimeCount Row)>();
        foreach (var row in rows)
        {
            if (row.District.Length == 0) withoutLocation += row.Count;
            else if (!input.PartnershipByDistrictName.TryGetValue(row.District, out var code)) Add(unrecognised, row.District, row.Count);
            else if (code is null || !byCode.TryGetValue(code, out var partnership)) Add(otherForces, row.District, row.Count);
            else if (!(partnership.Residents > 0)) withoutResidents += row.Count;
            else placed.Add((code, row));
        }

        var themes = new List<(string Id, string Name, IReadOnlyList<string> Types)>
        {
            (ForceComparison.AllCrimeId, ForceComparison.AllCrimeName, PoliceUkCrimeTypes.All.Where(t => t != "Anti-social behaviour").ToList()),
        };
        themes.AddRange(input.Themes.Where(t => t.HasCrimeTypes).Select(t => (t.Id, t.Name, t.CrimeTypes)));
        var rated = input.Partnerships.Where(p => p.Residents > 0).ToList();
        var comparisons = themes.Select(t => Compare(t.Id, t.Name, t.Types, placed, rated, months, area.Code, input.ConfidenceLevel)).ToList();

        return new ForceComparison(
            area.Name, input.ForceName, input.Period, months, input.ConfidenceLevel, comparisons,
            new ForceRowsLeftOut(otherForces.Values.Sum(), MostFirst(otherForces), unrecognised.Values.Sum(), MostFirst(unrecognised), withoutLocation, withoutResidents),
            [.. input.Partnerships.Where(p => !(p.Residents > 0)).Select(p => p.Name)],
            input.Source);
    }

    private static ThemeComparison Compare(string id, string name, IReadOnlyList<string> types, List<(string Code, DistrictCrimeCount Row)> placed,
        List<ForcePartnership> partnerships, List<YearMonth> months, string areaCode, double level)
    {
        var typeSet = types.ToHashSet(StringComparer.Ordinal);
        var monthIndex = months.Select((m, i) => (m, i)).ToDictionary(x => x.m, x => x.i);
        var byPartnership = partnerships.ToDictionary(p => p.Code, _ => new double[months.Count], StringComparer.Ordinal);
        foreach (var (code, row) in placed)
            if (typeSet.Contains(row.CrimeType)) byPartnership[code][monthIndex[row.Month]] += row.Count;

        var forceMonths = new double[months.Count];
        foreach (var series in byPartnership.Values)
            for (var m = 0; m < months.Count; m++) forceMonths[m] += series[m];
        var forceCount = forceMonths.Sum();
        var forceResidents = partnerships.Sum(p => p.Residents);
        var forceRate = forceCount / forceResidents * 1000;

        var rates = partnerships.Select(p =>
        {
            var series = byPartnership[p.Code];
            var count = series.Sum();
            var dispersion = forceCount > 0
                ? Dispersion.AgainstFittedMeans(series, [.. forceMonths.Select(f => count * f / forceCount)], 1)
                : null;
            var (phi, df) = dispersion is { } d && d.DegreesOfFreedom > 0 ? (d.Phi, d.DegreesOfFreedom) : (double.NaN, 0);
            var interval = OverdispersedRateInterval.Per1000((long)count, p.Residents, phi, df, level);
            var verdict = interval.SideOf(forceRate) switch { 1 => RateVerdict.Higher, -1 => RateVerdict.Lower, _ => RateVerdict.Similar };
            return new PartnershipRate(p.Code, p.Name, p.Code == areaCode, (long)count, p.Residents, count / p.Residents * 1000, interval, phi, df, verdict, 0);
        }).OrderByDescending(r => r.Rate).ThenBy(r => r.Name, StringComparer.Ordinal).Select((r, i) => r with { Rank = i + 1 }).ToList();

        return new ThemeComparison(id, name, types, (long)forceCount, forceResidents, forceRate, rates);
    }

    private static void Add(Dictionary<string, long> totals, string key, long count) => totals[key] = totals.GetValueOrDefault(key) + count;

    private static IReadOnlyList<string> MostFirst(Dictionary<string, long> totals) =>
        [.. totals.OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal).Select(t => t.Key)];
}
