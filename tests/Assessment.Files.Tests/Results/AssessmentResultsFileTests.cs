using System.Text.Json.Nodes;
using Assessment.Core.Model;
using Assessment.Core.Results;
using Assessment.Files.Configuration;
using Assessment.Files.Results;

namespace Assessment.Files.Tests.Results;

public sealed class AssessmentResultsFileTests : IDisposable
{
    private static readonly AreaDefinitionResult Prefix = new("lsoa_name_prefix", ["Test "]);
    private static readonly MonthRange Year2024 = new(new YearMonth(2024, 1), new YearMonth(2024, 12));
    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    private string Write2023(AssessmentResultsDocument? document = null) =>
        AssessmentResultsFile.Write(folder.Path, document ?? ResultsDocuments.Full());

    private static ConfigurationException Refused(string path, MonthRange? current = null, string partnership = "Test Community Safety Partnership",
        string area = "Test area", AreaDefinitionResult? definition = null) =>
        Assert.Throws<ConfigurationException>(() => AssessmentResultsFile.ReadPrevious(path, partnership, area, definition ?? Prefix, current ?? Year2024));

    [Fact]
    public void WriteThenReadPrevious_SameAreaEarlierYear_GivesTheDocumentBack()
    {
        var path = Write2023();

        var read = AssessmentResultsFile.ReadPrevious(path, "test community safety partnership ", "Test area", Prefix, Year2024);

        Assert.Equal(Path.Combine(folder.Path, "assessment.json"), path);
        Assert.Equal(File.ReadAllText(path), AssessmentResultsJson.Serialize(read));
    }

    [Fact]
    public void ReadPrevious_MissingFile_NamesItAndSaysWhatToGive()
    {
        var path = folder.Combine("last-year", "assessment.json");

        var error = Refused(path);

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("was not found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadPrevious_InvalidJson_NamesFileLineAndColumn()
    {
        var path = folder.Write("assessment.json", "{\n  \"schema_version\": \"1.0\",\n  \"run\": {,\n}");

        var error = Refused(path);

        Assert.StartsWith($"{path}, line 3, column 11: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadPrevious_UnsupportedSchemaVersion_IsRefusedForItsVersion()
    {
        var node = JsonNode.Parse(File.ReadAllText(Write2023()))!.AsObject();
        node["schema_version"] = "2.0";
        node.Remove("run");
        var path = folder.Write("v2.json", node.ToJsonString());

        var error = Refused(path);

        Assert.Equal($"{path}: schema_version is \"2.0\"; this version of assessment reads 1.x (it writes 1.0).", error.Message);
    }

    [Fact]
    public void ReadPrevious_MissingRequiredField_NamesTheFileAndTheField()
    {
        var node = JsonNode.Parse(File.ReadAllText(Write2023()))!.AsObject();
        node.Remove("hotspots");
        var path = folder.Write("partial.json", node.ToJsonString());

        var error = Refused(path);

        Assert.StartsWith(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("hotspots", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadPrevious_AnotherAreaOrPartnership_IsRefusedNotCompared()
    {
        var path = Write2023();

        var area = Refused(path, area: "Dover");
        var partnership = Refused(path, partnership: "Dover Community Safety Partnership");

        Assert.StartsWith($"{path} is the assessment of Test area (Test Community Safety Partnership), not of Dover (Test Community Safety Partnership)", area.Message, StringComparison.Ordinal);
        Assert.Contains("not of Test area (Dover Community Safety Partnership)", partnership.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadPrevious_SameNameDrawnAnotherWay_IsRefused()
    {
        var error = Refused(Write2023(), definition: new AreaDefinitionResult("lsoa_name_prefix", ["Test ", "Other "]));

        Assert.Contains("drew Test area as lsoa_name_prefix \"Test \", and this run draws it as lsoa_name_prefix \"Test \", \"Other \"", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2023, 12)]
    [InlineData(2022, 12)]
    public void ReadPrevious_PeriodNotEarlier_IsRefused(int year, int month)
    {
        var path = Write2023();
        var current = new MonthRange(new YearMonth(year, month).AddMonths(-11), new YearMonth(year, month));

        var error = Refused(path, current);

        Assert.Contains($"{path} assesses January 2023 to December 2023, which does not end before this assessment's period", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadPrevious_OverlappingButEarlierPeriod_IsAccepted()
    {
        var path = Write2023();
        var current = new MonthRange(new YearMonth(2023, 7), new YearMonth(2024, 6));

        Assert.Equal("2023-12", AssessmentResultsFile.ReadPrevious(path, "Test Community Safety Partnership", "Test area", Prefix, current).Run.CurrentPeriod.Last);
    }
}
