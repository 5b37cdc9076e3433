using CsvHelper;

namespace Assessment.Files.Lookups;

/// <summary>Reads the columns a lookup needs by name: ONS vintages order their columns (and FID) differently.</summary>
internal static class LookupCsv
{
    /// <summary>Every data row's values for <paramref name="columns"/>, in that order. Lines starting with '#' are comments.</summary>
    /// <exception cref="LookupTableException">The file is missing or lacks one of the columns.</exception>
    public static List<string[]> Read(string path, params string[] columns)
    {
        if (!File.Exists(path)) throw new LookupTableException($"Lookup table not found: {path}. It ships with assessment (Lookups/ beside the executable).");
        using var csv = CsvReader.FromFile(path, new CsvReaderOptions { CommentPrefix = '#' });
        var indexes = new int[columns.Length];
        for (var i = 0; i < columns.Length; i++)
        {
            if (!csv.TryGetFieldIndex(columns[i], out indexes[i]))
                throw new LookupTableException($"{path}: no column \"{columns[i]}\" (found: {string.Join(", ", csv.Headers)}).");
        }
        var rows = new List<string[]>();
        while (csv.Read()) rows.Add([.. indexes.Select(index => csv.GetString(index).Trim())]);
        return rows;
    }
}
