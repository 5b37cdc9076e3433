using System.Security.Cryptography;
using System.Text;
using Assessment.Storage.Ingest;

namespace Assessment.Storage.Tests.Ingest;

public sealed class SourceFileScannerTests : IDisposable
{
    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData("h\na\nb\n", 2, 0, LineEnding.Lf)]
    [InlineData("h\r\na\r\nb\r\n", 2, 0, LineEnding.CrLf)]
    [InlineData("h\r\na\nb\r\n", 2, 0, LineEnding.Mixed)]
    [InlineData("h\na\nb", 2, 0, LineEnding.Lf)]          // last line without a line break is still a row
    [InlineData("h\na\n\n\r\nb\n\n", 2, 3, LineEnding.Mixed)]  // empty lines are not rows (DuckDB skips them)
    [InlineData("h\na\n \t\nb\n", 3, 0, LineEnding.Lf)]           // a line of spaces is a row (DuckDB reads, then rejects it)
    [InlineData("h", 0, 0, LineEnding.None)]                // header only, no line break
    [InlineData("h\n", 0, 0, LineEnding.Lf)]
    public void Scan_SmallFiles_CountsRowsBlankLinesAndLineEndings(string content, long rows, long blank, LineEnding ending)
    {
        var scan = SourceFileScanner.Scan(folder.Write("f.csv", content));

        Assert.Equal((rows, blank, ending), (scan.DataRows, scan.BlankLines, scan.LineEnding));
        Assert.Equal("h", scan.HeaderLine);
        Assert.Null(scan.FirstNulByte);
    }

    [Fact]
    public void Scan_CrLfSplitAcrossTheReadBuffer_IsStillCrLf()
    {
        // The scanner reads 1 MiB at a time: put a CR as the buffer's last byte and its LF as the next buffer's first.
        var builder = new StringBuilder("h\r\n");
        const int bufferSize = 1 << 20;
        while (builder.Length < bufferSize - 200) builder.Append(new string('x', 97)).Append("\r\n");
        builder.Append(new string('y', bufferSize - 1 - builder.Length)).Append("\r\nlast\r\n");
        var bytes = Encoding.ASCII.GetBytes(builder.ToString());
        Assert.Equal((byte)'\r', bytes[bufferSize - 1]);

        var scan = SourceFileScanner.Scan(folder.Write("big.csv", bytes));

        Assert.Equal(LineEnding.CrLf, scan.LineEnding);
        Assert.Equal(builder.ToString().Split("\r\n").Length - 2, scan.DataRows);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), scan.Sha256);
    }

    [Fact]
    public void Scan_ByteOrderMarkAndNul_HeaderWithoutBomAndNulOffset()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat("Crime ID,Month\r\n1,\0\r\n"u8.ToArray()).ToArray();

        var scan = SourceFileScanner.Scan(folder.Write("bom.csv", bytes));

        Assert.Equal("Crime ID,Month", scan.HeaderLine);
        Assert.Equal(3 + 16 + 2, scan.FirstNulByte);
    }
}
