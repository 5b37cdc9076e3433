using Assessment.Files.Tables;

namespace Assessment.Files.Tests.Tables;

public sealed class CsvTableWriterTests
{
    [Fact]
    public void Write_ValuesNeedingQuotes_AreQuotedPerRfc4180()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.Combine("t.csv");

        CsvTableWriter.Write(path, ["name", "value"], [["On or near \"The Parade\", Canterbury", 1234567L], ["plain", 0.1 + 0.2], ["nothing", null]]);

        Assert.Equal(
            "name,value\n\"On or near \"\"The Parade\"\", Canterbury\",1234567\nplain,0.30000000000000004\nnothing,\n",
            File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(folder.Path)); // no temporary file left behind
    }

    [Fact]
    public void Write_RowOfWrongWidth_ThrowsAndKeepsThePreviousFile()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.Write("t.csv", "a,b\n1,2\n");

        Assert.Throws<ArgumentException>(() => CsvTableWriter.Write(path, ["a", "b"], [[1, 2, 3]]));

        Assert.Equal("a,b\n1,2\n", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(folder.Path));
    }
}
