namespace Assessment.Core.Reporting;

/// <summary>What the cover page shows; the partnership, title and classification also appear in the running header and footer.</summary>
/// <param name="Partnership">E.g. "Canterbury Community Safety Partnership".</param>
/// <param name="Title">E.g. "Strategic Assessment 2025".</param>
/// <param name="PeriodText">The period covered in words, e.g. "January 2025 to December 2025".</param>
/// <param name="ProducedOn">The date the report was produced.</param>
/// <param name="Classification">Protective marking printed on every page, e.g. "OFFICIAL".</param>
/// <param name="Subtitle">Optional line under the title.</param>
public sealed record ReportCover(
    string Partnership,
    string Title,
    string PeriodText,
    DateOnly ProducedOn,
    string Classification,
    string? Subtitle = null)
{
    /// <summary>The produced-on date as the report prints it, e.g. "5 March 2026".</summary>
    public string ProducedOnText => ReportNumbers.FormatDate(ProducedOn);
}
