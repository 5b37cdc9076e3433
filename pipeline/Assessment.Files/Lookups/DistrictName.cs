namespace Assessment.Files.Lookups;

/// <summary>One name of a district, with the district it belongs to now.</summary>
/// <param name="Name">The name, as LSOA names of some vintage give it, e.g. "Shepway".</param>
/// <param name="CurrentName">The district's name now, e.g. "Folkestone and Hythe".</param>
/// <param name="Code">The district's current ONS code, e.g. "E07000112".</param>
public sealed record DistrictName(string Name, string CurrentName, string Code);
