using Assessment.Core.Model;
using Assessment.Core.Trends;

namespace Assessment.Core.Tests.Trends;

/// <summary>
/// The year-on-year rule over random counts, dispersions and shares of rows without a location: verdict, q and
/// interval never disagree, and q is Benjamini–Hochberg of p over the tested rows (recomputed here by its definition).
/// </summary>
public sealed class YearOnYearPropertyTests
{
    private static readonly YearMonth Dec2025 = new(2025, 12);

    /// <summary>q_i = min over p_j ≥ p_i of min(1, m·p_j / rank_j), by the definition (Benjamini &amp; Hochberg 1995), O(m²).</summary>
    internal static double[] BenjaminiHochbergByDefinition(IReadOnlyList<double> p)
    {
        var m = p.Count;
        var rank = p.Select((v, i) => (v, i)).OrderBy(t => t.v).Select((t, r) => (t.i, Rank: r + 1)).ToDictionary(t => t.i, t => t.Rank);
        return [.. Enumerable.Range(0, m).Select(i => Enumerable.Range(0, m).Where(j => p[j] >= p[i]).Min(j => Math.Min(1, m * p[j] / rank[j])))];
    }

    private static TrendInput RandomInput(Random random)
    {
        var months = TrendInputs.Months(new YearMonth(2024, 1), 24);
        var counts = new Dictionary<string, IReadOnlyDictionary<YearMonth, long>>();
        for (var t = 0; t < 14; t++)
        {
            var level = Math.Exp(random.NextDouble() * 6);           // about 1 to 400 a month
            var noise = random.NextDouble() * 0.6;                    // month-to-month spread beyond Poisson
            var change = random.Next(3) == 0 ? 0.5 + random.NextDouble() : 1; // a third of the types really change
            var seasonal = random.NextDouble() * 0.5;
            counts[$"Type {t}"] = months.Select((m, i) =>
            {
                var mean = level * (1 + seasonal * Math.Sin(i * Math.PI / 6)) * (i >= 12 ? change : 1) * Math.Exp(noise * Normal(random));
                return (m, Count: Math.Max(0, (long)Math.Round(mean + Math.Sqrt(mean) * Normal(random))));
            }).ToDictionary(p => p.m, p => p.Count);
        }

        counts["Never recorded"] = months.ToDictionary(m => m, _ => 0L);
        var input = TrendInputs.Build(Dec2025, 12, months, counts);
        // Rows without a location: a share of up to 30% a month, higher in the second year for some runs.
        var shift = random.NextDouble() * 0.2;
        var quality = input.Quality.Select((f, i) =>
        {
            var share = random.NextDouble() * 0.1 + (i >= 12 ? shift : 0);
            var missing = (long)Math.Round(f.RowsLoaded * share / (1 - share));
            return f with { RowsRead = f.RowsLoaded + missing, RowsLoaded = f.RowsLoaded + missing, NoLocation = missing };
        }).ToList();
        return input with { Quality = quality };
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    [Fact]
    public void Run_RandomCountsAndShares_VerdictQAndIntervalNeverDisagree()
    {
        var random = new Random(1130);
        var rows = 0;
        var significant = 0;
        var untold = 0;
        for (var run = 0; run < 40; run++)
        {
            var findings = TrendAnalysis.Run(RandomInput(random)).YearOnYear;
            var tested = findings.Where(f => f.IsTested).ToList();
            var q = BenjaminiHochbergByDefinition([.. tested.Select(f => f.PValue)]);
            foreach (var (f, expected) in tested.Zip(q))
                Assert.True(Math.Abs(f.QValue - expected) <= 1e-12 * expected, $"run {run} {f.Series.Key}: q {f.QValue}, by definition {expected}");

            foreach (var f in findings)
            {
                rows++;
                var what = $"run {run} {f.Series.Key}: {f.Previous} → {f.Current}, p {f.PValue}, q {f.QValue}, interval {f.Interval}, {f.Verdict}";
                Assert.Equal(f.QValue <= 0.05, f.Verdict.IsChange());
                if (f.Verdict.IsChange())
                {
                    significant++;
                    Assert.True(f.Interval.Excludes(1), what);
                    Assert.True(f.Verdict == YoyVerdict.SignificantIncrease == f.Interval.Lower > 1, what);
                }

                if (f.Previous + f.Current == 0 || f.Verdict == YoyVerdict.DataCannotTell) Assert.False(f.IsTested, what);
                else Assert.True(f.IsTested, what);
                if (f.Verdict == YoyVerdict.DataCannotTell)
                {
                    untold++;
                    Assert.NotNull(f.NoLocation);
                }
            }
        }

        // The random inputs must reach every branch, or the test proves little.
        Assert.True(significant > 20, $"{significant} significant of {rows}");
        Assert.True(untold > 0, $"{untold} data-cannot-tell of {rows}");
    }

    [Fact]
    public void Run_FalseDiscoveryRateAboveTheIntervalsAlpha_IsRefused()
    {
        // q ≤ 10% would not imply that a 95% interval excludes 1.
        var input = RandomInput(new Random(1)) with { Options = TrendOptions.Default with { FalseDiscoveryRate = 0.1 } };

        var error = Assert.Throws<ArgumentException>(() => TrendAnalysis.Run(input));

        Assert.Contains("false-discovery rate 0.1 exceeds 1 − the confidence level 0.95", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ShiftInUnlocatedRowsThatExplainsAFall_DataCannotTellOutsideTheFamily()
    {
        // 1,000 a month in 2024 and 800 in 2025 (a 20% fall), while the share of the force's rows without a location
        // rose from 0% to 20%: k = 0.8, exactly the fall. Against 1 the fall is significant; against k it is nothing.
        var months = TrendInputs.Months(new YearMonth(2024, 1), 24);
        var counts = new Dictionary<string, IReadOnlyDictionary<YearMonth, long>>
        {
            ["Burglary"] = months.Select((m, i) => (m, Count: (i >= 12 ? 800L : 1000L) + (i % 3) * 7)).ToDictionary(p => p.m, p => p.Count),
        };
        var input = TrendInputs.Build(Dec2025, 12, months, counts);
        input = input with
        {
            Quality = [.. input.Quality.Select((f, i) => i >= 12
                ? f with { RowsRead = f.RowsLoaded * 5 / 4, RowsLoaded = f.RowsLoaded * 5 / 4, NoLocation = f.RowsLoaded / 4 }
                : f with { RowsRead = f.RowsLoaded - f.NoLocation, RowsLoaded = f.RowsLoaded - f.NoLocation, NoLocation = 0 })],
        };
        var plain = TrendAnalysis.Run(input with { Quality = [.. input.Quality.Select(f => f with { NoLocation = 0 })] });

        var burglary = TrendAnalysis.Run(input).YearOnYearOf(new SeriesKey(ComparisonLevel.CrimeType, "Burglary"))!;

        Assert.Equal(YoyVerdict.SignificantDecrease, plain.YearOnYearOf(new SeriesKey(ComparisonLevel.CrimeType, "Burglary"))!.Verdict);
        Assert.Equal(YoyVerdict.DataCannotTell, burglary.Verdict);
        Assert.True(double.IsNaN(burglary.QValue));
        Assert.Equal("kent", burglary.NoLocation!.Force);
        Assert.Equal(0.8, burglary.NoLocation.LocatedRatio, 1e-3);
    }
}
