namespace Assessment.Core.Prioritisation;

/// <summary>
/// Scores values 1–5 by their position among each other (quintiles of rank): with n values and the 1-based mid-rank
/// r of a value (tied values share the mean of their ranks), score = 1 + ⌊5 (r − ½) / n⌋. Five distinct values score
/// 1, 2, 3, 4, 5; ten score 1, 1, 2, 2, 3, 3, 4, 4, 5, 5; values all equal (or one value alone) score 3; equal values
/// always score the same.
/// </summary>
public static class QuintileScore
{
    /// <summary>The score of each value, in the order given.</summary>
    /// <param name="values">Finite numbers; may be empty.</param>
    /// <exception cref="ArgumentException">A value is NaN or infinite.</exception>
    public static IReadOnlyList<int> Of(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Any(v => !double.IsFinite(v))) throw new ArgumentException("Quintile scores need finite values.", nameof(values));
        var n = values.Count;
        return [.. values.Select(v =>
        {
            var below = values.Count(x => x < v);
            var tied = values.Count(x => x == v);
            var midRank = below + (tied + 1) / 2.0;
            return Math.Min(5, 1 + (int)Math.Floor(5 * (midRank - 0.5) / n));
        })];
    }
}
