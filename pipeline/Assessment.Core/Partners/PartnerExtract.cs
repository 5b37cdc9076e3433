namespace Assessment.Core.Partners;

/// <summary>What one partner file gave: the rows read well and the rows refused.</summary>
/// <typeparam name="T">The record type of the extract (e.g. <see cref="FingertipsRecord"/>).</typeparam>
/// <param name="Records">Rows in file order.</param>
/// <param name="Rejects">Refused rows (a row can be refused for several reasons, one entry each).</param>
/// <param name="DataRows">Non-blank records below the header, loaded or not; Records + distinct rejected rows equals it.</param>
public sealed record PartnerExtract<T>(IReadOnlyList<T> Records, IReadOnlyList<ExtractReject> Rejects, long DataRows) : IPartnerExtract
{
    /// <inheritdoc/>
    public long LoadedRows => Records.Count;
}
