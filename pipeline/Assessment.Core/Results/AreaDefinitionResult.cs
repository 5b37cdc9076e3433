namespace Assessment.Core.Results;

/// <summary>How the area was drawn.</summary>
/// <param name="Kind">"lsoa_name_prefix", "lsoa_codes" or "boundary".</param>
/// <param name="Values">The prefixes, the LSOA codes (sorted) or the boundary file's name.</param>
public sealed record AreaDefinitionResult(string Kind, IReadOnlyList<string> Values);
