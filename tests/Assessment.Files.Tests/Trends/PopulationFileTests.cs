using Assessment.Core.Geography;
using Assessment.Core.Model;
using Assessment.Core.Reporting;
using Assessment.Core.Trends;
using Assessment.Files.Configuration;
using Assessment.Files.Trends;
using MiniExcelLibs;

namespace Assessment.Files.Tests.Trends;

/// <summary>Population files: the real IoD2019 File 6 workbook, and small CSVs and workbooks for every bad input.</summary>
public sealed class PopulationFileTests : IDisposable
{
    private static readonly string File6 = Path.Combine(RepositoryPaths.SharedData, "partners", "population-lsoa11-mid2015", "File_6_-_IoD2019_Population_Denominators.xlsx");

    private const string File6Header = "LSOA code (2011),LSOA name (2011),Local Authority District code (2019),Local Authority District name (2019),"
        + "Total population: mid 2015 (excluding prisoners),Dependent Children aged 0-15: mid 2015 (excluding prisoners),"
        + "Population aged 16-59: mid 2015 (excluding prisoners),Older population aged 60 and over: mid 2015 (excluding prisoners),"
        + "Working age population 18-59/64: for use with Employment Deprivation Domain (excluding prisoners)";

    // The thirteen districts of Kent and Medway (2019 codes).
    private static readonly string[] KentAndMedway =
        ["E06000035", "E07000105", "E07000106", "E07000107", "E07000108", "E07000109", "E07000110", "E07000111", "E07000112", "E07000113", "E07000114", "E07000115", "E07000116"];

    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Read_NamedColumnsWithQuotedThousands_ReadsEveryLsoa()
    {
        var path = folder.Write("population.csv", "lsoa_code,name,population\r\nE01024000,Canterbury 001A,\"1,520\"\r\nE01024001,Canterbury 001B,980\r\n\r\n");

        var population = PopulationFile.Read(path);

        Assert.Equal(2, population.Count);
        Assert.Equal(1520, population.For("E01024000"));
        Assert.Equal(980, population.For("E01024001"));
        Assert.Null(population.For("E01024002"));
        Assert.Equal("population.csv", population.Source);
    }

    [Fact]
    public void Read_OnsStyleHeaders_FindsCodeAndTotalColumns()
    {
        var path = folder.Write("mye.csv", "LAD 2021 Code,LAD 2021 Name,LSOA 2021 Code,LSOA 2021 Name,Total,F0\nE07000106,Canterbury,E01024000,Canterbury 001A,1600,9\n");

        Assert.Equal(1600, PopulationFile.Read(path).For("E01024000"));
    }

    [Fact]
    public void Read_TwoUnnamedColumns_TakesCodeThenPopulation()
    {
        var path = folder.Write("p.csv", "a,b\nW01000001,1000\n");

        Assert.Equal(1000, PopulationFile.Read(path).For("W01000001"));
    }

    [Theory]
    [InlineData("lsoa_code,population\nE0102400,100\n", "line 2, column 1 (lsoa_code): \"E0102400\" is not an LSOA code")]
    [InlineData("lsoa_code,population\nE01024000,-5\n", "line 2, column 2 (population): the population of E01024000 is \"-5\"")]
    [InlineData("lsoa_code,population\nE01024000,5\nE01024000,6\n", "line 3, column 1 (lsoa_code): E01024000 appears more than once")]
    [InlineData("name,LSOA21CD,All Ages\n\"Canterbury\n001A\",E01024000,5\n\nx,E01024001,many\n", "line 5, column 3 (All Ages): the population of E01024001 is \"many\"")]
    [InlineData("lsoa_code,population\n", "no LSOA rows found")]
    [InlineData("area,x,y\nE01024000,1,2\n", "expected an LSOA code column")]
    [InlineData("lsoa_code,population\n\"E01024000,5\n", "line 2: malformed CSV")]
    [InlineData("LSOA code (2011),Local Authority District code (2019)\nE01024042,E07000106\n", "expected an LSOA code column")]
    [InlineData("LSOA code (2011),Total population: mid 2015\nE01024042,1381\nE01024042,1381\n", "line 3, column 1 (LSOA code (2011)): E01024042 appears more than once (first at line 2)")]
    [InlineData("LSOA code (2011),Total population: mid 2015,Dependent Children aged 0-15,Population aged 16-59,Older population aged 60 and over\nE01024042,1381,-1,900,281\n", "line 2, column 3 (Dependent Children aged 0-15): the population of E01024042 is \"-1\"")]
    public void Read_BadFile_ThrowsNamingTheProblem(string text, string message)
    {
        var path = folder.Write("bad.csv", text);

        var ex = Assert.Throws<ConfigurationException>(() => PopulationFile.Read(path));
        Assert.StartsWith(path, ex.Message, StringComparison.Ordinal);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingFile_SaysNotFound() =>
        Assert.Contains("not found", Assert.Throws<ConfigurationException>(() => PopulationFile.Read(folder.Combine("none.csv"))).Message, StringComparison.Ordinal);

    [Fact]
    public void ForArea_SomeAreaLsoasMissing_SumsTheOthersAndCountsTheMissing()
    {
        var population = PopulationFile.Read(folder.Write("p.csv", "lsoa_code,population\nE01024000,1000\nE01024001,1500\nE01099999,7000\n"));

        var area = population.ForArea(["E01024000", "E01024001", "E01024002", "E01024000"]);

        Assert.Equal(new AreaPopulation(2500, 2, 1, "p.csv"), area);
    }

    [Fact]
    public void TrendAnalysis_WithAPopulationFile_GivesRatesPerThousandResidents()
    {
        // 2,500 residents; 24 months of 5 burglaries: 60 in the assessment year, 24 per 1,000 residents.
        var area = PopulationFile.Read(folder.Write("p.csv", "lsoa_code,population\nE01024000,1000\nE01024001,1500\n")).ForArea(["E01024000", "E01024001"]);
        var months = Enumerable.Range(0, 24).Select(i => new YearMonth(2024, 1).AddMonths(i)).ToList();
        var input = new TrendInput("Test", new AssessmentPeriod(new YearMonth(2025, 12), 12),
            [.. months.Select(m => new MonthlyCount("Test", m, "Burglary", 5))],
            [.. months.Select(m => new FileQuality($"{m}.csv", "kent", m, 5, 5, 0, 0, 0, 0))]) { HarmWeights = HarmWeightFile.Default, Themes = [], Population = area };

        var rate = TrendAnalysis.Run(input).Rates.Single(r => r.Series == SeriesKey.Area);

        Assert.Equal(24.0, rate.RatePerThousand, 12);
        Assert.Equal(2500, rate.Residents);
    }

    [Fact]
    public void Read_File6Workbook_GivesEveryEnglishLsoaWithDistrictVintageAndDate()
    {
        var population = PopulationFile.Read(File6);

        Assert.Equal(32_844, population.Count);
        Assert.Equal(0, population.SuppressedLsoas);
        Assert.Equal(LsoaVintage.Census2011, population.Vintage);
        Assert.Equal("mid-2015", population.ReferenceDate);
        Assert.Equal("File_6_-_IoD2019_Population_Denominators.xlsx", population.Source);
        Assert.Equal(1381, population.For("E01024042"));
        Assert.Equal(new LsoaDistrict("E07000106", "Canterbury"), population.DistrictOf("E01024042"));
        Assert.Equal(population.For("E01024042"), population.AgesOf("E01024042")!.Total);
        Assert.All(population.Lsoas, l => Assert.Equal(l.Residents, l.Ages!.Total));
    }

    [Fact]
    public void ByDistrict_File6Workbook_MatchesThePublishedKentTotals()
    {
        var districts = PopulationFile.Read(File6).ByDistrict();

        Assert.Equal(317, districts.Count);
        Assert.Equal(new DistrictPopulation("E07000106", "Canterbury", 90, 159_663), districts["E07000106"]);
        var kent = KentAndMedway.Select(c => districts[c]).ToList();
        Assert.Equal(1_065, kent.Sum(d => d.Lsoas));
        Assert.Equal(1_795_251, kent.Sum(d => d.Residents));
    }

    [Fact]
    public void Read_WorkbookWithTitleRowsAboveTheHeader_FindsTheHeaderByName()
    {
        var path = WriteWorkbook(PopulationFile.Sheet,
            ["Population denominators", "", "", "", "", "", "", "", ""],
            [],
            [.. File6Header.Split(',')],
            ["E01024042", "Canterbury 018A", "E07000106", "Canterbury", 1381, 200, 900, 281, 797.75]);

        var population = PopulationFile.Read(path);

        Assert.Equal(1381, population.For("E01024042"));
        Assert.Equal(new AgeBands(200, 900, 281), population.AgesOf("E01024042"));
        Assert.Equal("mid-2015", population.ReferenceDate);
    }

    [Fact]
    public void Read_WorkbookWithAWrongType_NamesSheetRowAndColumn()
    {
        var path = WriteWorkbook(PopulationFile.Sheet,
            [.. File6Header.Split(',')],
            ["E01024042", "Canterbury 018A", "E07000106", "Canterbury", 1381, 200, 900, 281, 797.75],
            ["E01024043", "Canterbury 018B", "E07000106", "Canterbury", "n/a", 200, 900, 281, 797.75]);

        var ex = Assert.Throws<ConfigurationException>(() => PopulationFile.Read(path));

        Assert.Contains("sheet Population Denominators, row 3, column 5 (Total population: mid 2015 (excluding prisoners)): the population of E01024043 is \"n/a\"", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("*")]
    [InlineData("[c]")]
    [InlineData("[x]")]
    [InlineData(":")]
    [InlineData("..")]
    [InlineData("")]
    public void Read_SuppressedPopulation_LeavesTheLsoaOutRatherThanZero(string marker)
    {
        var path = folder.Write("p.csv", $"{File6Header}\nE01024042,A,E07000106,Canterbury,1381,200,900,281,1\nE01024043,B,E07000106,Canterbury,{marker},200,900,281,1\n");

        var population = PopulationFile.Read(path);

        Assert.Null(population.For("E01024043"));
        Assert.Equal(1, population.SuppressedLsoas);
        Assert.Equal(new DistrictPopulation("E07000106", "Canterbury", 1, 1381), population.ByDistrict()["E07000106"]);
    }

    [Fact]
    public void Read_SuppressedAgeBand_KeepsTheTotalWithoutAges()
    {
        var path = folder.Write("p.csv", $"{File6Header}\nE01024042,A,E07000106,Canterbury,1381,[c],900,281,1\n");

        var population = PopulationFile.Read(path);

        Assert.Equal(1381, population.For("E01024042"));
        Assert.Null(population.AgesOf("E01024042"));
    }

    [Theory]
    [InlineData("LSOA 2021 Code,Total\nE01035283,10\n", LsoaVintage.Census2021)]
    [InlineData("LSOA11CD,population\nE01024042,10\n", LsoaVintage.Census2011)]
    [InlineData("lsoa_code,population\nE01024042,10\n", LsoaVintage.Undetermined)]
    public void Read_CodeColumnName_GivesTheVintage(string text, LsoaVintage vintage) =>
        Assert.Equal(vintage, PopulationFile.Read(folder.Write("p.csv", text)).Vintage);

    [Fact]
    public void Read_FileWithoutDistrictColumn_HasNoDistricts()
    {
        var population = PopulationFile.Read(folder.Write("p.csv", "lsoa_code,population\nE01024042,10\n"));

        Assert.False(population.HasDistricts);
        Assert.Empty(population.ByDistrict());
        Assert.Null(population.DistrictOf("E01024042"));
        Assert.Null(population.ReferenceDate);
    }

    [Fact]
    public void Read_WorkbookWithoutTheFile6Sheet_ReadsItsFirstSheet()
    {
        var path = WriteWorkbook("Sheet1", ["LSOA21CD", "Total"], ["E01035283", 1500]);

        Assert.Equal(1500, PopulationFile.Read(path).For("E01035283"));
    }

    private string WriteWorkbook(string sheet, params object[][] rows)
    {
        var path = folder.Combine($"{Guid.NewGuid():N}.xlsx");
        var width = rows.Max(r => r.Length);
        var table = rows.Select(r => (IDictionary<string, object?>)Enumerable.Range(0, width)
            .ToDictionary(i => ((char)('A' + i)).ToString(), i => i < r.Length ? r[i] : null)).ToList();
        MiniExcel.SaveAs(path, table, printHeader: false, sheetName: sheet);
        return path;
    }
}
