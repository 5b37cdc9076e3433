namespace Assessment.Core.Partners;

/// <summary>What one proven-reoffending file gave: the rows read well and the rows refused.</summary>
/// <param name="Records">Rows in file order.</param>
/// <param name="Rejects">Refused rows (a row can be refused for several reasons, one entry each).</param>
/// <param name="DataRows">Non-blank rows below the header, loaded or not; Records + distinct rejected rows equals it.</param>
public sealed record ReoffendingExtract(IReadOnlyList<ReoffendingRecord> Records, IReadOnlyList<ExtractReject> Rejects, long DataRows) : IPartnerExtract
{
    /// <inheritdoc/>
    public long LoadedRows => Records.Count;
}
