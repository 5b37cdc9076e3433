namespace Assessment.Core.Charts;

/// <summary>An estimate with its confidence interval, for <see cref="IntervalChart"/>.</summary>
/// <param name="Period">Category on the x axis (e.g. the cohort "Jan 2022 to Mar 2022").</param>
/// <param name="Series">Which series the point belongs to (e.g. "Canterbury", "England and Wales").</param>
/// <param name="Value">The estimate (for a proportion, a fraction in [0, 1]).</param>
/// <param name="Lower">Lower confidence limit, same units.</param>
/// <param name="Upper">Upper confidence limit, same units.</param>
public sealed record IntervalPoint(string Period, string Series, double Value, double Lower, double Upper);
