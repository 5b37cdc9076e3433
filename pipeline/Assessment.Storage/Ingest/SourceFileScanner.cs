using System.Security.Cryptography;
using System.Text;

namespace Assessment.Storage.Ingest;

/// <summary>
/// One streaming pass over a file's bytes: hash, line count, line-ending style, header and binary detection.
/// This count is the independent check on DuckDB, whose read_csv has been seen to drop whole files silently
/// when their line endings differ.
/// </summary>
/// <remarks>
/// Lines are found with vectorised <c>IndexOf</c> rather than byte by byte: the scan runs over every byte of every
/// input file, so it is a visible share of the load time.
/// </remarks>
public static class SourceFileScanner
{
    private const int HeaderLimit = 64 * 1024;

    /// <summary>Reads the whole file at <paramref name="path"/> once.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static SourceFileScan Scan(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 20];
        var header = new List<byte>();
        var state = new LineState();
        long offset = 0;
        long? firstNul = null;

        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            var chunk = buffer.AsSpan(0, read);
            hash.AppendData(chunk);
            if (firstNul is null && chunk.IndexOf((byte)0) is var nul and >= 0) firstNul = offset + nul;
            state.Consume(chunk, header);
            offset += read;
        }
        state.Finish();

        return new SourceFileScan(
            Convert.ToHexStringLower(hash.GetHashAndReset()),
            offset,
            offset == 0 ? null : DecodeHeader(header),
            state.DataRows,
            state.BlankLines,
            (state.Lf, state.CrLf) switch { (0, 0) => LineEnding.None, (_, 0) => LineEnding.Lf, (0, _) => LineEnding.CrLf, _ => LineEnding.Mixed },
            firstNul);
    }

    private static string DecodeHeader(List<byte> header)
    {
        var bytes = header.ToArray().AsSpan();
        if (bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
        if (bytes.Length > 0 && bytes[^1] == (byte)'\r') bytes = bytes[..^1];
        return Encoding.UTF8.GetString(bytes);
    }

    /// <summary>
    /// Counts lines across buffer boundaries. A data row is a line after the header with any character other than
    /// CR (DuckDB skips empty lines but reads a line of spaces as a row, which it then rejects); a last line without a
    /// line break still counts.
    /// </summary>
    private struct LineState
    {
        private bool inHeader;
        private bool lineHasContent;
        private bool started;
        private byte previous;

        public long DataRows;
        public long BlankLines;
        public long Lf;
        public long CrLf;

        public void Consume(ReadOnlySpan<byte> chunk, List<byte> header)
        {
            if (!started)
            {
                started = true;
                inHeader = true;
            }
            while (!chunk.IsEmpty)
            {
                var newline = chunk.IndexOf((byte)'\n');
                var line = newline < 0 ? chunk : chunk[..newline];
                if (inHeader)
                {
                    var room = HeaderLimit - header.Count;
                    if (room > 0) header.AddRange(line[..Math.Min(room, line.Length)]);
                }
                else if (!lineHasContent && line.IndexOfAnyExcept((byte)'\r') >= 0)
                {
                    lineHasContent = true;
                }
                if (newline < 0)
                {
                    if (!line.IsEmpty) previous = line[^1];
                    return;
                }

                var before = newline > 0 ? chunk[newline - 1] : previous;
                if (before == (byte)'\r') CrLf++; else Lf++;
                if (inHeader) inHeader = false;
                else if (lineHasContent) DataRows++;
                else BlankLines++;
                lineHasContent = false;
                previous = (byte)'\n';
                chunk = chunk[(newline + 1)..];
            }
        }

        public void Finish()
        {
            if (started && !inHeader && lineHasContent) DataRows++;
        }
    }
}
