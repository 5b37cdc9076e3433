using Assessment.Core.Geography;
using Assessment.Core.Trends;

namespace Assessment.Core.Reporting.Sections;

/// <summary>The census vintage of the data's and the area's LSOA codes, and how the data's were mapped, in words.</summary>
public static class LsoaVintageWording
{
    /// <summary>"2011 LSOAs", "2021 LSOAs", "both 2011 and 2021 LSOAs" or "LSOAs unchanged between 2011 and 2021 (or unknown to the lookup)".</summary>
    public static string Name(LsoaVintage vintage) => vintage switch
    {
        LsoaVintage.Census2011 => "2011 LSOAs",
        LsoaVintage.Census2021 => "2021 LSOAs",
        LsoaVintage.Mixed => "both 2011 and 2021 LSOAs",
        _ => "LSOAs unchanged between 2011 and 2021 (or unknown to the lookup)",
    };

    /// <summary>
    /// Sentences for the console and the report's "How the area was matched": the vintage of the data (by month when it
    /// changes) and of the area, the rows mapped, ambiguous and unmapped; or, for a code list without a lookup, that the
    /// vintage was not checked. Empty for an area not given by codes when no lookup was given.
    /// </summary>
    /// <param name="report">What was told and mapped.</param>
    /// <param name="area">The area.</param>
    public static IReadOnlyList<string> Notes(LsoaVintageReport report, AreaDefinition area)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(area);
        if (report.LookupSource is null)
        {
            return area is LsoaCodeListArea
                ? ["No 2011↔2021 LSOA lookup was given (area.lsoa_lookup, or area.lsoa_lookup_boundaries), so the census vintage of the data's LSOA codes and of the area's code list was not checked: rows whose codes are of the other vintage than the list are not in the area."]
                : [];
        }

        var notes = new List<string> { $"{DataSentence(report)} {AreaSentence(report, area)}" };
        if (report.Mapping is { } m)
        {
            var from = Name(m.AreaVintage == LsoaVintage.Census2021 ? LsoaVintage.Census2011 : LsoaVintage.Census2021);
            var to = Name(m.AreaVintage);
            var parts = new List<string>();
            if (m.MappedByCode > 0) parts.Add($"{ReportNumbers.FormatCount(m.MappedByCode)} took the one LSOA of their code");
            if (m.MappedByPoint > 0) parts.Add($"{ReportNumbers.FormatCount(m.MappedByPoint)} of split LSOAs were placed by their point");
            if (m.InAreaByEveryCounterpart > 0) parts.Add($"{ReportNumbers.FormatCount(m.InAreaByEveryCounterpart)} of split LSOAs are counted in the area because every part of their LSOA is in it");
            parts.Add(m.Ambiguous > 0
                ? $"{ReportNumbers.FormatCount(m.Ambiguous)} are ambiguous (their LSOA, {string.Join(", ", m.AmbiguousCodes.Take(5))}{(m.AmbiguousCodes.Count > 5 ? " …" : "")}, was split between the area and elsewhere and no polygons place them) and were left out"
                : "none is ambiguous");
            notes.Add($"Rows with codes of {from} were mapped to the area's {to} through the lookup: of {ReportNumbers.FormatCount(m.RowsOfOtherVintage)} such rows, {JoinAnd(parts)}; {ReportNumbers.FormatCount(m.MappedIntoArea)} of them are in the area. Counts by LSOA use the area's {to} throughout.");
            notes.Add(m.Unmapped > 0
                ? $"{ReportNumbers.FormatCount(m.Unmapped)} rows in {ReportNumbers.FormatCount(m.UnmappedCodes)} {(m.UnmappedCodes == 1 ? "LSOA" : "LSOAs")} have codes the lookup does not hold (unmapped); they were placed by their code as given, outside the area."
                : "No row has an LSOA code the lookup does not hold: none is unmapped.");
        }
        if (report.DataChangesVintage)
        {
            notes.Add(report.Mapping is not null
                ? "The data changed LSOA vintage between months; mapped to one vintage, its months are comparable LSOA by LSOA, and the change of codes is not a change in crime."
                : "The data changed LSOA vintage between months and was not mapped to one vintage (that needs an area given by LSOA codes), so counts by LSOA are not comparable across the change.");
        }
        return notes;
    }

    private static string DataSentence(LsoaVintageReport report)
    {
        var decided = report.Months.Where(m => m.Vintage is LsoaVintage.Census2011 or LsoaVintage.Census2021).ToList();
        var lookup = $"(told by the 2011↔2021 lookup {report.LookupSource})";
        if (decided.Count == 0) return $"The data's LSOA codes are {Name(report.Data?.Vintage ?? LsoaVintage.Undetermined)} {lookup}.";
        var byVintage = decided.GroupBy(m => m.Vintage).OrderBy(g => g.Min(m => m.Month))
            .Select(g => $"{Name(g.Key)} in {MonthListText.Describe(g.Select(m => m.Month))}");
        return $"The data's LSOA codes are {JoinAnd([.. byVintage])} {lookup}.";
    }

    private static string AreaSentence(LsoaVintageReport report, AreaDefinition area) => area switch
    {
        LsoaCodeListArea list => $"The area's list of {ReportNumbers.FormatCount(list.Codes.Count)} LSOA codes is of {Name(report.Area?.Vintage ?? LsoaVintage.Undetermined)}.",
        BoundaryArea => "The area is a boundary, so its vintage does not matter for which rows are in it.",
        _ => "The area is chosen by LSOA name, so its vintage does not matter for which rows are in it.",
    };

    private static string JoinAnd(IReadOnlyList<string> parts) =>
        parts.Count <= 1 ? string.Concat(parts) : string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[^1];
}
