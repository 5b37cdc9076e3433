namespace Assessment.Core.Statistics;

/// <summary>
/// Mann–Kendall trend test result (see <see cref="MannKendall.Test"/>).
/// </summary>
/// <param name="Count">n, observations used (missing values excluded).</param>
/// <param name="S">S = Σ_{i&lt;j} sgn(x_j − x_i): positive for a rising series.</param>
/// <param name="VarianceS">Var(S) under H₀ with the tie correction.</param>
/// <param name="Z">(S − 1)/√Var(S) for S &gt; 0, (S + 1)/√Var(S) for S &lt; 0, 0 for S = 0 (continuity-corrected).</param>
/// <param name="PValue">Two-sided normal p-value 2·P(N(0,1) &gt; |Z|); 1 when S = 0.</param>
/// <param name="TauA">Kendall's τ_a = S / (n(n−1)/2); NaN when n &lt; 2.</param>
/// <param name="TauB">Kendall's τ_b against time, S / √(n₀(n₀ − n₂)) with n₀ = n(n−1)/2 and n₂ the tied pairs;
/// equals <c>scipy.stats.kendalltau(range(n), x)</c>. NaN when every value is tied or n &lt; 2.</param>
public sealed record MannKendallResult(int Count, long S, double VarianceS, double Z, double PValue, double TauA, double TauB)
{
    /// <summary>+1 rising, −1 falling, 0 no direction (S = 0), regardless of significance.</summary>
    public int Direction => Math.Sign(S);
}
