namespace Assessment.Core.Statistics;

/// <summary>
/// Seasonal Mann–Kendall result (see <see cref="SeasonalMannKendall.Test"/>). When <paramref name="IsComputed"/> is
/// false the statistics are NaN / 0, and <paramref name="Period"/> and <paramref name="ValueCount"/> say why.
/// </summary>
/// <param name="IsComputed">False when the series is shorter than <see cref="SeasonalMannKendall.MinimumCycles"/> full cycles.</param>
/// <param name="Period">Seasons per cycle (12 for monthly data).</param>
/// <param name="ValueCount">Length of the series given, missing values (NaN) included.</param>
/// <param name="S">Σ over seasons of each season's Mann–Kendall S.</param>
/// <param name="VarianceS">Σ over seasons of each season's tie-corrected Var(S).</param>
/// <param name="Z">Continuity-corrected (S ∓ 1)/√Var, 0 when S = 0.</param>
/// <param name="PValue">Two-sided normal p-value.</param>
/// <param name="Tau">S / Σ nₛ(nₛ−1)/2, the seasonal Kendall τ (as pymannkendall's seasonal_test reports it).</param>
/// <param name="Seasons">The per-season tests, season 0 being the season of the first value.</param>
public sealed record SeasonalMannKendallResult(
    bool IsComputed,
    int Period,
    int ValueCount,
    long S,
    double VarianceS,
    double Z,
    double PValue,
    double Tau,
    IReadOnlyList<MannKendallResult> Seasons);
