namespace Assessment.Core.Reporting;

/// <summary>Progress on one measure of the previous partnership plan, as the executive summary lists it.</summary>
/// <param name="Measure">The measure, e.g. "Reduce violence in the city-centre wards".</param>
/// <param name="Status">Its status, computed from the data or given in the plan.</param>
/// <param name="Evidence">One sentence of evidence, e.g. "412 to 380 offences; not a significant change."</param>
public sealed record MeasureProgress(string Measure, RagStatus Status, string Evidence);
