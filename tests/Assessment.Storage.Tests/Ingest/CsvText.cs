namespace Assessment.Storage.Tests.Ingest;

/// <summary>
/// A police.uk file read as plain text, without the scanner or DuckDB, to derive what the ingest should do with it:
/// line numbers are 1-based with the header on line 1, line breaks (LF or CR LF) removed.
/// </summary>
internal sealed class CsvText
{
    private CsvText(IReadOnlyList<string> lines) => Lines = lines;

    public IReadOnlyList<string> Lines { get; }

    /// <summary>Data rows with their line numbers (blank lines skipped).</summary>
    public IEnumerable<(long Line, string Text)> Rows =>
        Lines.Select((text, i) => (Line: (long)i + 1, Text: text)).Skip(1).Where(r => r.Text.Trim().Length > 0);

    public static CsvText Read(string path)
    {
        var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var lines = text.Split('\n');
        return new CsvText(text.EndsWith('\n') ? lines[..^1] : lines);
    }

    /// <summary>Lines whose Month (second field; police.uk rows have no quotes before it) is not <paramref name="month"/>.</summary>
    public long[] LinesOfOtherMonths(string month) => Rows.Where(r => r.Text.Split(',')[1] != month).Select(r => r.Line).ToArray();

    /// <summary>Each later copy of a row with a Crime ID, and the line of its first occurrence.</summary>
    public (long Line, long First)[] RepeatsWithCrimeId(string month)
    {
        var first = new Dictionary<string, long>(StringComparer.Ordinal);
        var repeats = new List<(long, long)>();
        foreach (var (line, text) in Rows)
        {
            var fields = text.Split(',');
            if (fields[0].Length == 0 || fields[1] != month) continue;
            if (first.TryGetValue(text, out var earlier)) repeats.Add((line, earlier));
            else first[text] = line;
        }
        return repeats.ToArray();
    }
}
