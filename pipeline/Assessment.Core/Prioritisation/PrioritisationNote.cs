namespace Assessment.Core.Prioritisation;

/// <summary>An input the matrix could not use, for the report and the console; never dropped silently.</summary>
/// <param name="Kind">What went wrong.</param>
/// <param name="Subject">The consultation theme or the vulnerability id as given.</param>
/// <param name="Line">1-based line of the consultation row; null for a vulnerability rating.</param>
/// <param name="CandidateIds">The candidates it matches (ambiguous), or the one already matched (repeated); empty otherwise.</param>
/// <param name="FirstLine">For a repeated theme, the line of the row that is used; null otherwise.</param>
public sealed record PrioritisationNote(PrioritisationNoteKind Kind, string Subject, long? Line, IReadOnlyList<string> CandidateIds, long? FirstLine = null);
