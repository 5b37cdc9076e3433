namespace Assessment.Core.Partners;

/// <summary>
/// What the substance-misuse chapter draws on beyond police.uk: treatment figures (NDTMS/OHID shape) and Fingertips
/// indicators (e.g. alcohol-related admissions), each with the one sentence the chapter gives when it is absent.
/// </summary>
/// <param name="Treatment">The area's treatment figures; null when no file is configured or the area is not in it.</param>
/// <param name="TreatmentAbsence">Why <paramref name="Treatment"/> is null (one sentence); null when present.</param>
/// <param name="Indicators">The Fingertips indicators of every configured export that hold the area; may be empty.</param>
/// <param name="IndicatorsAbsence">Why there are no indicators (one sentence); null when there are.</param>
/// <param name="Notes">Plain sentences about what was not found (e.g. an export without the area's code).</param>
public sealed record SubstanceMisuseSummary(
    TreatmentSummary? Treatment,
    string? TreatmentAbsence,
    IReadOnlyList<FingertipsIndicatorSummary> Indicators,
    string? IndicatorsAbsence,
    IReadOnlyList<string> Notes)
{
    /// <summary>No extract configured: both absences say so.</summary>
    public static SubstanceMisuseSummary None { get; } = new(null,
        "No drug and alcohol treatment file is configured (inputs.treatment), so treatment is not covered.", [],
        "No Fingertips export is configured (inputs.fingertips), so alcohol and drug indicators are not covered.", []);

    /// <summary>True when neither a treatment file nor a Fingertips export was configured (both absences are those of <see cref="None"/>).</summary>
    public bool NothingConfigured => Treatment is null && Indicators.Count == 0
        && TreatmentAbsence == None.TreatmentAbsence && IndicatorsAbsence == None.IndicatorsAbsence;
}
