namespace Assessment.Core.Charts;

/// <summary>A point of a concentration (Lorenz) curve: the share of units (0–1) and the share of events they hold (0–1).</summary>
public sealed record LorenzPoint(double UnitShare, double EventShare);
