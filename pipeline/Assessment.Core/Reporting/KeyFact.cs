namespace Assessment.Core.Reporting;

/// <summary>One headline figure: a label, the value already formatted for reading, and an optional note.</summary>
/// <param name="Label">E.g. "Recorded crime and ASB".</param>
/// <param name="Value">Formatted value, e.g. "18,402" (use <see cref="ReportNumbers"/>).</param>
/// <param name="Note">E.g. "January to December 2025".</param>
public sealed record KeyFact(string Label, string Value, string? Note = null);
