namespace Assessment.Core.Reporting.Packs;

/// <summary>One measure of a priority's action, as a priority pack shows it: what is measured, its status and the evidence for it.</summary>
/// <param name="Action">The "We will" action the measure belongs to.</param>
/// <param name="Lead">The lead agency or role.</param>
/// <param name="Measure">What is measured, e.g. "Violence and sexual offences in the city-centre wards, reduce".</param>
/// <param name="Status">RAG status, computed from the data or as given in the action plan.</param>
/// <param name="Evidence">One line of evidence for the status (count, change, interval, verdict), or null when none is given.</param>
public sealed record PackMeasure(string Action, string Lead, string Measure, RagStatus Status, string? Evidence);
