using Assessment.Core.Model;

namespace Assessment.Core.Trends;

/// <summary>In-area records of one crime type in one month at snap points inside one ward (or inside none).</summary>
/// <param name="WardCode">The ward's code; null for records whose point lies in no ward polygon ("unassigned").</param>
/// <param name="Month">The month.</param>
/// <param name="CrimeType">police.uk crime type.</param>
/// <param name="Count">Records (never zero: absent combinations are zero).</param>
public sealed record WardMonthlyCount(string? WardCode, YearMonth Month, string CrimeType, long Count)
{
    /// <summary>Force slug of the files the records came from (e.g. "kent"); null when not split by force.</summary>
    public string? Force { get; init; }
}
