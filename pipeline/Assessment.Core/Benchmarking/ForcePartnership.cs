namespace Assessment.Core.Benchmarking;

/// <summary>A Community Safety Partnership of the force, with its residents.</summary>
/// <param name="Code">ONS CSP code, e.g. "E22000138".</param>
/// <param name="Name">CSP name, e.g. "Canterbury".</param>
/// <param name="DistrictCodes">ONS codes of its districts (one, or several for a joint partnership).</param>
/// <param name="Residents">Residents summed over its districts (persons, ≥ 0); 0 when the population file gives none.</param>
public sealed record ForcePartnership(string Code, string Name, IReadOnlyList<string> DistrictCodes, double Residents);
