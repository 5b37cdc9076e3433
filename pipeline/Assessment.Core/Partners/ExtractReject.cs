namespace Assessment.Core.Partners;

/// <summary>A row of a partner extract that was read but not loaded, with where and why.</summary>
/// <param name="File">The file as given (path).</param>
/// <param name="Sheet">The worksheet for a workbook; null for a CSV.</param>
/// <param name="Row">1-based sheet row, or CSV line (the header is line 1 of a CSV).</param>
/// <param name="Column">The column at fault by its header name, or null when the whole row is at fault.</param>
/// <param name="ErrorType">One of the constants below, stored as <c>load_reject.error_type</c>.</param>
/// <param name="Reason">A plain sentence naming the value and what was expected.</param>
public sealed record ExtractReject(string File, string? Sheet, long Row, string? Column, string ErrorType, string Reason)
{
    /// <summary>A count that is not a number nor a known missing-value marker.</summary>
    public const string NotNumeric = "NOT NUMERIC";

    /// <summary>A count below zero.</summary>
    public const string Negative = "NEGATIVE";

    /// <summary>A second row for the same period and area.</summary>
    public const string DuplicatePeriod = "DUPLICATE PERIOD";

    /// <summary>A period that is not in the expected format.</summary>
    public const string UnknownPeriod = "UNKNOWN PERIOD";

    /// <summary>A required value (e.g. the area's code) is empty.</summary>
    public const string Missing = "MISSING";

    /// <summary>A value outside its documented list (e.g. an offender type or an ASB category), aliases included.</summary>
    public const string UnknownCategory = "UNKNOWN CATEGORY";

    /// <summary>Values of one row that cannot all be true (e.g. more reoffenders than offenders).</summary>
    public const string Inconsistent = "INCONSISTENT";

    /// <summary>A second row with the same key (e.g. an ASB case reference).</summary>
    public const string DuplicateKey = "DUPLICATE KEY";

    /// <summary>A value of the right type but outside its range (e.g. a latitude beyond Great Britain, half a coordinate pair).</summary>
    public const string OutOfRange = "OUT OF RANGE";

    /// <summary>Where the reject is, e.g. "Flytipping.xlsx, sheet LA_incidents, row 12, column Total Incidents".</summary>
    public string Location =>
        $"{File}{(Sheet is null ? "" : $", sheet {Sheet}")}, {(Sheet is null ? "line" : "row")} {Row}{(Column is null ? "" : $", column {Column}")}";
}
