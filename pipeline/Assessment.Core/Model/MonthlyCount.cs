namespace Assessment.Core.Model;

/// <summary>Number of in-area records of one police.uk crime type in one month (never zero: absent combinations are zero).</summary>
public sealed record MonthlyCount(string Area, YearMonth Month, string CrimeType, long Count);
