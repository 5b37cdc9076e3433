using CsvHelper;

namespace Assessment.Files.Tests.Tables;

/// <summary>Reads a CSV the run wrote with CsvHelper (a reader independent of the writer's quoting), as header and rows.</summary>
internal static class CsvRecords
{
    public static (IReadOnlyList<string> Header, IReadOnlyList<string[]> Rows) Read(string path)
    {
        using var reader = CsvReader.FromFile(path, new CsvReaderOptions
        {
            HasHeader = true,
            MalformedData = CsvMalformedDataHandling.Throw,
            FieldCountMismatch = CsvFieldCountHandling.Throw,
        });
        var rows = new List<string[]>();
        while (reader.Read()) rows.Add(reader.Current.ToArray());
        return ([.. reader.Headers], rows);
    }

    /// <summary>Each row as column name → value.</summary>
    public static List<Dictionary<string, string>> ReadDictionaries(string path)
    {
        var (header, rows) = Read(path);
        return [.. rows.Select(r => header.Zip(r).ToDictionary(p => p.First, p => p.Second))];
    }
}
