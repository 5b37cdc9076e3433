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

    [Theory]
    [InlineData("h\r\r\na\r\r\nb\r\r\n", 3, 1)]
    [InlineData("h\r\na\r\nb\r\r\nc\r\n", 1, 3)]
    [InlineData("h\r\na\r\n", 0, null)]
    public void Scan_DoubledCarriageReturns_AreCountedWithTheFirstLine(string content, long doubled, int? first)
    {
        var scan = SourceFileScanner.Scan(folder.Write("f.csv", content));

        Assert.Equal((doubled, (long?)first), (scan.DoubledCrLines, scan.FirstDoubledCrLine));
        Assert.Equal(content.Count(c => c == '\n'), scan.LineBreaks);
    }

    [Theory]
    [InlineData("h\na,\"b\nc\",d\ne\n", 2)]
    [InlineData("h\na,\"b, c\",d\ne,\"f\nthen\ng\"\n", 3)]
    [InlineData("h\na,\"b\"\"c\",d\n", null)]
    [InlineData("h\na,On or near 5\" Road,d\ne\n", null)]   // a quote inside an unquoted value opens nothing
    [InlineData("h\na,\"b\"\"\nc\",d\n", 2)]                 // an escaped quote at the end of the line keeps the field open
    public void Scan_QuotedFieldOpenAtALineBreak_GivesTheLineWhereItOpens(string content, int? line)
    {
        var scan = SourceFileScanner.Scan(folder.Write("f.csv", content));

        Assert.Equal((long?)line, scan.QuotedLineBreakLine);
    }

    [Fact]
    public void Scan_SameRowsInAnotherOrderAndLineEnding_HaveTheSameRowsHash()
    {
        var lf = SourceFileScanner.Scan(folder.Write("a.csv", "h\nx,1\ny,2\n"));
        var crlf = SourceFileScanner.Scan(folder.Write("b.csv", "h\r\ny,2\r\nx,1\r\n"));
        var other = SourceFileScanner.Scan(folder.Write("c.csv", "h\ny,2\nx,3\n"));
        var none = SourceFileScanner.Scan(folder.Write("d.csv", "h\n"));

        Assert.Equal(lf.RowsSha256, crlf.RowsSha256);
        Assert.NotEqual(lf.RowsSha256, other.RowsSha256);
        Assert.NotEqual(lf.Sha256, crlf.Sha256);
        Assert.Null(none.RowsSha256);
    }

    [Fact]
    public void Scan_RepeatedRowAcrossTheReadBuffer_IsFoundWithItsFirstLine()
    {
        // The scanner reads 1 MiB at a time: a row that straddles two buffers must be checked whole.
        const string row = "id1,2025-01,Kent Police,Kent Police,1.0,51.0,On or near X,E01,Canterbury 001A,Drugs,,";
        var builder = new StringBuilder("h\n").Append(row).Append('\n');
        var filler = 0;
        while (builder.Length < (1 << 20) - row.Length / 2) builder.Append($",2025-01,filler {filler++}\n");
        builder.Append(row).Append('\n');
        var boundaryLine = builder.ToString().Split('\n').Length - 1;
        Assert.True(builder.Length > 1 << 20);

        var scan = SourceFileScanner.Scan(folder.Write("f.csv", builder.ToString()), new Core.Model.YearMonth(2025, 1));

        var reject = Assert.Single(scan.RowRejects);
        Assert.Equal((boundaryLine, RowReject.IdenticalRow), (reject.Line, reject.ErrorType));
        Assert.StartsWith("identical to line 2 ", reject.Reason, StringComparison.Ordinal);
        Assert.Equal(row, reject.RawLine);
    }

    [Fact]
    public void Scan_WithAFileMonth_ListsRowsOfOtherMonthsButNotMalformedMonths()
    {
        var content = "h\na,2025-01,x\nb,2025-02,x\n\"c\",\"2024-12\",x\nd,Jan-25,x\n,2025-3,x\n";

        var scan = SourceFileScanner.Scan(folder.Write("f.csv", content), new Core.Model.YearMonth(2025, 1));

        Assert.Equal([(3L, "Month"), (4L, "Month"), (6L, "Month")], scan.RowRejects.Select(r => (r.Line, r.Column!)));
        Assert.All(scan.RowRejects, r => Assert.Equal(RowReject.OtherMonth, r.ErrorType));
        Assert.Empty(SourceFileScanner.Scan(folder.Write("g.csv", content)).RowRejects);
    }
}
