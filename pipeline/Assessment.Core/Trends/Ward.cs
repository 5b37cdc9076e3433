namespace Assessment.Core.Trends;

/// <summary>An electoral ward from the ward boundary file.</summary>
/// <param name="Code">ONS ward code, e.g. "E05010392".</param>
/// <param name="Name">Ward name, e.g. "Beltinge".</param>
public sealed record Ward(string Code, string Name);
