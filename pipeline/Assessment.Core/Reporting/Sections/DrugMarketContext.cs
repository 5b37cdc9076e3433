using Assessment.Core.Charts;
using Assessment.Core.Partners;

namespace Assessment.Core.Reporting.Sections;

/// <summary>
/// The drug-market context sub-sections of the substance-misuse chapter: seizures by the area's police force by
/// financial year (Home Office), and deaths and hospital admissions related to drug misuse in its county (ONS, NHS
/// Digital). Both describe the force area or the county, not the district, and come from compiled tables; the text
/// says so. Without the data, one sub-section with one sentence says so.
/// </summary>
public static class DrugMarketContext
{
    /// <summary>Source note of the seizures table and chart.</summary>
    public const string SeizureSource = "Home Office, Seizures of drugs in England and Wales, by police force, as compiled to CSV by the BritishDrugDynamics project; Open Government Licence v3.0";

    /// <summary>Source note of the county drug-misuse table.</summary>
    public const string CountySource = "ONS, Deaths related to drug poisoning (drug misuse); NHS Digital, Statistics on Drug Misuse (finished admissions); ONS mid-year population estimates; by county and unitary authority, as compiled to CSV by the BritishDrugDynamics project; Open Government Licence v3.0";

    /// <summary>The sub-sections for <paramref name="input"/>: seizures and county misuse when present, otherwise one sub-section of one sentence.</summary>
    /// <returns>One to two sections with ids "drug-seizures" and "county-drug-misuse" (or "drug-market-context" when absent).</returns>
    public static IReadOnlyList<ReportSection> Build(AssessmentReportInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var sections = new List<ReportSection>();
        var summary = input.DrugMarket;
        if (summary is not null && Seizures(input.AreaName, summary) is { } seizures) sections.Add(seizures);
        if (summary is not null && County(input.AreaName, summary) is { } county) sections.Add(county);
        if (sections.Count > 0) return sections;

        var reason = summary is null ? input.DrugMarketAbsence
            : $"The drug tables have no rows for {Missing(summary)}, so drug-market context is not covered.";
        return [new ReportSection("drug-market-context", "Drug seizures and drug-misuse harms", new ParagraphBlock(reason))];
    }

    private static string Missing(DrugMarketSummary summary)
    {
        var parts = new List<string>();
        parts.Add(summary.Force is null ? "the police force (area.police_force is not configured)" : $"the police force \"{summary.Force}\"");
        parts.Add(summary.County is null ? "the county (area.county is not configured)" : $"the county \"{summary.County}\"");
        return string.Join(" or ", parts);
    }

    private static ReportSection? Seizures(string area, DrugMarketSummary summary)
    {
        var known = summary.Seizures.Where(y => y.AllDrugs is not null).ToList();
        if (known.Count == 0 || summary.Force is not { } force) return null;
        var (first, last) = (known[0], known[^1]);
        var text = $"{force} police made {Count(last.AllDrugs)} drug seizures in {last.Year} (April to March), against {Count(first.AllDrugs)} in {first.Year}."
            + " Seizures count police activity against drugs across the whole force area, not the extent of drug use or supply in "
            + $"{area}; a change in them can come from a change in policing as much as from the drug market. The table was compiled from the Home Office release, not taken from it directly.";
        var rows = summary.Seizures.Select(y => (IReadOnlyList<TableCell>)[y.Year, Cell(y.AllDrugs), Cell(y.ClassA), Cell(y.Cannabis)]).ToList();
        var source = $"{SeizureSource}; financial years {summary.Seizures[0].Year} to {summary.Seizures[^1].Year}";
        List<ReportBlock> blocks =
        [
            new ParagraphBlock(text),
            new TableBlock(new ReportTable("drug-seizures-by-year", $"Drug seizures by {force} police by financial year",
                [TableColumn.Text("Year"), TableColumn.Count("All drugs"), TableColumn.Count("Class A"), TableColumn.Count("Cannabis")], rows, source)),
            new ChartBlock("drug-seizures-chart", $"Drug seizures by {force} police by financial year",
                YearlyBarChart.Build(summary.Seizures.Select(y => (y.Year, y.AllDrugs)).ToList(), "Financial year", "Seizures",
                    $"Drug seizures by {force} police each financial year, {first.Year} to {last.Year}."),
                $"Bar chart of drug seizures by {force} police: {Count(first.AllDrugs)} in {first.Year} and {Count(last.AllDrugs)} in {last.Year}.",
                source),
        ];
        return new ReportSection("drug-seizures", $"Drug seizures in the {force} police force area", blocks, []);
    }

    private static ReportSection? County(string area, DrugMarketSummary summary)
    {
        var years = summary.CountyYears.Where(y => y.Deaths is not null || y.Admissions is not null).ToList();
        if (years.Count == 0 || summary.County is not { } county) return null;
        var doubtfulDeaths = DoubtfulYear.In([.. years.Select(y => (y.Year, y.Deaths))]);
        var doubtfulAdmissions = DoubtfulYear.In([.. years.Select(y => (y.Year, y.Admissions))]);
        var deaths = years.Where(y => y.Deaths is not null && !doubtfulDeaths.Contains(y.Year)).ToList();
        var admissions = years.Where(y => y.Admissions is not null && !doubtfulAdmissions.Contains(y.Year)).ToList();
        var parts = new List<string>();
        if (deaths.Count > 0)
            parts.Add($"{Count(deaths[^1].Deaths)} deaths related to drug misuse were registered in {county} in {deaths[^1].Year} ({Count(deaths[0].Deaths)} in {deaths[0].Year})");
        if (admissions.Count > 0)
            parts.Add($"there were {Count(admissions[^1].Admissions)} hospital admissions for drug misuse in {admissions[^1].Year} ({Count(admissions[0].Admissions)} in {admissions[0].Year})");
        var text = Capitalised(string.Join("; ", parts)) + $". These figures are for the whole of {county}, not {area}, and come from tables compiled from the ONS and NHS Digital releases; treat them as context, not as the district's own figures.";
        var rows = summary.CountyYears.Select(y => (IReadOnlyList<TableCell>)
            [y.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), Cell(y.Deaths), Cell(y.DeathsPer100k), Cell(y.Admissions), Cell(y.AdmissionsPer100k)]).ToList();
        var source = $"{CountySource}; years {summary.CountyYears[0].Year} to {summary.CountyYears[^1].Year}";
        var doubts = doubtfulDeaths.Select(y => Doubt("deaths", y, summary.CountyYears, c => c.Deaths))
            .Concat(doubtfulAdmissions.Select(y => Doubt("admissions", y, summary.CountyYears, c => c.Admissions))).ToList();
        List<ReportBlock> blocks =
        [
            new ParagraphBlock(text),
            .. doubts.Select(d => new CalloutBlock(CalloutKind.Warning, d)),
            new TableBlock(new ReportTable("county-drug-misuse-by-year", $"Drug-misuse deaths and hospital admissions in {county} by year",
                [TableColumn.Text("Year"), TableColumn.Count("Deaths"), TableColumn.Number("Deaths per 100,000", NumberFormat.OneDecimal),
                 TableColumn.Count("Admissions"), TableColumn.Number("Admissions per 100,000", NumberFormat.OneDecimal)], rows, source)),
        ];
        return new ReportSection("county-drug-misuse", $"Drug-misuse deaths and admissions in {county}", blocks, []);
    }

    // Says which figure is doubtful and why, against the nearest earlier year with a figure.
    private static string Doubt(string what, int year, IReadOnlyList<CountyDrugYear> years, Func<CountyDrugYear, double?> value)
    {
        var before = years.Last(y => y.Year < year && value(y) is not null);
        var (now, then) = (value(years.Single(y => y.Year == year))!.Value, value(before)!.Value);
        return $"The {year} figure for {what} ({Count(now)}) is {(now < then ? "under a quarter of" : "over four times")} {before.Year}'s ({Count(then)}). A change that size in one year is more likely an incomplete year or a copying error in the compiled table than a real change, so {year} is left out of the comparison above; check it against the publisher's release before using it.";
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static TableCell Cell(double? value) => value is { } v ? TableCell.FromNumber(v) : TableCell.FromText("–");

    private static string Count(double? value) => value is { } v ? ReportNumbers.Format(v, NumberFormat.Integer) : "–";
}
