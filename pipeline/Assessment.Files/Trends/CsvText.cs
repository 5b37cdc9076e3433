using System.Text;
using Assessment.Files.Configuration;

namespace Assessment.Files.Trends;

/// <summary>
/// A small RFC 4180 reader for the user-supplied lookup tables (population, harm weights): quoted fields, doubled
/// quotes, commas and line breaks inside quotes, CRLF or LF, a UTF-8 byte-order mark. Blank lines are skipped.
/// </summary>
internal static class CsvText
{
    /// <summary>The header (trimmed) and each data row with its 1-based line number.</summary>
    /// <exception cref="ConfigurationException">No header, or a quote left open.</exception>
    public static (IReadOnlyList<string> Header, IReadOnlyList<(int Line, IReadOnlyList<string> Fields)> Rows) Parse(string text, string source)
    {
        var records = Records(text.TrimStart('\uFEFF'), source);
        if (records.Count == 0) throw new ConfigurationException($"{source}: the file is empty; it needs a header row.");
        var header = records[0].Fields.Select(h => h.Trim()).ToList();
        return (header, records.Skip(1).ToList());
    }

    /// <summary>Index of the first header matching one of <paramref name="names"/> (ignoring case, spaces and underscores), or −1.</summary>
    public static int Find(IReadOnlyList<string> header, params string[] names)
    {
        var wanted = names.Select(Normalise).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
            if (wanted.Contains(Normalise(header[i]))) return i;
        return -1;
    }

    private static string Normalise(string name) =>
        new([.. name.Where(c => !char.IsWhiteSpace(c) && c != '_' && c != '-').Select(char.ToLowerInvariant)]);

    private static List<(int Line, IReadOnlyList<string> Fields)> Records(string text, string source)
    {
        var records = new List<(int, IReadOnlyList<string>)>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        var sawContent = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else
                {
                    if (c == '\n') line++;
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    quoted = true;
                    sawContent = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    sawContent = true;
                    break;
                case '\r':
                    break;
                case '\n':
                    EndRecord();
                    line++;
                    recordLine = line;
                    break;
                default:
                    field.Append(c);
                    if (!char.IsWhiteSpace(c)) sawContent = true;
                    break;
            }
        }

        if (quoted) throw new ConfigurationException($"{source}, line {recordLine}: a quoted field is never closed.");
        EndRecord();
        return records;

        void EndRecord()
        {
            fields.Add(field.ToString());
            field.Clear();
            if (sawContent) records.Add((recordLine, fields.ToArray()));
            fields.Clear();
            sawContent = false;
        }
    }
}
