namespace Assessment.Core.Partners;

/// <summary>
/// One row of adult drug and alcohol treatment figures in the NDTMS/OHID shape (METHODS.md §4.4): one area, one
/// financial year, one substance group. Counts are people; a suppressed count is null, never zero.
/// </summary>
/// <param name="Period">Financial year as "2021-22".</param>
/// <param name="AreaCode">ONS code of the area (district, county or England E92000001).</param>
/// <param name="AreaName">The area's name as given.</param>
/// <param name="Group">The substance group.</param>
/// <param name="InTreatment">Adults in treatment during the year.</param>
/// <param name="NewPresentations">Adults starting a new treatment journey in the year.</param>
/// <param name="SuccessfulCompletions">Adults leaving treatment free of dependence in the year.</param>
/// <param name="RePresentations">Of <paramref name="SuccessfulCompletions"/>, those who came back to treatment within six months.</param>
/// <param name="SourceLine">1-based line of the file where the record starts.</param>
public sealed record TreatmentRecord(
    string Period,
    string AreaCode,
    string AreaName,
    SubstanceGroup Group,
    long? InTreatment,
    long? NewPresentations,
    long? SuccessfulCompletions,
    long? RePresentations,
    long SourceLine);
