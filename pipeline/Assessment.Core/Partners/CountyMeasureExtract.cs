namespace Assessment.Core.Partners;

/// <summary>What one wide year × county/UA table gave.</summary>
/// <param name="Records">One record per year and area, in file order.</param>
/// <param name="Rejects">Refused year rows.</param>
/// <param name="DataRows">Non-blank year rows read, loaded or not.</param>
public sealed record CountyMeasureExtract(IReadOnlyList<CountyMeasureRecord> Records, IReadOnlyList<ExtractReject> Rejects, long DataRows) : IPartnerExtract
{
    /// <inheritdoc/>
    public long LoadedRows => Records.Select(r => r.SourceRow).Distinct().LongCount();
}
