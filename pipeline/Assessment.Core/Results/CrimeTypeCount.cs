namespace Assessment.Core.Results;

/// <summary>In-area records of one police.uk crime type in each whole period (every loaded month, not only the matched ones).</summary>
/// <param name="CrimeType">police.uk crime type, e.g. "Shoplifting".</param>
/// <param name="CurrentCount">Records in the assessment period's loaded months.</param>
/// <param name="PreviousCount">Records in the comparison period's loaded months.</param>
public sealed record CrimeTypeCount(string CrimeType, long CurrentCount, long PreviousCount);
