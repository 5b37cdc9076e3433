using Assessment.Core.Benchmarking;
using Assessment.Core.Model;
using Assessment.Files.Benchmarking;
using Assessment.Files.Configuration;
using Assessment.Files.Tables;

namespace Assessment.Files.Tests.Benchmarking;

/// <summary>The compact table of counts by force, district, month and crime type: the shipped sample, the run's own output read back, and each bad input.</summary>
public sealed class DistrictCountFileTests : IDisposable
{
    private const string Header = "force,district,month,crime_type,count\n";
    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Read_ShippedKentTable_HoldsEveryKentDistrictForSixteenMonthsAndAsManyRowsAsTheFilesHaveLines()
    {
        var rows = DistrictCountFile.Read(Path.Combine(RepositoryPaths.DataSamples, "benchmark", "kent-counts-by-district.csv"));

        // The whole Kent files hold 240,043 data rows (data-samples/README.md), every one with a crime type.
        Assert.Equal(240_043, rows.Sum(r => r.Count));
        Assert.Equal(16, rows.Select(r => r.Month).Distinct().Count());
        Assert.Contains(rows, r => r.District == "Canterbury");
        Assert.Contains(rows, r => r.District == "Folkestone and Hythe");
        Assert.Contains(rows, r => r.District.Length == 0);
        Assert.All(rows, r => Assert.Equal("kent", r.Force));
    }

    [Fact]
    public void Write_ThenRead_GivesTheSameRows()
    {
        IReadOnlyList<DistrictCrimeCount> rows =
        [
            new("kent", "", new YearMonth(2025, 1), "Burglary", 2),
            new("kent", "Canterbury", new YearMonth(2025, 1), "Anti-social behaviour", 512),
            new("btp", "Folkestone and Hythe", new YearMonth(2025, 2), "Other theft", 1),
        ];

        var written = ForceComparisonTables.Write(folder.Path, null, rows);

        Assert.Equal([folder.Combine("tables", "benchmark_counts.csv")], written);
        Assert.Equal(rows, DistrictCountFile.Read(written[0]));
    }

    [Fact]
    public void Read_ColumnsInAnotherOrder_FindsThemByName()
    {
        var path = folder.Write("counts.csv", "count,crime_type,month,district,force\n7,Drugs,2025-03,Dover,kent\n");

        var row = Assert.Single(DistrictCountFile.Read(path));

        Assert.Equal(new DistrictCrimeCount("kent", "Dover", new YearMonth(2025, 3), "Drugs", 7), row);
    }

    [Theory]
    [InlineData("force,district,month,count\nkent,Dover,2025-03,7\n", "no crime_type column")]
    [InlineData(Header + "kent,Dover,March 2025,Drugs,7\n", "line 2, column 3 (month): \"March 2025\" is not a month")]
    [InlineData(Header + "kent,Dover,2025-03,Drug offences,7\n", "line 2, column 4 (crime_type): \"Drug offences\" is not a police.uk crime type")]
    [InlineData(Header + "kent,Dover,2025-03,Drugs,-7\n", "line 2, column 5 (count): the count is \"-7\"")]
    [InlineData(Header + "kent,Dover,2025-03,Drugs,7.5\n", "line 2, column 5 (count): the count is \"7.5\"")]
    [InlineData(Header + "kent,Dover,2025-03,Drugs,*\n", "line 2, column 5 (count): the count is \"*\"")]
    [InlineData(Header + "kent,Dover,2025-03,Drugs,0\n", "line 2, column 5 (count): the count is \"0\"")]
    [InlineData(Header + "kent,Dover,2025-03,Drugs,7\nkent,Dover,2025-03,Drugs,2\n", "line 3, column 2 (district): kent, Dover, 2025-03, Drugs appears more than once")]
    [InlineData(Header + ",Dover,2025-03,Drugs,7\n", "line 2, column 1 (force): the force is empty")]
    [InlineData(Header, "no rows found")]
    public void Read_BadInput_NamesTheFileLineAndColumn(string text, string expected)
    {
        var path = folder.Write("counts.csv", text);

        var error = Assert.Throws<ConfigurationException>(() => DistrictCountFile.Read(path));

        Assert.StartsWith(path, error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingFile_NamesIt()
    {
        var path = folder.Combine("absent.csv");

        var error = Assert.Throws<ConfigurationException>(() => DistrictCountFile.Read(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }
}
