using Assessment.Core.Partners;
using Assessment.Files.Configuration;
using Assessment.Files.Partners;

namespace Assessment.Files.Tests.Partners;

/// <summary>Wide year × county/UA tables: the five real files, and each bad input.</summary>
public sealed class CountyTableFileTests : IDisposable
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.SharedData, "partners", "drug-seizures-and-misuse");

    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData("drugs_usage/deaths/local_resolution/deaths_misuse.csv", 10)]
    [InlineData("drugs_usage/deaths/local_resolution/deaths_misuse_100k.csv", 10)]
    [InlineData("drugs_usage/hospital_admissions/local_resolution/misuse.csv", 12)]
    [InlineData("drugs_usage/hospital_admissions/local_resolution/primary.csv", 12)]
    [InlineData("demographic/population_la.csv", 11)]
    public void Read_RealFile_LoadsEveryYearWithoutRejects(string file, int years)
    {
        var extract = CountyTableFile.Read(Path.Combine(Folder, file));

        Assert.Empty(extract.Rejects);
        Assert.Equal((years, years), (extract.DataRows, extract.LoadedRows));
        Assert.Equal(137 * years, extract.Records.Count);
        Assert.Contains(extract.Records, r => r.Area == "Bristol, City of");
    }

    [Fact]
    public void Read_RealFiles_KentMatchesTheProvenanceFigures()
    {
        var deaths = CountyTableFile.Read(Path.Combine(Folder, "drugs_usage/deaths/local_resolution/deaths_misuse.csv")).Records.Where(r => r.Area == "Kent").ToList();
        var population = CountyTableFile.Read(Path.Combine(Folder, "demographic/population_la.csv")).Records.Where(r => r.Area == "Kent").ToList();

        // PROVENANCE.md: Kent deaths 126 … 214 (peak 2016); population 1,435,269 … 1,581,555.
        Assert.Equal((2009, 126.0), (deaths[0].Year, deaths[0].Value!.Value));
        Assert.Equal((2016, 214.0), (deaths.MaxBy(r => r.Value)!.Year, deaths.Max(r => r.Value!.Value)));
        Assert.Equal((1435269.0, 1581555.0), (population[0].Value!.Value, population[^1].Value!.Value));
    }

    [Fact]
    public void Read_RealAdmissions_BlankCellsAreMissingNotZero()
    {
        var records = CountyTableFile.Read(Path.Combine(Folder, "drugs_usage/hospital_admissions/local_resolution/primary.csv")).Records;

        Assert.Equal(31, records.Count(r => r.Value is null));
        Assert.DoesNotContain(records, r => r.Value == 0 && r.Year == 2020 && r.Area == "Bolton");
    }

    [Fact]
    public void Read_FirstColumnNotYear_IsRefusedNamingTheFile()
    {
        var path = folder.Write("wide.csv", "area,Kent\n2019,5\n");

        Assert.Contains(path, Assert.Throws<ConfigurationException>(() => CountyTableFile.Read(path)).Message);
    }

    [Fact]
    public void Read_AreaTwiceInTheHeader_IsRefused()
    {
        var path = folder.Write("wide.csv", "year,Kent,Kent\n2019,5,6\n");

        Assert.Contains("\"Kent\"", Assert.Throws<ConfigurationException>(() => CountyTableFile.Read(path)).Message);
    }

    [Theory]
    [InlineData("20x9,5,6", "year", ExtractReject.UnknownPeriod)]
    [InlineData("2019,five,6", "Kent", ExtractReject.NotNumeric)]
    [InlineData("2019,5,-6", "Medway", ExtractReject.Negative)]
    [InlineData("2018,5,6", "year", ExtractReject.DuplicatePeriod)]
    public void Read_BadRow_IsRejectedWithColumn(string row, string column, string type)
    {
        var extract = CountyTableFile.Read(folder.Write("wide.csv", $"year,Kent,Medway\n2018,1.0,2\n{row}\n"));

        var reject = Assert.Single(extract.Rejects);
        Assert.Equal((3L, column, type), (reject.Row, reject.Column, reject.ErrorType));
        Assert.Equal([1.0, 2.0], extract.Records.Select(r => r.Value!.Value));
    }

    [Fact]
    public void Read_SuppressedCell_IsMissing()
    {
        var extract = CountyTableFile.Read(folder.Write("wide.csv", "year,Kent,Medway\n2018,*,2\n"));

        Assert.Empty(extract.Rejects);
        Assert.Null(extract.Records.Single(r => r.Area == "Kent").Value);
    }
}
