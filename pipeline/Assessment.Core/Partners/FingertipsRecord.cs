namespace Assessment.Core.Partners;

/// <summary>
/// One value of an OHID Fingertips indicator: an area (or a category within it) in one time period, read from the
/// 26-column "download data" export or from a tidy extract with the same meaning (see docs/data-formats.md).
/// </summary>
/// <param name="IndicatorId">Fingertips indicator id (e.g. "91414"); null when the file has no id column.</param>
/// <param name="IndicatorName">The indicator's name with line breaks and surrounding spaces removed.</param>
/// <param name="AreaCode">ONS code of the area, e.g. "E07000106" (district), "E10000016" (county), "E92000001" (England).</param>
/// <param name="AreaName">The area's name as published.</param>
/// <param name="AreaType">Fingertips area type (e.g. "County &amp; UA", "Country"); null when not given.</param>
/// <param name="Sex">"Persons", "Male" or "Female" as published; null when not given.</param>
/// <param name="Age">Age band as published (e.g. "All ages"); null when not given.</param>
/// <param name="CategoryType">Non-null for a category row (e.g. a deprivation decile) that is not the area's own value.</param>
/// <param name="Category">The category within <paramref name="CategoryType"/>; null for an area row.</param>
/// <param name="Period">Time period as published, e.g. "2015" or "2017/18".</param>
/// <param name="PeriodSortable">Fingertips' "Time period Sortable" (e.g. 20150000); null when not given.</param>
/// <param name="Value">The indicator value in its unit (e.g. a directly standardised rate per 100,000); null when suppressed or missing.</param>
/// <param name="LowerCi95">Lower 95% confidence limit; null when not published.</param>
/// <param name="UpperCi95">Upper 95% confidence limit; null when not published.</param>
/// <param name="Count">Numerator (e.g. admissions); null when not published.</param>
/// <param name="Denominator">Denominator (e.g. residents); null when not published.</param>
/// <param name="ComparedToEngland">Fingertips' comparison with England ("Better", "Worse", "Similar", "Not compared", …); null when not given.</param>
/// <param name="Measure">What the value measures when the file says (e.g. "Standardised rate per 100,000"); null otherwise.</param>
/// <param name="ValueNote">Fingertips' value note (e.g. "Value for Cornwall &amp; Isles of Scilly combined"); null when empty.</param>
/// <param name="SourceLine">1-based line of the file where the record starts.</param>
public sealed record FingertipsRecord(
    string? IndicatorId,
    string IndicatorName,
    string AreaCode,
    string AreaName,
    string? AreaType,
    string? Sex,
    string? Age,
    string? CategoryType,
    string? Category,
    string Period,
    long? PeriodSortable,
    double? Value,
    double? LowerCi95,
    double? UpperCi95,
    double? Count,
    double? Denominator,
    string? ComparedToEngland,
    string? Measure,
    string? ValueNote,
    long SourceLine)
{
    /// <summary>ONS code of England, the comparator every Fingertips export holds.</summary>
    public const string EnglandCode = "E92000001";

    /// <summary>True for the area's own value; false for a category row (deprivation decile, ethnic group, …) within it.</summary>
    public bool IsAreaRow => CategoryType is null;
}
