using Assessment.Core.Geography;

namespace Assessment.Core.Reporting.Sections;

/// <summary>How an <see cref="AreaDefinition"/> decides which rows are in the area, in words.</summary>
public static class AreaDefinitionWording
{
    /// <summary>
    /// A phrase for run output, e.g. <c>LSOA name starts with "Canterbury "</c>, <c>LSOA code in a list of 1,234 codes</c>
    /// or <c>location inside the boundary in canterbury.geojson</c>. Counts use thousands separators in any culture.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="area"/> is null.</exception>
    /// <exception cref="ArgumentException">A kind of area this wording does not know.</exception>
    public static string Describe(AreaDefinition area)
    {
        ArgumentNullException.ThrowIfNull(area);
        return area switch
        {
            LsoaNamePrefixArea { Prefixes.Count: 1 } prefix => $"LSOA name starts with \"{prefix.Prefixes[0]}\"",
            LsoaNamePrefixArea prefixes => $"LSOA name starts with any of {string.Join(", ", prefixes.Prefixes.Select(p => $"\"{p}\""))}",
            LsoaCodeListArea { Vintage: LsoaVintage.Census2011 or LsoaVintage.Census2021 } list =>
                $"LSOA code in a list of {ReportNumbers.FormatCount(list.Codes.Count)} codes of {LsoaVintageWording.Name(list.Vintage)}",
            LsoaCodeListArea list => $"LSOA code in a list of {ReportNumbers.FormatCount(list.Codes.Count)} codes",
            BoundaryArea boundary => $"location inside the boundary in {boundary.Source}",
            _ => throw new ArgumentException($"No wording for an area of type {area.GetType().Name}.", nameof(area)),
        };
    }
}
