using Assessment.Core.Model;

namespace Assessment.Core.Geography;

/// <summary>The vintage of one loaded month's LSOA codes.</summary>
/// <param name="Month">The month.</param>
/// <param name="Vintage">The vintage of the LSOA codes of its rows, as told by the lookup.</param>
public sealed record LsoaMonthVintage(YearMonth Month, LsoaVintage Vintage);
