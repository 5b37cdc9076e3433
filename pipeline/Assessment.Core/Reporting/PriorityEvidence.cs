namespace Assessment.Core.Reporting;

/// <summary>A recommended priority as the executive summary lists it.</summary>
/// <param name="Priority">The priority's name, e.g. "Anti-social behaviour".</param>
/// <param name="Evidence">One sentence of evidence from the run's results, e.g. "Ranked first of 12 issues: highest volume and a significant rise."</param>
public sealed record PriorityEvidence(string Priority, string Evidence);
