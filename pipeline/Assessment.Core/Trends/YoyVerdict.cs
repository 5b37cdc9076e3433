namespace Assessment.Core.Trends;

/// <summary>
/// What a year-on-year comparison supports. A change is significant when its Benjamini–Hochberg q-value is at most
/// the false-discovery rate and its interval (widened for overdispersion) excludes a rate ratio of 1.
/// </summary>
public enum YoyVerdict
{
    /// <summary>No change the statistics support ("broadly stable").</summary>
    NoSignificantChange,

    /// <summary>A significant rise.</summary>
    SignificantIncrease,

    /// <summary>A significant fall.</summary>
    SignificantDecrease,
}
