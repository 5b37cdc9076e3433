using System.Text;
using DuckDB.NET.Data;

namespace Assessment.Storage.Ingest;

/// <summary>
/// When a whole file is refused (wrong header, binary, row counts that don't add up), each of its data rows
/// still goes to <c>load_reject</c> with the file's reason, so no row read is unaccounted for.
/// Lines are split exactly as <see cref="SourceFileScanner"/> counts them.
/// </summary>
internal static class WholeFileRejects
{
    private const int MaxStoredLine = 2000;

    /// <returns>Rows written to the rejects table.</returns>
    public static long Write(DuckDBConnection connection, long fileId, string path, string reason)
    {
        byte[] content;
        try
        {
            content = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The rows can't be listed one by one; record the file's refusal as one reject so it is not silent.
            using var single = connection.CreateAppender("load_reject");
            single.CreateRow().AppendValue(fileId).AppendNullValue().AppendNullValue().AppendValue("FILE REJECTED")
                .AppendValue($"{reason}; the rows could not be listed: {ex.Message}").AppendNullValue().EndRow();
            single.Close();
            return 1;
        }

        using var appender = connection.CreateAppender("load_reject");
        long written = 0, lineNumber = 0;
        var start = 0;
        for (var i = 0; i <= content.Length; i++)
        {
            if (i < content.Length && content[i] != (byte)'\n') continue;
            lineNumber++;
            var line = content.AsSpan(start, i - start);
            start = i + 1;
            if (lineNumber == 1 || IsBlank(line)) continue;
            appender.CreateRow().AppendValue(fileId).AppendValue(lineNumber).AppendNullValue().AppendValue("FILE REJECTED")
                .AppendValue(reason).AppendValue(Printable(line)).EndRow();
            written++;
        }
        appender.Close();
        return written;
    }

    private static bool IsBlank(ReadOnlySpan<byte> line)
    {
        foreach (var b in line)
        {
            if (b != (byte)'\r') return false;
        }
        return true;
    }

    /// <summary>The line as text for the rejects table: CR removed, control characters replaced, at most 2,000 bytes.</summary>
    internal static string Printable(ReadOnlySpan<byte> line)
    {
        if (line.Length > 0 && line[^1] == (byte)'\r') line = line[..^1];
        var text = Encoding.UTF8.GetString(line[..Math.Min(line.Length, MaxStoredLine)]);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text) builder.Append(char.IsControl(c) ? '\uFFFD' : c);
        return builder.ToString();
    }
}
