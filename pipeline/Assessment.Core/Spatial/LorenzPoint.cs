namespace Assessment.Core.Spatial;

/// <summary>A point on a concentration (Lorenz) curve with units taken from the most to the least crime.</summary>
/// <param name="UnitShare">Share of units taken so far, 0–1.</param>
/// <param name="CrimeShare">Share of all crime those units hold, 0–1.</param>
public readonly record struct LorenzPoint(double UnitShare, double CrimeShare);
