using Assessment.Core.Partners;
using Assessment.Files.Configuration;
using Assessment.Files.Partners;

namespace Assessment.Files.Tests.Partners;

/// <summary>Home Office seizure and quantity tables by police force: all twenty real files, and each bad input.</summary>
public sealed class DrugSeizureFileTests : IDisposable
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.SharedData, "partners", "drug-seizures-and-misuse", "police_data", "seizures", "local_resolution");

    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    public static TheoryData<string> RealFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Folder, "*.csv", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(Folder, file));
        return data;
    }

    [Fact]
    public void RealFiles_AreTheTwentyPublishedTables()
    {
        Assert.Equal(20, Directory.EnumerateFiles(Folder, "*.csv", SearchOption.AllDirectories).Count());
    }

    [Theory]
    [MemberData(nameof(RealFiles))]
    public void Read_RealFile_LoadsEveryForceWithoutRejects(string file)
    {
        var path = Path.Combine(Folder, file);

        var extract = DrugSeizureFile.Read(path);

        Assert.Empty(extract.Rejects);
        Assert.Equal((41L, 41L), (extract.DataRows, extract.LoadedRows));
        // Every force is found under its cleaned name, whatever its spacing, footnote or ampersand in this year's file.
        Assert.Single(extract.Records.Select(r => r.Force).Distinct(), f => f == "Kent");
        Assert.Single(extract.Records.Select(r => r.Force).Distinct(), f => f == "City of London");
        Assert.Equal(extract.Measure == DrugSeizureMeasure.Quantity, file.StartsWith("quantities", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_RealSeizures_KentAllDrugsMatchesTheProvenanceFigures()
    {
        // The figures PROVENANCE.md lists for Kent, 2009-10 … 2018-19.
        double[] expected = [2767, 4934, 4979, 5316, 5295, 4233, 3841, 3403, 3323, 3678];

        var kent = Directory.EnumerateFiles(Path.Combine(Folder, "seizures")).Order(StringComparer.Ordinal)
            .Select(f => DrugSeizureFile.Read(f).Records.Single(r => r.Force == "Kent" && r.Drug == "All drugs").Value!.Value).ToArray();

        Assert.Equal(expected, kent);
    }

    [Fact]
    public void Read_RealQuantities1718_FindsKentUnderItsFootnotedName()
    {
        var records = DrugSeizureFile.Read(Path.Combine(Folder, "quantities", "Quantities17-18.csv")).Records.Where(r => r.Force == "Kent").ToList();

        Assert.Equal(" Kent 4", records[0].ForceRaw);
        Assert.Equal(17, records.Count);
    }

    [Fact]
    public void Read_RealSeizures1718_HeaderLineBreakIsOneSpace()
    {
        var drugs = DrugSeizureFile.Read(Path.Combine(Folder, "seizures", "Seizures17-18.csv")).Records.Select(r => r.Drug).Distinct().ToList();

        Assert.Contains("Mephedrone (non-injection)", drugs);
        Assert.Equal(24, drugs.Count);
    }

    [Fact]
    public void Identify_NameWithoutYear_IsRefusedNamingTheFile()
    {
        var path = folder.Write("seizures.csv", "Police force,All drugs\nKent,1\n");

        var error = Assert.Throws<ConfigurationException>(() => DrugSeizureFile.Read(path));

        Assert.Contains(path, error.Message);
        Assert.Equal((DrugSeizureMeasure.Quantity, "2017-18"), DrugSeizureFile.Identify("Quantities17-18.csv"));
        Assert.Equal(new DateOnly(2017, 4, 1), DrugSeizureFile.YearStart("2017-18"));
    }

    [Fact]
    public void Read_MissingForceColumn_IsRefused()
    {
        var path = folder.Write("Seizures18-19.csv", "Force,All drugs\nKent,1\n");

        Assert.Contains("Police force", Assert.Throws<ConfigurationException>(() => DrugSeizureFile.Read(path)).Message);
    }

    [Theory]
    [InlineData("Kent,many,3", "All drugs", ExtractReject.NotNumeric)]
    [InlineData("Kent,-1,3", "All drugs", ExtractReject.Negative)]
    [InlineData(",1,3", "Police force", ExtractReject.Missing)]
    public void Read_BadRow_IsRejectedWithColumn(string row, string column, string type)
    {
        var extract = DrugSeizureFile.Read(folder.Write("Seizures18-19.csv", $"Police force,All drugs,Cocaine\nEssex,10,2\n{row}\n"));

        var reject = Assert.Single(extract.Rejects);
        Assert.Equal((3L, column, type), (reject.Row, reject.Column, reject.ErrorType));
        Assert.Equal(1, extract.LoadedRows);
    }

    [Fact]
    public void Read_SameForceTwiceUnderTwoSpellings_RejectsTheSecond()
    {
        var extract = DrugSeizureFile.Read(folder.Write("Seizures18-19.csv", "Police force,All drugs\nAvon and Somerset,10\n Avon & Somerset 2,11\n"));

        Assert.Equal(ExtractReject.DuplicatePeriod, Assert.Single(extract.Rejects).ErrorType);
        Assert.Equal(10, Assert.Single(extract.Records).Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("..")]
    [InlineData("[x]")]
    public void Read_BlankOrSuppressedCell_IsMissingNotZero(string cell)
    {
        var extract = DrugSeizureFile.Read(folder.Write("Seizures18-19.csv", $"\uFEFFPolice force,All drugs,Cocaine\nKent,{cell},3\n"));

        Assert.Empty(extract.Rejects);
        Assert.Null(extract.Records.Single(r => r.Drug == "All drugs").Value);
        Assert.Equal(3, extract.Records.Single(r => r.Drug == "Cocaine").Value);
    }
}
