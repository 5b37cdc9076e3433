namespace Assessment.Core.Charts;

/// <summary>A point of a concentration (Lorenz) curve: the share of units (0–1) and the share of events they hold (0–1).</summary>
/// <param name="UnitShare">Share of units taken so far, highest count first, 0–1.</param>
/// <param name="EventShare">Share of all events those units hold, 0–1.</param>
public sealed record LorenzPoint(double UnitShare, double EventShare);
