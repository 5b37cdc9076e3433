using Assessment.Core.Charts;
using Assessment.Core.Trends;

namespace Assessment.Core.Reporting.Sections;

/// <summary>
/// The one mapping from a year-on-year verdict to how change charts draw it: a significant rise in vermillion, a
/// significant fall in blue (Okabe–Ito, told apart with the common colour-vision deficiencies), no significant change
/// in grey, and any other verdict as a hollow bar with a dark outline, so that a change the statistics do not support
/// never takes the colour of one they do. Every class is named in the legend by the verdict's label.
/// </summary>
public static class VerdictChangeClasses
{
    /// <summary>How a bar with <paramref name="verdict"/> is drawn and named, e.g. ("Significant increase", "#D55E00", "#D55E00").</summary>
    /// <exception cref="ArgumentOutOfRangeException">A verdict with no label (see <see cref="YoyVerdictNames.ToLabel"/>).</exception>
    public static ChangeClass Of(YoyVerdict verdict) => verdict switch
    {
        YoyVerdict.SignificantIncrease => new(verdict.ToLabel(), ChartStyle.Rise, ChartStyle.Rise),
        YoyVerdict.SignificantDecrease => new(verdict.ToLabel(), ChartStyle.Fall, ChartStyle.Fall),
        YoyVerdict.NoSignificantChange => new(verdict.ToLabel(), ChartStyle.Neutral, ChartStyle.Neutral),
        _ => new(verdict.ToLabel(), "#ffffff", ChartStyle.Outline),
    };

    /// <summary>Every verdict's class, significant increase and decrease first, then the others in the order of <see cref="YoyVerdict"/>.</summary>
    public static IReadOnlyList<ChangeClass> Legend() =>
        [.. Enum.GetValues<YoyVerdict>().OrderBy(v => v switch { YoyVerdict.SignificantIncrease => 0, YoyVerdict.SignificantDecrease => 1, _ => 2 }).Select(Of)];
}
