namespace Assessment.Core.Partners;

/// <summary>
/// What the substance-misuse chapter draws on beyond police.uk: treatment figures (NDTMS/OHID shape) and Fingertips
/// indicators (e.g. alcohol-related admissions), each with the one sentence the chapter gives when it is absent.
/// </summary>
/// <param name="Treatment">The area's treatment figures; null when no file is configured or the area is not in it.</param>
/// <param name="TreatmentAbsence">Why <paramref name="Treatment"/> is null although a file is configured (one sentence); null when present or not configured.</param>
/// <param name="Indicators">The Fingertips indicators of every configured export that hold the area; may be empty.</param>
/// <param name="IndicatorsAbsence">Why there are no indicators although exports are configured (one sentence); null when there are or none is configured.</param>
/// <param name="Notes">Plain sentences about what was not found (e.g. an export without the area's code).</param>
public sealed record SubstanceMisuseSummary(
    TreatmentSummary? Treatment,
    string? TreatmentAbsence,
    IReadOnlyList<FingertipsIndicatorSummary> Indicators,
    string? IndicatorsAbsence,
    IReadOnlyList<string> Notes)
{
    /// <summary>No extract configured.</summary>
    public static SubstanceMisuseSummary None { get; } = new(null, null, [], null, []);

    /// <summary>True when no treatment file is configured.</summary>
    public bool TreatmentNotConfigured => Treatment is null && TreatmentAbsence is null;

    /// <summary>True when no Fingertips export is configured.</summary>
    public bool IndicatorsNotConfigured => Indicators.Count == 0 && IndicatorsAbsence is null;
}
