namespace Assessment.Core.Reporting;

/// <summary>One line of the contents: a section's id, its number ("3" or "3.2"), title and depth (1 or 2).</summary>
public sealed record ContentsEntry(string Id, string Number, string Title, int Level);
