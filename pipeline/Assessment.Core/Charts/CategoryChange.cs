namespace Assessment.Core.Charts;

/// <summary>A change for one category with an optional interval computed elsewhere (never bootstrapped in the chart).</summary>
/// <param name="Category">E.g. a crime type.</param>
/// <param name="Change">The change, in the chart's units (a count, or a fraction for percentages).</param>
/// <param name="Class">What the change is judged to be (e.g. its verdict), which sets the bar's colour and legend entry.</param>
/// <param name="Lower">Lower end of the interval, same units; null with <paramref name="Upper"/> for no interval.</param>
/// <param name="Upper">Upper end of the interval.</param>
public sealed record CategoryChange(string Category, double Change, ChangeClass Class, double? Lower = null, double? Upper = null);
