namespace Assessment.Files.Configuration;

/// <summary>A YAML value written either as one string or as a list of strings (<c>lsoa_name_prefix:</c>).</summary>
/// <param name="Values">The strings in file order; one element when the YAML gave a single string.</param>
internal sealed record OneOrMoreStrings(IReadOnlyList<string> Values);
