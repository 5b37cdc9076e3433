namespace Assessment.Core.Partners;

/// <summary>
/// Force- and county-level context on drugs for the area: seizures by its police force by financial year (Home Office)
/// and deaths and hospital admissions related to drug misuse in its county (ONS, NHS Digital).
/// </summary>
/// <param name="Force">The force as configured (e.g. "Kent"); null when none is configured.</param>
/// <param name="Seizures">The force's seizures by year, oldest first; empty when the force is not configured or not in the tables.</param>
/// <param name="County">The county or unitary authority as configured (e.g. "Kent"); null when none is configured.</param>
/// <param name="CountyYears">The county's figures by year, oldest first; empty when not configured or not in the tables.</param>
/// <param name="SeizureFiles">Number of seizure tables loaded (one per financial year).</param>
public sealed record DrugMarketSummary(string? Force, IReadOnlyList<DrugSeizureYear> Seizures, string? County, IReadOnlyList<CountyDrugYear> CountyYears, int SeizureFiles)
{
    /// <summary>Builds the summary from loaded records.</summary>
    /// <param name="force">The area's force (any spelling <see cref="PoliceForceName.Same"/> accepts), or null.</param>
    /// <param name="seizures">Seizure-count records of every force and year.</param>
    /// <param name="county">The county or unitary authority, or null.</param>
    /// <param name="deaths">The county's drug-misuse deaths by year (already filtered to the county).</param>
    /// <param name="admissions">The county's drug-misuse admissions by year.</param>
    /// <param name="population">The county's mid-year population by year.</param>
    public static DrugMarketSummary From(string? force, IReadOnlyList<DrugSeizureRecord> seizures, string? county,
        IReadOnlyList<CountyMeasureRecord> deaths, IReadOnlyList<CountyMeasureRecord> admissions, IReadOnlyList<CountyMeasureRecord> population)
    {
        ArgumentNullException.ThrowIfNull(seizures);
        ArgumentNullException.ThrowIfNull(deaths);
        ArgumentNullException.ThrowIfNull(admissions);
        ArgumentNullException.ThrowIfNull(population);
        var ours = force is null ? [] : seizures.Where(r => PoliceForceName.Same(r.Force, force)).ToList();
        double? Drug(IEnumerable<DrugSeizureRecord> rows, string name) =>
            rows.FirstOrDefault(r => r.Drug.Equals(name, StringComparison.OrdinalIgnoreCase))?.Value;
        var years = ours.GroupBy(r => r.Year).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new DrugSeizureYear(g.Key, Drug(g, "All drugs"), Drug(g, "Total Class A"), Drug(g, "All Cannabis"))).ToList();

        var countyYears = county is null ? [] : deaths.Concat(admissions).Select(r => r.Year).Distinct().Order()
            .Select(y => new CountyDrugYear(y, Value(deaths, y), Value(admissions, y), Value(population, y))).ToList();
        return new DrugMarketSummary(force, years, county, countyYears, seizures.Select(r => r.Year).Distinct().Count());
    }

    private static double? Value(IReadOnlyList<CountyMeasureRecord> records, int year) => records.FirstOrDefault(r => r.Year == year)?.Value;
}
