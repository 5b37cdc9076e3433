using Assessment.Core.Geography;

namespace Assessment.Core.Trends;

/// <summary>
/// Residents by LSOA, as read from a population file (LSOA code, population), with what the file says besides: each
/// LSOA's district, its residents by broad age band, the LSOA vintage and the reference date of the estimates.
/// </summary>
public sealed class LsoaPopulation
{
    private readonly Dictionary<string, LsoaResidents> rows;

    /// <param name="residentsByLsoa">Residents per LSOA code; codes are matched exactly (ordinal).</param>
    /// <param name="source">Where the figures come from (file name), for the report.</param>
    /// <exception cref="ArgumentException">A negative or non-finite population.</exception>
    public LsoaPopulation(IReadOnlyDictionary<string, double> residentsByLsoa, string source)
        : this(Rows(residentsByLsoa), source)
    {
    }

    /// <param name="lsoas">One row per LSOA; codes are matched exactly (ordinal).</param>
    /// <param name="source">Where the figures come from (file name), for the report.</param>
    /// <param name="vintage">The census whose LSOAs the codes are (<see cref="LsoaVintage.Census2011"/> or
    /// <see cref="LsoaVintage.Census2021"/>), or <see cref="LsoaVintage.Undetermined"/> when the file does not say.</param>
    /// <param name="referenceDate">When the estimates refer to, as the file states it (e.g. "mid-2015"), or null.</param>
    /// <exception cref="ArgumentException">A negative or non-finite population or age band, a code given twice, or a
    /// vintage other than 2011, 2021 or undetermined.</exception>
    public LsoaPopulation(IEnumerable<LsoaResidents> lsoas, string source, LsoaVintage vintage = LsoaVintage.Undetermined, string? referenceDate = null)
    {
        ArgumentNullException.ThrowIfNull(lsoas);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        if (vintage is LsoaVintage.Mixed) throw new ArgumentException("A population file's LSOAs are of one vintage.", nameof(vintage));
        rows = new Dictionary<string, LsoaResidents>(StringComparer.Ordinal);
        foreach (var row in lsoas)
        {
            if (!Valid(row.Residents) || (row.Ages is { } a && !(Valid(a.Children) && Valid(a.WorkingAge) && Valid(a.Older))))
                throw new ArgumentException($"The population of {row.Code} must be a finite number ≥ 0.", nameof(lsoas));
            if (!rows.TryAdd(row.Code, row))
                throw new ArgumentException($"{row.Code} is given twice.", nameof(lsoas));
        }

        Source = source;
        Vintage = vintage;
        ReferenceDate = referenceDate;
    }

    /// <summary>Where the figures come from.</summary>
    public string Source { get; }

    /// <summary>The census whose LSOAs the file lists, when its column names say (e.g. "LSOA code (2011)").</summary>
    public LsoaVintage Vintage { get; }

    /// <summary>When the estimates refer to, as the file's column names state it (e.g. "mid-2015"); null when they do not.</summary>
    public string? ReferenceDate { get; }

    /// <summary>LSOAs the file lists with a suppressed or blank population (read as missing, never as zero); not in <see cref="Count"/>.</summary>
    public int SuppressedLsoas { get; init; }

    /// <summary>Number of LSOAs in the file with a population.</summary>
    public int Count => rows.Count;

    /// <summary>True when the file gives a district for its LSOAs.</summary>
    public bool HasDistricts => rows.Values.Any(r => r.District is not null);

    /// <summary>True when the file gives broad age bands for its LSOAs.</summary>
    public bool HasAges => rows.Values.Any(r => r.Ages is not null);

    /// <summary>The LSOAs with a population, in file order.</summary>
    public IEnumerable<LsoaResidents> Lsoas => rows.Values;

    /// <summary>Residents of one LSOA, or null when the file does not list it.</summary>
    public double? For(string lsoaCode) => rows.TryGetValue(lsoaCode, out var row) ? row.Residents : null;

    /// <summary>The district the file puts <paramref name="lsoaCode"/> in, or null when it lists no district for it.</summary>
    public LsoaDistrict? DistrictOf(string lsoaCode) => rows.TryGetValue(lsoaCode, out var row) ? row.District : null;

    /// <summary>Residents of <paramref name="lsoaCode"/> by broad age band, or null when the file does not give them.</summary>
    public AgeBands? AgesOf(string lsoaCode) => rows.TryGetValue(lsoaCode, out var row) ? row.Ages : null;

    /// <summary>
    /// Residents by district, summed over the file's own LSOA→district column, so district totals need no LSOA vintage
    /// mapping. Keyed by district code (ordinal); empty when the file has no district column.
    /// </summary>
    public IReadOnlyDictionary<string, DistrictPopulation> ByDistrict() =>
        rows.Values.Where(r => r.District is not null)
            .GroupBy(r => r.District!.Code, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => new DistrictPopulation(g.Key, g.Select(r => r.District!.Name).FirstOrDefault(n => n.Length > 0) ?? "", g.Count(), g.Sum(r => r.Residents)),
                StringComparer.Ordinal);

    /// <summary>
    /// The area's population: residents summed over <paramref name="areaLsoaCodes"/> (the LSOAs the area's records
    /// fall in). LSOAs in the file but not in the area are ignored; area LSOAs missing from the file are counted in
    /// <see cref="AreaPopulation.LsoasWithoutPopulation"/> so the report can say the rate is understated.
    /// </summary>
    public AreaPopulation ForArea(IEnumerable<string> areaLsoaCodes)
    {
        ArgumentNullException.ThrowIfNull(areaLsoaCodes);
        var codes = areaLsoaCodes.Distinct(StringComparer.Ordinal).ToList();
        double total = 0;
        var missing = 0;
        foreach (var code in codes)
        {
            if (rows.TryGetValue(code, out var row)) total += row.Residents;
            else missing++;
        }

        return new AreaPopulation(total, codes.Count - missing, missing, Source);
    }

    private static bool Valid(double value) => double.IsFinite(value) && value >= 0;

    private static IEnumerable<LsoaResidents> Rows(IReadOnlyDictionary<string, double> residentsByLsoa)
    {
        ArgumentNullException.ThrowIfNull(residentsByLsoa);
        return residentsByLsoa.Select(p => new LsoaResidents(p.Key, p.Value));
    }
}
