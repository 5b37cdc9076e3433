namespace Assessment.Core.Partners;

/// <summary>Council ASB cases in one ward.</summary>
/// <param name="Code">ONS ward code, or null when the cases name a ward not in the ward file or give none.</param>
/// <param name="Name">The ward's name from the ward file; the name or code as written when not matched; or "Ward not recorded".</param>
/// <param name="Previous">Cases in the comparison period.</param>
/// <param name="Current">Cases in the assessment period.</param>
public sealed record AsbWardCount(string? Code, string Name, long Previous, long Current);
