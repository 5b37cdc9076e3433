namespace Assessment.Core.Reporting.Packs;

/// <summary>The pack for one priority lead: the priority's id (the file name, <c>packs/&lt;id&gt;.pdf</c>) and the document to publish.</summary>
/// <param name="ThemeId">The priority's id, e.g. "night-time-economy".</param>
/// <param name="Document">The pack, rendered and printed like the main report.</param>
public sealed record PriorityPack(string ThemeId, ReportDocument Document);
