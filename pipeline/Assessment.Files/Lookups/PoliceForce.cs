namespace Assessment.Files.Lookups;

/// <summary>A police force area and its data.police.uk force identifier.</summary>
/// <param name="Code">ONS police force area code, December 2019 (e.g. "E23000032"); empty for British Transport Police.</param>
/// <param name="Name">Force area name (e.g. "Kent").</param>
/// <param name="PoliceUkForce">The data.police.uk identifier, as in <c>2025-01-kent-street.csv</c> (e.g. "kent", "city-of-london", "btp").</param>
public sealed record PoliceForce(string Code, string Name, string PoliceUkForce);
