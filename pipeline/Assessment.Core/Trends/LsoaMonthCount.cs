using Assessment.Core.Model;

namespace Assessment.Core.Trends;

/// <summary>Located records of one month with one LSOA code and name, as published.</summary>
/// <param name="Month">The month.</param>
/// <param name="LsoaCode">E.g. "E01024000".</param>
/// <param name="LsoaName">E.g. "Canterbury 012A"; the district name is everything before the last space.</param>
/// <param name="Records">Rows with that code and name in the month.</param>
public sealed record LsoaMonthCount(YearMonth Month, string LsoaCode, string LsoaName, long Records);
