namespace Assessment.Core.Model;

/// <summary>Number of in-area records of one police.uk crime type in one month (never zero: absent combinations are zero).</summary>
/// <param name="Area">Name of the partnership area the records fall in.</param>
/// <param name="Month">Month of the records (police.uk's <c>Month</c> column).</param>
/// <param name="CrimeType">police.uk crime type, e.g. "Shoplifting" or "Anti-social behaviour".</param>
/// <param name="Count">Records (crimes or ASB incidents), 1 or more.</param>
public sealed record MonthlyCount(string Area, YearMonth Month, string CrimeType, long Count)
{
    /// <summary>
    /// Force slug of the files the records came from (e.g. "kent", "btp"), so months can be compared force by force;
    /// null when the counts are not split by force (then the month's one force is assumed, see <c>Trends.ComparisonCoverage</c>).
    /// </summary>
    public string? Force { get; init; }
}
