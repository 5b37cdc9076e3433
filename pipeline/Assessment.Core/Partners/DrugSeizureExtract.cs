namespace Assessment.Core.Partners;

/// <summary>What one Home Office seizure or quantity table gave (one financial year, every force).</summary>
/// <param name="Measure">Seizures or quantities.</param>
/// <param name="Year">Financial year, e.g. "2018-19".</param>
/// <param name="Records">One record per force and drug column, in file order.</param>
/// <param name="Rejects">Refused rows.</param>
/// <param name="DataRows">Non-blank force rows read, loaded or not.</param>
public sealed record DrugSeizureExtract(DrugSeizureMeasure Measure, string Year, IReadOnlyList<DrugSeizureRecord> Records, IReadOnlyList<ExtractReject> Rejects, long DataRows) : IPartnerExtract
{
    /// <inheritdoc/>
    public long LoadedRows => Records.Select(r => r.SourceRow).Distinct().LongCount();
}
