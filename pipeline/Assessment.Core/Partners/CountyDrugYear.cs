namespace Assessment.Core.Partners;

/// <summary>One year of the county's drug-misuse figures.</summary>
/// <param name="Year">Year as the tables label it.</param>
/// <param name="Deaths">Deaths related to drug misuse; null when not given.</param>
/// <param name="Admissions">Hospital admissions for drug misuse; null when not given.</param>
/// <param name="Population">Mid-year population; null when not given.</param>
public sealed record CountyDrugYear(int Year, double? Deaths, double? Admissions, double? Population)
{
    /// <summary>Deaths per 100,000 residents; null without both figures.</summary>
    public double? DeathsPer100k => Deaths is { } d && Population is > 0 ? d / Population.Value * 100_000 : null;

    /// <summary>Admissions per 100,000 residents; null without both figures.</summary>
    public double? AdmissionsPer100k => Admissions is { } a && Population is > 0 ? a / Population.Value * 100_000 : null;
}
