using System.Security.Cryptography;
using System.Text;

namespace Assessment.Storage.Ingest;

/// <summary>
/// One streaming pass over a file's bytes: hash, line count, line-ending style, header and binary detection.
/// This count is the independent check on DuckDB, whose read_csv has been seen to drop whole files silently
/// when their line endings differ.
/// </summary>
public static class SourceFileScanner
{
    private const int HeaderLimit = 64 * 1024;

    public static SourceFileScan Scan(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 20];
        var header = new List<byte>();
        var inHeader = true;
        long offset = 0, dataRows = 0, blankLines = 0, lf = 0, crlf = 0;
        long? firstNul = null;
        var lineHasContent = false;
        var previous = (byte)0;

        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            for (var i = 0; i < read; i++)
            {
                var b = buffer[i];
                if (b == 0 && firstNul is null) firstNul = offset + i;
                if (b == (byte)'\n')
                {
                    if (previous == (byte)'\r') crlf++; else lf++;
                    if (inHeader) inHeader = false;
                    else if (lineHasContent) dataRows++;
                    else blankLines++;
                    lineHasContent = false;
                }
                else if (inHeader)
                {
                    if (header.Count < HeaderLimit) header.Add(b);
                }
                else if (b is not ((byte)'\r' or (byte)' ' or (byte)'\t'))
                {
                    lineHasContent = true;
                }
                previous = b;
            }
            offset += read;
        }
        // A last line without a line break is still a row.
        if (!inHeader && lineHasContent) dataRows++;

        return new SourceFileScan(
            Convert.ToHexStringLower(hash.GetHashAndReset()),
            offset,
            offset == 0 ? null : DecodeHeader(header),
            dataRows,
            blankLines,
            (lf, crlf) switch { (0, 0) => LineEnding.None, (_, 0) => LineEnding.Lf, (0, _) => LineEnding.CrLf, _ => LineEnding.Mixed },
            firstNul);
    }

    private static string DecodeHeader(List<byte> header)
    {
        var bytes = header.ToArray().AsSpan();
        if (bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
        if (bytes.Length > 0 && bytes[^1] == (byte)'\r') bytes = bytes[..^1];
        return Encoding.UTF8.GetString(bytes);
    }
}
