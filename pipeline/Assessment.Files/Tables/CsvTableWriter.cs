using System.Globalization;
using System.Text;

namespace Assessment.Files.Tables;

/// <summary>
/// Writes RFC 4180 CSV (comma, CRLF-free LF lines, quotes only where needed, UTF-8 without BOM, invariant culture).
/// The file is written to a temporary name and moved into place, so an interrupted run never leaves half a table.
/// </summary>
public static class CsvTableWriter
{
    public static void Write(string path, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
        try
        {
            using var writer = new StreamWriter(temporary, false, new UTF8Encoding(false));
            writer.NewLine = "\n";
            writer.WriteLine(Line(header));
            foreach (var row in rows)
            {
                if (row.Count != header.Count)
                    throw new ArgumentException($"A row for {Path.GetFileName(path)} has {row.Count} values; the header has {header.Count}.", nameof(rows));
                writer.WriteLine(Line(row));
            }
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
        File.Move(temporary, path, overwrite: true);
    }

    private static string Line(IEnumerable<object?> values) => string.Join(",", values.Select(Field));

    private static string Field(object? value)
    {
        var text = value switch
        {
            null => "",
            double d => double.IsFinite(d) ? d.ToString("R", CultureInfo.InvariantCulture) : "",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
