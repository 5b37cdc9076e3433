namespace Assessment.Core.Partners;

/// <summary>One financial year of seizures by the area's police force.</summary>
/// <param name="Year">Financial year, e.g. "2018-19".</param>
/// <param name="AllDrugs">Seizures of any drug ("All drugs"); null when blank or suppressed.</param>
/// <param name="ClassA">Seizures of Class A drugs ("Total Class A"); null when absent.</param>
/// <param name="Cannabis">Seizures of cannabis ("All Cannabis"); null when absent.</param>
public sealed record DrugSeizureYear(string Year, double? AllDrugs, double? ClassA, double? Cannabis);
