using Assessment.Core.Statistics.Distributions;

namespace Assessment.Core.Statistics;

/// <summary>
/// Flags months whose count is implausibly low against the series' usual level: a force's file published part-way
/// through its month, a recording system that failed for months on end, or the latest month not yet complete.
/// </summary>
public static class IncompleteMonthDetector
{
    /// <summary>
    /// Judges each present month of one force's monthly in-area counts against an expected level built from the
    /// other months, not from its neighbours alone, so a run of near-empty months cannot hide itself.
    /// </summary>
    /// <remarks>
    /// For month i with count xᵢ: the usual level L is the median of every other present month; the seasonal level S
    /// is the median of the present months a whole number of <paramref name="seasonLength"/> months away (the same
    /// calendar month in other years), when there are any; the expected count is E = min(L, S), or L without S
    /// (the smaller of the two, so a month that is low every year is not flagged). The month is flagged likely
    /// incomplete when both hold: xᵢ &lt; <paramref name="fraction"/> × E (a real shortfall, not a dip), and the
    /// Poisson lower tail P(X ≤ xᵢ | mean E) &lt; <paramref name="tailProbability"/> (too low to be chance: with E = 3,
    /// 0 records has probability e⁻³ ≈ 0.05 and is not flagged; with E = 30, 2 records has about 5e-11 and is).
    /// A month is judged only when at least two other months are present and E &gt; 0; a missing month (NaN) is not
    /// judged and is not used in anyone's level. The median keeps a run of bad months from dragging the level down
    /// as long as fewer than half of the months are bad.
    /// </remarks>
    /// <param name="counts">Monthly counts in time order, consecutive months; each ≥ 0, or NaN for a missing month.</param>
    /// <param name="fraction">Shortfall threshold on count / expected, in (0, 1] (default 0.6).</param>
    /// <param name="tailProbability">Poisson lower-tail probability below which the shortfall is not chance, in (0, 1) (default 0.001).</param>
    /// <param name="seasonLength">Months between the same calendar month of successive years, at least 1 (default 12).</param>
    /// <returns>One <see cref="MonthCompleteness"/> per input month, in input order.</returns>
    /// <exception cref="ArgumentException">A count is negative or infinite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A threshold is out of range or <paramref name="seasonLength"/> is below 1.</exception>
    public static IReadOnlyList<MonthCompleteness> Detect(IReadOnlyList<double> counts, double fraction = 0.6, double tailProbability = 0.001, int seasonLength = 12)
    {
        Guard.NonNegativeOrMissing(counts, nameof(counts));
        if (!(fraction is > 0 and <= 1)) throw new ArgumentOutOfRangeException(nameof(fraction), fraction, "Fraction must be in (0, 1].");
        if (!(tailProbability is > 0 and < 1)) throw new ArgumentOutOfRangeException(nameof(tailProbability), tailProbability, "Tail probability must be in (0, 1).");
        if (seasonLength < 1) throw new ArgumentOutOfRangeException(nameof(seasonLength), seasonLength, "Season length must be at least 1 month.");

        var result = new MonthCompleteness[counts.Count];
        for (var i = 0; i < counts.Count; i++)
        {
            var others = new List<double>();
            var sameSeason = new List<double>();
            for (var j = 0; j < counts.Count; j++)
            {
                if (j == i || double.IsNaN(counts[j])) continue;
                others.Add(counts[j]);
                if (Math.Abs(j - i) % seasonLength == 0) sameSeason.Add(counts[j]);
            }

            var value = counts[i];
            if (double.IsNaN(value) || others.Count < 2)
            {
                result[i] = new MonthCompleteness(i, value, double.NaN, double.NaN, double.NaN, false);
                continue;
            }

            var level = SampleMedian.Of(others);
            var expected = sameSeason.Count > 0 ? Math.Min(level, SampleMedian.Of(sameSeason)) : level;
            if (!(expected > 0))
            {
                result[i] = new MonthCompleteness(i, value, expected, double.NaN, double.NaN, false);
                continue;
            }

            // P(X ≤ x | Poisson(E)) = Q(x + 1, E), the regularized upper incomplete gamma function.
            var tail = IncompleteGamma.Upper(Math.Floor(value) + 1, expected);
            var ratio = value / expected;
            result[i] = new MonthCompleteness(i, value, expected, ratio, tail, ratio < fraction && tail < tailProbability);
        }

        return result;
    }
}
