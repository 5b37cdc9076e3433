using Assessment.Core.Model;
using Assessment.Core.Reporting;
using Assessment.Core.Trends;
using Assessment.Files.Configuration;
using Assessment.Files.Trends;

namespace Assessment.Files.Tests.Trends;

/// <summary>Population files (synthetic: ONS LSOA populations for Kent are not available as real data here).</summary>
public sealed class PopulationFileTests : IDisposable
{
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
    [InlineData("lsoa_code,population\n\"E01024000,5\n", "line 2: a quoted field that is never closed")]
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
}
