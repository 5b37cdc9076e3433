namespace Assessment.Core.Trends;

/// <summary>Weights each crime type's counts and ranks the types by harm and by volume.</summary>
internal static class HarmAnalysis
{
    public static HarmFindings Analyse(IReadOnlyList<CountSeries> crimeTypes, MonthFrame frame, HarmWeightTable table)
    {
        var currentMonths = frame.Period.Current.Months().Where(frame.IsUsable).ToList();
        var compared = frame.Coverage.MonthsCompared;
        var shift = -frame.Period.LengthInMonths;
        var rows = crimeTypes.Select(s =>
        {
            var weight = table.Find(s.Key.Key);
            return (Category: s.Key.Key, Weight: weight?.Weight, Source: weight?.Source,
                Count: currentMonths.Sum(s.At), Previous: compared.Sum(m => s.ComparedAt(m.AddMonths(shift))), Current: compared.Sum(s.ComparedAt));
        }).ToList();

        var volumeRanks = CompetitionRanks(rows.Select(r => (double)r.Count).ToList());
        var weighted = rows.Select((r, i) => (r, i)).Where(p => p.r.Weight is not null).ToList();
        var harmRanks = CompetitionRanks(weighted.Select(p => p.r.Weight!.Value * p.r.Count).ToList());
        var harmRankByIndex = weighted.Select((p, k) => (p.i, Rank: harmRanks[k])).ToDictionary(p => p.i, p => p.Rank);

        var findings = rows.Select((r, i) => new HarmFinding(r.Category, r.Weight, r.Source, r.Count, r.Previous, r.Current, volumeRanks[i],
                harmRankByIndex.TryGetValue(i, out var rank) ? rank : null))
            .OrderBy(f => f.HarmRank ?? int.MaxValue).ThenBy(f => f.VolumeRank).ThenBy(f => f.Category, StringComparer.Ordinal)
            .ToList();
        return new HarmFindings(table, findings);
    }

    /// <summary>1 for the largest value; equal values share the better rank ("1, 2, 2, 4").</summary>
    internal static int[] CompetitionRanks(IReadOnlyList<double> values) =>
        [.. values.Select(v => 1 + values.Count(other => other > v))];
}
