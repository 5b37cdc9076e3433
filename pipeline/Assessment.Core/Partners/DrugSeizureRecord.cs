namespace Assessment.Core.Partners;

/// <summary>One force's figure for one drug column in one financial year of a Home Office drug-seizure table.</summary>
/// <param name="Year">Financial year, e.g. "2018-19" (from the file name).</param>
/// <param name="ForceRaw">The force's name exactly as in the file (e.g. " Kent 4").</param>
/// <param name="Force">The name cleaned by <see cref="PoliceForceName.Clean"/> (e.g. "Kent").</param>
/// <param name="Drug">The column header with whitespace runs (embedded line breaks included) as one space, e.g. "All drugs", "Mephedrone (non-injection)".</param>
/// <param name="Value">Seizures, or quantity in the drug's unit; null when blank or suppressed.</param>
/// <param name="SourceRow">CSV line the force's row starts on.</param>
public sealed record DrugSeizureRecord(string Year, string ForceRaw, string Force, string Drug, double? Value, long SourceRow);
