using Assessment.Core.Model;

namespace Assessment.Core.Partners;

/// <summary>One case of a council anti-social behaviour case log (docs/data-formats.md, "Council ASB case log").</summary>
/// <param name="CaseReference">The log's own reference, unique within the file (e.g. "ASB-2025-00412").</param>
/// <param name="Month">The month the case was reported.</param>
/// <param name="ReportedOn">The day it was reported, or null when the log gives only the month.</param>
/// <param name="Category">One of <see cref="AsbCaseVocabularies.Categories"/> (the allowed value, not the alias written).</param>
/// <param name="WardCode">ONS ward code (E05…), or null.</param>
/// <param name="WardName">Ward name as written, or null.</param>
/// <param name="LsoaCode">2021 (or 2011) LSOA code (E01…), or null.</param>
/// <param name="Latitude">WGS84 latitude in degrees, or null; given with <paramref name="Longitude"/>.</param>
/// <param name="Longitude">WGS84 longitude in degrees, or null.</param>
/// <param name="Easting">British National Grid easting in metres, or null; given with <paramref name="Northing"/>.</param>
/// <param name="Northing">British National Grid northing in metres, or null.</param>
/// <param name="Agency">One of <see cref="AsbCaseVocabularies.Agencies"/>.</param>
/// <param name="Status">One of <see cref="AsbCaseVocabularies.Statuses"/>.</param>
/// <param name="SourceLine">1-based line (CSV, header = 1) or sheet row the case came from.</param>
public sealed record AsbCase(
    string CaseReference,
    YearMonth Month,
    DateOnly? ReportedOn,
    string Category,
    string? WardCode,
    string? WardName,
    string? LsoaCode,
    double? Latitude,
    double? Longitude,
    double? Easting,
    double? Northing,
    string Agency,
    string Status,
    long SourceLine);
