using System.Globalization;
using System.Text;
using Assessment.Files.Tables;

namespace Assessment.Files.Tests.Tables;

public sealed class CsvTableWriterTests : IDisposable
{
    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Write_ValuesNeedingQuotes_AreQuotedPerRfc4180WithLfLineEnds()
    {
        var path = folder.Combine("t.csv");

        CsvTableWriter.Write(path, ["name", "value"], [["On or near \"The Parade\", Canterbury", 1234567L], ["two\nlines", 0.1 + 0.2], ["nothing", null]]);

        Assert.Equal(
            "name,value\n\"On or near \"\"The Parade\"\", Canterbury\",1234567\n\"two\nlines\",0.30000000000000004\nnothing,\n",
            File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(folder.Path)); // no temporary file left behind
    }

    [Fact]
    public void Write_AnyTable_IsUtf8WithoutBomAndEveryRecordEndsWithLfOnly()
    {
        var path = folder.Combine("t.csv");

        CsvTableWriter.Write(path, ["place", "n"], [["Café", 1], ["Ashford Road", 2]]);

        var bytes = File.ReadAllBytes(path);
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.DoesNotContain((byte)'\r', bytes);
        Assert.Equal("place,n\nCafé,1\nAshford Road,2\n", Encoding.UTF8.GetString(bytes));
        Assert.Equal("\n", CsvTableWriter.NewLine);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")")]
    [InlineData("+44 1227 000000")]
    [InlineData("-1+2")]
    [InlineData("@SUM(A1)")]
    [InlineData("\tcmd")]
    [InlineData("\rcmd")]
    public void Write_TextThatStartsLikeAFormula_IsPrefixedWithAQuoteAndReadsBackAsText(string text)
    {
        var path = folder.Combine("t.csv");

        CsvTableWriter.Write(path, ["location", "count"], [[text, 1]]);

        var (_, rows) = CsvRecords.Read(path);
        Assert.Equal("'" + text, rows[0][0]);
        Assert.Equal("1", rows[0][1]);
    }

    [Fact]
    public void Write_NegativeNumbers_StayPlainNumbers()
    {
        var path = folder.Combine("t.csv");

        CsvTableWriter.Write(path, ["change", "ratio", "total"], [[-56L, -0.25, -3]]);

        Assert.Equal("change,ratio,total\n-56,-0.25,-3\n", File.ReadAllText(path));
    }

    [Fact]
    public void Write_NaNAndInfinities_AreEmptyFields()
    {
        var path = folder.Combine("t.csv");

        CsvTableWriter.Write(path, ["a", "b", "c", "d"], [[double.NaN, double.PositiveInfinity, double.NegativeInfinity, 1.5]]);

        Assert.Equal("a,b,c,d\n,,,1.5\n", File.ReadAllText(path));
    }

    [Fact]
    public void Write_Doubles_ReadBackToTheSameBits()
    {
        var random = new Random(20261130);
        double[] special = [0.1 + 0.2, 1.0 / 3, 1e-300, double.Epsilon, double.MaxValue, -double.MaxValue, 123456789012345678, 5e-324, 0.000123];
        var values = special.Concat(Enumerable.Range(0, 500).Select(_ => BitConverter.Int64BitsToDouble(random.NextInt64()))).Where(double.IsFinite).ToList();
        var path = folder.Combine("t.csv");

        CsvTableWriter.Write(path, ["x"], values.Select(v => (IReadOnlyList<object?>)[v]));

        var (_, rows) = CsvRecords.Read(path);
        Assert.Equal(values.Count, rows.Count);
        for (var i = 0; i < values.Count; i++)
            Assert.Equal(BitConverter.DoubleToInt64Bits(values[i]), BitConverter.DoubleToInt64Bits(double.Parse(rows[i][0], NumberStyles.Float, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Write_BooleansAndDecimals_AreLowerCaseWordsAndPlainNumbers()
    {
        var path = folder.Combine("t.csv");

        CsvTableWriter.Write(path, ["flag", "amount"], [[true, 12.50m], [false, -0.001m]]);

        Assert.Equal("flag,amount\ntrue,12.50\nfalse,-0.001\n", File.ReadAllText(path));
    }

    [Fact]
    public void Write_RowOfWrongWidth_ThrowsAndKeepsThePreviousFile()
    {
        var path = folder.Write("t.csv", "a,b\n1,2\n");

        Assert.Throws<ArgumentException>(() => CsvTableWriter.Write(path, ["a", "b"], [[1, 2], [1, 2, 3]]));

        Assert.Equal("a,b\n1,2\n", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void Write_ValueOfAnotherType_ThrowsNamingTheFileAndKeepsThePreviousFile()
    {
        var path = folder.Write("t.csv", "a\n1\n");

        var ex = Assert.Throws<ArgumentException>(() => CsvTableWriter.Write(path, ["a"], [[new DateTime(2025, 1, 1)]]));

        Assert.Contains("t.csv", ex.Message, StringComparison.Ordinal);
        Assert.Equal("a\n1\n", File.ReadAllText(path));
    }
}
