using System.Text.Json;
using Assessment.Core.Profile;
using Assessment.Files.Configuration;
using Assessment.Files.Trends;
using MiniExcelLibs;

namespace Assessment.Files.Tests.Trends;

/// <summary>
/// IMD 2019 ranks: the real national file and the sample's Canterbury cut, deciles against the independent Python values
/// (tests/Assessment.Cli.Tests/Fixtures/area-profile/make_fixture.py), and every bad input.
/// </summary>
public sealed class ImdFileTests : IDisposable
{
    private static readonly string National = Path.Combine(RepositoryPaths.SharedData, "geography", "lookups", "imd19-rank-by-lsoa11.csv");
    private static readonly string Sample = Path.Combine(RepositoryPaths.DataSamples, "imd19-rank-canterbury-lsoa11.csv");
    private static readonly string Fixture = Path.Combine(RepositoryPaths.Root, "tests", "Assessment.Cli.Tests", "Fixtures", "area-profile", "area_profile.json");

    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Read_NationalFile_DecilesOfEveryLsoaMatchThePythonCounts()
    {
        using var fixture = JsonDocument.Parse(File.ReadAllText(Fixture));
        var expected = fixture.RootElement.GetProperty("england_decile_counts").EnumerateArray().Select(e => e.GetInt32()).ToList();
        var codes = File.ReadLines(National).Skip(1).Select(l => l.Split(',')[0]).ToList();

        var imd = ImdFile.Read(National);

        Assert.Equal(ImdRanks.EnglandLsoas, imd.Count);
        var counts = codes.Select(c => imd.For(c)!.Decile).GroupBy(d => d).OrderBy(g => g.Key).Select(g => g.Count()).ToList();
        Assert.Equal(expected, counts);
        Assert.Equal(new ImdLsoa("E01000001", "City of London 001A", 29199), imd.For("E01000001"));
    }

    [Fact]
    public void Read_SampleCut_IsCanterburysRowsWithThePythonDeciles()
    {
        using var fixture = JsonDocument.Parse(File.ReadAllText(Fixture));
        var expected = fixture.RootElement.GetProperty("canterbury_deciles").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());
        var national = ImdFile.Read(National);

        var sample = ImdFile.Read(Sample);

        Assert.Equal(90, sample.Count);
        Assert.All(expected, e => Assert.Equal(e.Value, sample.For(e.Key)!.Decile));
        Assert.All(expected.Keys, c => Assert.Equal(national.For(c), sample.For(c)));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(3284, 1)]
    [InlineData(3285, 2)]
    [InlineData(6568, 2)]
    [InlineData(6569, 3)]
    [InlineData(29559, 9)]
    [InlineData(29560, 10)]
    [InlineData(32844, 10)]
    public void DecileOf_TenthsOfTheNationalRanking(int rank, int decile) => Assert.Equal(decile, ImdRanks.DecileOf(rank));

    [Fact]
    public void Read_File1Workbook_FindsTheRankColumnByItsPublishedName()
    {
        var path = folder.Combine("File_1.xlsx");
        MiniExcel.SaveAs(path, new[]
        {
            Row("English indices of deprivation 2019", "", "", ""),
            Row("LSOA code (2011)", "LSOA name (2011)", "Index of Multiple Deprivation (IMD) Score", "Index of Multiple Deprivation (IMD) Rank (where 1 is most deprived)"),
            Row("E01024042", "Canterbury 018A", 20.1, 12345),
        }, printHeader: false, sheetName: ImdFile.Sheet);

        Assert.Equal(new ImdLsoa("E01024042", "Canterbury 018A", 12345), ImdFile.Read(path).For("E01024042"));
    }

    [Theory]
    [InlineData("LSOA11CD,LSOA11NM,Score\nE01024042,A,20\n", "expected an LSOA code column (e.g. LSOA11CD) and an IMD rank column")]
    [InlineData("LSOA11CD,IMD19\nE01024042,high\n", "line 2, column 2 (IMD19): the IMD rank of E01024042 is \"high\"")]
    [InlineData("LSOA11CD,IMD19\nE01024042,12.5\n", "the IMD rank of E01024042 is \"12.5\"; expected a whole number from 1 to 32,844")]
    [InlineData("LSOA11CD,IMD19\nE01024042,0\n", "the IMD rank of E01024042 is \"0\"")]
    [InlineData("LSOA11CD,IMD19\nE01024042,40000\n", "the IMD rank of E01024042 is \"40000\"")]
    [InlineData("LSOA11CD,IMD19\nE01024042,[x]\n", "the IMD rank of E01024042 is \"[x]\"")]
    [InlineData("LSOA11CD,IMD19\nE01024042,5\nE01024042,6\n", "line 3, column 1 (LSOA11CD): E01024042 appears more than once (first at line 2)")]
    [InlineData("LSOA11CD,IMD19\nCanterbury,5\n", "\"Canterbury\" is not an LSOA code")]
    [InlineData("LSOA11CD,IMD19\n", "no LSOA rows found")]
    public void Read_BadFile_ThrowsNamingFileLineAndColumn(string text, string message)
    {
        var path = folder.Write("imd.csv", text);

        var ex = Assert.Throws<ConfigurationException>(() => ImdFile.Read(path));

        Assert.StartsWith(path, ex.Message, StringComparison.Ordinal);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingFile_SaysNotFound() =>
        Assert.Contains("IMD file not found", Assert.Throws<ConfigurationException>(() => ImdFile.Read(folder.Combine("none.csv"))).Message, StringComparison.Ordinal);

    private static Dictionary<string, object> Row(params object[] cells) =>
        cells.Select((c, i) => (Key: ((char)('A' + i)).ToString(), Value: c)).ToDictionary(p => p.Key, p => p.Value);
}
