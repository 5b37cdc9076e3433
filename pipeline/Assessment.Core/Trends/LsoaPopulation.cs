namespace Assessment.Core.Trends;

/// <summary>Residents by LSOA, as read from a population file (LSOA code, population).</summary>
public sealed class LsoaPopulation
{
    private readonly Dictionary<string, double> residents;

    /// <param name="residentsByLsoa">Residents per LSOA code; codes are matched exactly (ordinal).</param>
    /// <param name="source">Where the figures come from (file name), for the report.</param>
    /// <exception cref="ArgumentException">A negative or non-finite population.</exception>
    public LsoaPopulation(IReadOnlyDictionary<string, double> residentsByLsoa, string source)
    {
        ArgumentNullException.ThrowIfNull(residentsByLsoa);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        foreach (var (code, value) in residentsByLsoa)
        {
            if (!double.IsFinite(value) || value < 0)
                throw new ArgumentException($"The population of {code} must be a finite number ≥ 0.", nameof(residentsByLsoa));
        }

        residents = new Dictionary<string, double>(residentsByLsoa, StringComparer.Ordinal);
        Source = source;
    }

    /// <summary>Where the figures come from.</summary>
    public string Source { get; }

    /// <summary>Number of LSOAs in the file.</summary>
    public int Count => residents.Count;

    /// <summary>Residents of one LSOA, or null when the file does not list it.</summary>
    public double? For(string lsoaCode) => residents.TryGetValue(lsoaCode, out var value) ? value : null;

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
            if (residents.TryGetValue(code, out var value)) total += value;
            else missing++;
        }

        return new AreaPopulation(total, codes.Count - missing, missing, Source);
    }
}
