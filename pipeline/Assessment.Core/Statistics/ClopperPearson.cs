using Assessment.Core.Statistics.Distributions;

namespace Assessment.Core.Statistics;

/// <summary>Clopper–Pearson ("exact") limits for a binomial proportion, also for non-integer counts.</summary>
internal static class ClopperPearson
{
    /// <summary>
    /// Limits of π and of the odds π/(1−π) at the given two-sided level, for <paramref name="successes"/>
    /// and <paramref name="failures"/> (real, ≥ 0, not both 0): π_L solves I_π(s, f+1) = α/2 and π_U solves
    /// I_π(s+1, f) = 1 − α/2 (beta quantiles, Clopper &amp; Pearson 1934). π_L = 0 when s = 0; π_U = 1 (odds ∞)
    /// when f = 0. 1 − π is solved for directly on the upper side, so odds stay accurate when π is near 1.
    /// </summary>
    public static (ConfidenceInterval Proportion, ConfidenceInterval Odds) Limits(double successes, double failures, double confidenceLevel)
    {
        var alpha = (1 - confidenceLevel) / 2;
        double lowerPi = 0, lowerOdds = 0;
        if (successes > 0)
        {
            var (x, y) = IncompleteBeta.Inverse(successes, failures + 1, alpha);
            lowerPi = x;
            lowerOdds = x / y;
        }

        double upperPi = 1, upperOdds = double.PositiveInfinity;
        if (failures > 0)
        {
            // I_π(s+1, f) = 1 − α/2  ⇔  I_{1−π}(f, s+1) = α/2: solve for 1 − π.
            var (complement, pi) = IncompleteBeta.Inverse(failures, successes + 1, alpha);
            upperPi = pi;
            upperOdds = pi / complement;
        }

        return (new ConfidenceInterval(lowerPi, upperPi), new ConfidenceInterval(lowerOdds, upperOdds));
    }
}
