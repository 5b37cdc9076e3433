using System.Buffers.Binary;
using System.Globalization;
using System.IO.Hashing;
using System.Security.Cryptography;
using System.Text;
using Assessment.Core.Model;

namespace Assessment.Storage.Ingest;

/// <summary>
/// One streaming pass over a file's bytes: hash, line count, line-ending style, header and binary detection, and the
/// row checks DuckDB cannot make (a row of another month, a byte-identical repeat, a doubled CR, a line break inside
/// quotes). This count is the independent check on DuckDB, whose read_csv has been seen to drop whole files silently
/// when their line endings differ.
/// </summary>
/// <remarks>
/// Lines are found with vectorised <c>IndexOf</c> rather than byte by byte: the scan runs over every byte of every
/// input file, so it is a visible share of the load time.
/// </remarks>
public static class SourceFileScanner
{
    private const int HeaderLimit = 64 * 1024;

    // A police.uk row is a few hundred bytes; a "line" longer than this is not one (e.g. binary content), and only
    // its start is kept for the row checks.
    private const int MaxKeptLine = 1 << 20;

    /// <summary>Reads the whole file at <paramref name="path"/> once, without checking rows against a month.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static SourceFileScan Scan(string path) => Scan(path, null);

    /// <summary>
    /// Reads the whole file at <paramref name="path"/> once. When <paramref name="fileMonth"/> is given (the month in
    /// the file's name), rows whose <c>Month</c> is a different month are listed in <see cref="SourceFileScan.RowRejects"/>.
    /// </summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static SourceFileScan Scan(string path, YearMonth? fileMonth)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 20];
        var lines = new LineReader(fileMonth);
        long offset = 0;
        long? firstNul = null;

        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            var chunk = buffer.AsSpan(0, read);
            hash.AppendData(chunk);
            if (firstNul is null && chunk.IndexOf((byte)0) is var nul and >= 0) firstNul = offset + nul;
            lines.Consume(chunk);
            offset += read;
        }
        lines.Finish();

        return new SourceFileScan(
            Convert.ToHexStringLower(hash.GetHashAndReset()),
            offset,
            offset == 0 ? null : lines.Header(),
            lines.DataRows,
            lines.BlankLines,
            (lines.Lf, lines.CrLf) switch { (0, 0) => LineEnding.None, (_, 0) => LineEnding.Lf, (0, _) => LineEnding.CrLf, _ => LineEnding.Mixed },
            firstNul,
            lines.RowsDigest(),
            lines.Rejects,
            lines.DoubledCr,
            lines.FirstDoubledCr,
            lines.FirstQuotedBreak)
        {
            LineBreaks = lines.Lf + lines.CrLf,
        };
    }

    /// <summary>
    /// Splits the byte stream into lines across buffer boundaries and checks each. A data row is a line after the
    /// header with any character other than CR (DuckDB skips empty lines but reads a line of spaces as a row, which it
    /// then rejects); a last line without a line break still counts.
    /// </summary>
    private sealed class LineReader(YearMonth? fileMonth)
    {
        private byte[] carry = new byte[4096];
        private int carryLength;
        private bool carrying;
        private byte[]? header;
        private long lineNumber;
        private bool inQuotes;
        private long quoteOpenedAt;
        private readonly List<UInt128> rowHashes = [];
        private readonly Dictionary<UInt128, long> firstLineOfRow = [];

        public long DataRows;
        public long BlankLines;
        public long Lf;
        public long CrLf;
        public long DoubledCr;
        public long? FirstDoubledCr;
        public long? FirstQuotedBreak;
        public readonly List<RowReject> Rejects = [];

        public void Consume(ReadOnlySpan<byte> chunk)
        {
            while (!chunk.IsEmpty)
            {
                var newline = chunk.IndexOf((byte)'\n');
                if (newline < 0)
                {
                    Keep(chunk);
                    return;
                }
                if (carrying)
                {
                    Keep(chunk[..newline]);
                    EndLine(carry.AsSpan(0, carryLength), true);
                    carryLength = 0;
                    carrying = false;
                }
                else
                {
                    EndLine(chunk[..newline], true);
                }
                chunk = chunk[(newline + 1)..];
            }
        }

        public void Finish()
        {
            if (carrying) EndLine(carry.AsSpan(0, carryLength), false);
        }

        public string Header()
        {
            var bytes = (header ?? []).AsSpan();
            if (bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
            if (bytes.Length > 0 && bytes[^1] == (byte)'\r') bytes = bytes[..^1];
            return Encoding.UTF8.GetString(bytes);
        }

        public string? RowsDigest()
        {
            if (rowHashes.Count == 0) return null;
            rowHashes.Sort();
            var bytes = new byte[rowHashes.Count * 16];
            for (var i = 0; i < rowHashes.Count; i++) BinaryPrimitives.WriteUInt128BigEndian(bytes.AsSpan(i * 16), rowHashes[i]);
            return Convert.ToHexStringLower(SHA256.HashData(bytes));
        }

        private void Keep(ReadOnlySpan<byte> piece)
        {
            carrying = true;
            var fits = Math.Min(piece.Length, MaxKeptLine - carryLength);
            piece[..fits].CopyTo(Grow(fits));
            if (fits == piece.Length) return;
            // Past the limit only the line's ending matters: its last two bytes stay at the end of the kept text.
            if (piece.Length >= 2)
            {
                piece[^2..].CopyTo(carry.AsSpan(carryLength - 2));
            }
            else
            {
                carry[carryLength - 2] = carry[carryLength - 1];
                carry[carryLength - 1] = piece[0];
            }
        }

        private Span<byte> Grow(int length)
        {
            if (carryLength + length > carry.Length) Array.Resize(ref carry, Math.Max(carry.Length * 2, carryLength + length));
            var span = carry.AsSpan(carryLength, length);
            carryLength += length;
            return span;
        }

        private void EndLine(ReadOnlySpan<byte> line, bool hasBreak)
        {
            lineNumber++;
            if (hasBreak)
            {
                if (line.EndsWith("\r"u8)) CrLf++; else Lf++;
                if (line.EndsWith("\r\r"u8))
                {
                    DoubledCr++;
                    FirstDoubledCr ??= lineNumber;
                }
            }
            if (lineNumber == 1)
            {
                header = line[..Math.Min(line.Length, HeaderLimit)].ToArray();
                return;
            }

            if (line.IndexOfAnyExcept((byte)'\r') < 0)
            {
                BlankLines++;
                return;
            }
            DataRows++;
            var startsInQuotes = inQuotes;
            if (inQuotes || line.Contains((byte)'"')) TrackQuotes(line);
            if (inQuotes && hasBreak) FirstQuotedBreak ??= quoteOpenedAt;
            // A line that continues a quoted field is not a row of its own: the file is refused anyway.
            if (!startsInQuotes) CheckRow(line.TrimEnd((byte)'\r'));
        }

        /// <summary>
        /// Follows CSV quoting through one line: a quote opens a field only at the field's start (a quote inside an
        /// unquoted value is a plain character), and "" inside a quoted field is an escaped quote.
        /// </summary>
        private void TrackQuotes(ReadOnlySpan<byte> line)
        {
            var fieldStart = !inQuotes;
            for (var i = 0; i < line.Length; i++)
            {
                var b = line[i];
                if (inQuotes)
                {
                    if (b != (byte)'"') continue;
                    if (i + 1 < line.Length && line[i + 1] == (byte)'"') i++;
                    else inQuotes = false;
                }
                else if (b == (byte)',')
                {
                    fieldStart = true;
                    continue;
                }
                else if (b == (byte)'"' && fieldStart)
                {
                    inQuotes = true;
                    quoteOpenedAt = lineNumber;
                }
                fieldStart = false;
            }
        }

        private void CheckRow(ReadOnlySpan<byte> row)
        {
            // XXH3-128 rather than SHA-256 per row: a SHA-256 call costs about a microsecond whatever the input, which
            // for a quarter of a million rows was most of the scan. Accidental collisions at 128 bits are negligible.
            var rowHash = XxHash128.HashToUInt128(row);
            rowHashes.Add(rowHash);

            var crimeId = Field(row, out var rest);
            var month = Field(rest, out _);
            if (fileMonth is { } expected && ParseMonth(month) is { } found && found != expected)
            {
                Rejects.Add(new RowReject(lineNumber, "Month", RowReject.OtherMonth,
                    $"Month is {found} but the file is for {expected}; rows of another month are not loaded from this file, so that no month is counted twice",
                    WholeFileRejects.Printable(row)));
                return;
            }
            // Anti-social behaviour rows have no Crime ID, and police.uk publishes genuinely separate incidents with
            // identical fields (same snap point, month and type): only rows with a Crime ID can be true repeats.
            if (crimeId.IsEmpty || crimeId.SequenceEqual("\"\""u8)) return;
            if (firstLineOfRow.TryGetValue(rowHash, out var first))
            {
                Rejects.Add(new RowReject(lineNumber, null, RowReject.IdenticalRow,
                    $"identical to line {first} (byte for byte, same Crime ID); the crime is loaded once",
                    WholeFileRejects.Printable(row)));
                return;
            }
            firstLineOfRow[rowHash] = lineNumber;
        }

        /// <summary>The first CSV field of <paramref name="text"/> (quotes kept), and the text after its comma.</summary>
        private static ReadOnlySpan<byte> Field(ReadOnlySpan<byte> text, out ReadOnlySpan<byte> rest)
        {
            var end = 0;
            if (text.StartsWith("\""u8))
            {
                end = 1;
                while (end < text.Length)
                {
                    var quote = text[end..].IndexOf((byte)'"');
                    if (quote < 0) { end = text.Length; break; }
                    end += quote + 1;
                    if (end < text.Length && text[end] == (byte)'"') end++;
                    else break;
                }
                var comma = text[end..].IndexOf((byte)',');
                end = comma < 0 ? text.Length : end + comma;
            }
            else
            {
                end = text.IndexOf((byte)',');
                if (end < 0) end = text.Length;
            }
            rest = end < text.Length ? text[(end + 1)..] : [];
            return text[..end];
        }

        // DuckDB reads Month with '%Y-%m' (one or two digits of month); a value that is not a month is DuckDB's to reject.
        private static YearMonth? ParseMonth(ReadOnlySpan<byte> field)
        {
            if (field.Length >= 2 && field[0] == (byte)'"' && field[^1] == (byte)'"') field = field[1..^1];
            if (field.Length is < 6 or > 7 || field[4] != (byte)'-') return null;
            if (!int.TryParse(field[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year)) return null;
            if (!int.TryParse(field[5..], NumberStyles.None, CultureInfo.InvariantCulture, out var month) || month is < 1 or > 12) return null;
            return new YearMonth(year, month);
        }
    }
}
