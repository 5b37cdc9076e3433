using Assessment.Core.Geography;
using Assessment.Files.Configuration;
using Assessment.Files.Trends;

namespace Assessment.Files.Geography;

/// <summary>
/// Reads a 2011↔2021 LSOA lookup in the shape of ONS's "LSOA (2011) to LSOA (2021) to LAD (2022) Exact Fit Lookup"
/// (CSV; columns LSOA11CD, LSOA11NM, LSOA21CD, LSOA21NM, CHGIND, LAD22CD, LAD22NM, in any order, read by name; FID and
/// other columns are ignored). CHGIND is U (unchanged), S (split), M (merged) or X (complex).
/// </summary>
public static class LsoaLookupFile
{
    /// <summary>Reads the lookup at <paramref name="path"/>.</summary>
    /// <exception cref="ConfigurationException">The file is missing or malformed CSV, lacks LSOA11CD, LSOA21CD or CHGIND,
    /// has a blank code or an unknown CHGIND, or has no rows; the message names the file, and the line and column of a bad value.</exception>
    public static LsoaVintageLookup Read(string path)
    {
        using var csv = CsvExtract.Open(path, "LSOA lookup");
        return Parse(csv, Path.GetFileName(path));
    }

    /// <summary>Reads a lookup held in memory as if it were the file <paramref name="name"/>.</summary>
    /// <exception cref="ConfigurationException">As for <see cref="Read"/>.</exception>
    public static LsoaVintageLookup Parse(string name, string text)
    {
        using var csv = CsvExtract.FromText(name, text);
        return Parse(csv, name);
    }

    private static LsoaVintageLookup Parse(CsvExtract csv, string source)
    {
        var columns = new[] { "LSOA11CD", "LSOA21CD", "CHGIND" }.Select(name => (name, index: csv.Column(name))).ToArray();
        if (columns.FirstOrDefault(c => c.index < 0) is { name: { } missing })
            throw new ConfigurationException($"{csv.Path}: no column {missing}; an LSOA lookup needs LSOA11CD, LSOA21CD and CHGIND (ONS's exact-fit lookup); found {string.Join(", ", csv.Header)}.");
        var (code11, code21, change) = (columns[0].index, columns[1].index, columns[2].index);
        var pairs = new List<LsoaLookupPair>();
        while (csv.Read())
        {
            var old = csv.Field(code11);
            var current = csv.Field(code21);
            if (old.Length == 0) throw csv.Error(code11, "the 2011 LSOA code is blank.");
            if (current.Length == 0) throw csv.Error(code21, "the 2021 LSOA code is blank.");
            var kind = csv.Field(change).ToUpperInvariant() switch
            {
                "U" => LsoaChangeKind.Unchanged,
                "S" => LsoaChangeKind.Split,
                "M" => LsoaChangeKind.Merged,
                "X" => LsoaChangeKind.Complex,
                var other => throw csv.Error(change, $"\"{other}\" is not a change indicator; expected U, S, M or X."),
            };
            pairs.Add(new LsoaLookupPair(old, current, kind));
        }
        if (pairs.Count == 0) throw new ConfigurationException($"{csv.Path}: the LSOA lookup has no rows.");
        return new LsoaVintageLookup(pairs, source);
    }
}
