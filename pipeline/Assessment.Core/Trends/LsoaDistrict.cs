namespace Assessment.Core.Trends;

/// <summary>The local authority district a population file puts an LSOA in.</summary>
/// <param name="Code">The district's ONS code, e.g. "E07000106"; of the vintage the file states (2019 in IoD2019 File 6).</param>
/// <param name="Name">The district's name as the file gives it, e.g. "Canterbury"; "" when the file has no name column.</param>
public sealed record LsoaDistrict(string Code, string Name);
