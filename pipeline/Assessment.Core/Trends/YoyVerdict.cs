namespace Assessment.Core.Trends;

/// <summary>
/// What a year-on-year comparison supports. A change is significant exactly when its Benjamini–Hochberg q-value
/// (of the p-value that allows for overdispersion) is at most the false-discovery rate; its interval then excludes a
/// rate ratio of 1 (see <see cref="YearOnYear"/>).
/// </summary>
public enum YoyVerdict
{
    /// <summary>No change the statistics support (q above the false-discovery rate, or nothing to test).</summary>
    NoSignificantChange,

    /// <summary>A significant rise.</summary>
    SignificantIncrease,

    /// <summary>A significant fall.</summary>
    SignificantDecrease,

    /// <summary>
    /// The change in the share of rows without a location between the periods could alone change the verdict (see
    /// <see cref="YoyFinding.NoLocation"/>), so the data cannot tell; the comparison is left out of the q-value family.
    /// </summary>
    DataCannotTell,
}
