using Assessment.Core.Statistics.Distributions;

namespace Assessment.Core.Statistics;

/// <summary>Two-sided critical values of Student's t distribution (as <c>scipy.stats.t.ppf(1 − α/2, df)</c>).</summary>
internal static class StudentT
{
    /// <summary>
    /// t such that P(|T_df| &gt; t) = <paramref name="alpha"/>, from P(|T| &gt; t) = I_{df/(df+t²)}(df/2, 1/2): the
    /// incomplete beta is inverted for x = df/(df+t²), and t = √(df·(1−x)/x) keeps its relative precision when
    /// <paramref name="alpha"/> is tiny (where 1 − α/2 would round to 1).
    /// </summary>
    /// <param name="degreesOfFreedom">df, 1 or more.</param>
    /// <param name="alpha">Two-sided tail probability, strictly between 0 and 1.</param>
    public static double CriticalValue(int degreesOfFreedom, double alpha)
    {
        var (x, y) = IncompleteBeta.Inverse(degreesOfFreedom / 2.0, 0.5, alpha);
        return Math.Sqrt(degreesOfFreedom * y / x);
    }
}
