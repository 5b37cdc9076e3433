using Assessment.Core.Model;
using NetTopologySuite.Geometries;

namespace Assessment.Core.Geography;

/// <summary>
/// The census vintage of the area's LSOA code list and of the data's LSOA codes, month by month, and, when they
/// differ, how the data's codes were mapped to the area's vintage (<see cref="LsoaCodeMapping"/>).
/// </summary>
public sealed record LsoaVintageReport
{
    /// <summary>No lookup was given, so no vintage was told.</summary>
    public static LsoaVintageReport NoLookup { get; } = new();

    /// <summary>Where the 2011↔2021 lookup came from; null when none was given.</summary>
    public string? LookupSource { get; init; }

    /// <summary>The vintage of the area's code list; null when the area is not a code list or there is no lookup.</summary>
    public LsoaVintageDetection? Area { get; init; }

    /// <summary>The vintage of all the data's LSOA codes together; null without a lookup.</summary>
    public LsoaVintageDetection? Data { get; init; }

    /// <summary>Each loaded month with an LSOA code, in month order, with the vintage of its codes; empty without a lookup.</summary>
    public IReadOnlyList<LsoaMonthVintage> Months { get; init; } = [];

    /// <summary>The mapping of the data's codes to the area's vintage; null when nothing was mapped.</summary>
    public LsoaCodeMapping? Mapping { get; init; }

    /// <summary>True when the months' codes are of more than one decided vintage (the data changed vintage at some month).</summary>
    public bool DataChangesVintage =>
        Months.Select(m => m.Vintage).Where(v => v is LsoaVintage.Census2011 or LsoaVintage.Census2021).Distinct().Count() > 1;

    /// <summary>
    /// Tells the vintages and, when <paramref name="area"/> is a code list of 2011 or 2021 LSOAs and the data holds codes
    /// only of the other vintage, maps them (<see cref="LsoaCodeMapping.Map"/>).
    /// </summary>
    /// <param name="area">The area as configured.</param>
    /// <param name="lookup">The 2011↔2021 lookup, or null when none was given (then <see cref="NoLookup"/>).</param>
    /// <param name="monthCodes">Each distinct (month, LSOA code) of the stored rows.</param>
    /// <param name="rows">Stored rows by LSOA code and point.</param>
    /// <param name="polygons">Area-vintage LSOA polygons by code, for split codes; null when not known.</param>
    public static LsoaVintageReport Build(
        AreaDefinition area, LsoaVintageLookup? lookup, IReadOnlyList<(YearMonth Month, string Code)> monthCodes,
        IReadOnlyList<LsoaPointRows> rows, IReadOnlyDictionary<string, Geometry>? polygons)
    {
        ArgumentNullException.ThrowIfNull(area);
        ArgumentNullException.ThrowIfNull(monthCodes);
        ArgumentNullException.ThrowIfNull(rows);
        if (lookup is null) return NoLookup;
        var data = lookup.Detect(monthCodes.Select(m => m.Code));
        var months = monthCodes.GroupBy(m => m.Month).OrderBy(g => g.Key)
            .Select(g => new LsoaMonthVintage(g.Key, lookup.Detect(g.Select(m => m.Code)).Vintage)).ToList();
        var areaVintage = area is LsoaCodeListArea list ? lookup.Detect(list.Codes) : null;
        LsoaCodeMapping? mapping = null;
        if (area is LsoaCodeListArea codes && areaVintage?.Vintage is LsoaVintage.Census2011 or LsoaVintage.Census2021)
        {
            var otherOnly = areaVintage.Vintage == LsoaVintage.Census2021 ? data.Only2011 : data.Only2021;
            if (otherOnly > 0) mapping = LsoaCodeMapping.Map(codes, areaVintage.Vintage, lookup, rows, polygons);
        }
        return new LsoaVintageReport { LookupSource = lookup.Source, Area = areaVintage, Data = data, Months = months, Mapping = mapping };
    }
}
