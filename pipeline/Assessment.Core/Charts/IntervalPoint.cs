namespace Assessment.Core.Charts;

/// <summary>One point of an <see cref="IntervalTrendChart"/>: a series' value in one period, with its interval when known.</summary>
/// <param name="Series">Series label, e.g. "Canterbury" or "Opiate".</param>
/// <param name="Period">Period label, e.g. "2021-22".</param>
/// <param name="Value">The value (e.g. a proportion as a fraction, or a rate per 100,000).</param>
/// <param name="Lower">Lower limit of the interval, or null when none is published.</param>
/// <param name="Upper">Upper limit of the interval, or null when none is published.</param>
public sealed record IntervalPoint(string Series, string Period, double Value, double? Lower, double? Upper);
