using Assessment.Core.Model;

namespace Assessment.Core.Trends;

/// <summary>
/// A set of LSOA codes that stop being used from one month while new codes start: the signature of a change of
/// LSOA vintage (2011 to 2021 codes), under which counts by LSOA are not comparable across the change.
/// </summary>
/// <param name="FirstMonthOfNewCodes">The first month with the new codes.</param>
/// <param name="RetiredCodes">Codes used regularly before that month and never after.</param>
/// <param name="IntroducedCodes">Codes used regularly from that month and never before.</param>
public sealed record LsoaCodeChange(YearMonth FirstMonthOfNewCodes, IReadOnlyList<string> RetiredCodes, IReadOnlyList<string> IntroducedCodes);
