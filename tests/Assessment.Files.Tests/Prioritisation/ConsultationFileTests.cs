using Assessment.Files.Configuration;
using Assessment.Files.Prioritisation;

namespace Assessment.Files.Tests.Prioritisation;

public sealed class ConsultationFileTests : IDisposable
{
    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    private string Error(string csv) =>
        Assert.Throws<ConfigurationException>(() => ConsultationFile.Read(folder.Write("survey.csv", csv))).Message;

    [Fact]
    public void Read_SampleExtract_IsSyntheticWithTwelveThemes()
    {
        var extract = ConsultationFile.Read(Path.Combine(RepositoryPaths.DataSamples, "consultation-synthetic.csv"));

        Assert.True(extract.IsSynthetic);
        Assert.Equal(12, extract.Responses.Count);
        Assert.All(extract.Responses, r => Assert.InRange(r.Share, 0, 1));
        Assert.Equal(("Anti-social behaviour", 2L), (extract.Responses[0].Theme, extract.Responses[0].Line));
    }

    [Fact]
    public void Read_ColumnsInAnyOrderWithFractionsAndPercentages_GivesFractionsAndLines()
    {
        var extract = ConsultationFile.Read(folder.Write("survey.csv", "Sample size,Theme,Share\n400,Burglary,0.25\n\n380,\"Drugs, dealing\",31%\n"));

        Assert.Equal([("Burglary", 0.25, 400L, 2L), ("Drugs, dealing", 0.31, 380L, 4L)], extract.Responses.Select(r => (r.Theme, Math.Round(r.Share, 10), r.SampleSize, r.Line)));
        Assert.Equal(2, extract.ThemeColumn);
        Assert.False(extract.IsSynthetic);
    }

    [Fact]
    public void Read_PercentColumn_ReadsWholeNumbersAsPercentages()
    {
        var extract = ConsultationFile.Read(folder.Write("survey.csv", "theme,share_percent,sample_size\nBurglary,25,400\n"));

        Assert.Equal(0.25, Assert.Single(extract.Responses).Share);
    }

    [Fact]
    public void Read_MissingColumn_ListsWhatIsMissingAndWhatWasFound() =>
        Assert.Equal($"{folder.Combine("survey.csv")}: the column sample_size is missing; expected theme, share and sample_size, found theme, share.",
            Error("theme,share\nBurglary,0.2\n"));

    [Theory]
    [InlineData("Burglary,1.4,400", "line 3, column 2 (share): the share for \u201cBurglary\u201d is 1.4, above 1")]
    [InlineData("Burglary,140%,400", "line 3, column 2 (share): the share for \u201cBurglary\u201d is 140%; a percentage cannot be above 100%.")]
    [InlineData("Burglary,-0.1,400", "line 3, column 2 (share): the share for \u201cBurglary\u201d is -0.1; a share cannot be negative.")]
    [InlineData("Burglary,lots,400", "line 3, column 2 (share): the share for \u201cBurglary\u201d is \u201clots\u201d")]
    [InlineData("Burglary,0.2,-5", "line 3, column 3 (sample_size): the sample size for \u201cBurglary\u201d is -5; it cannot be negative.")]
    [InlineData("Burglary,0.2,40.5", "line 3, column 3 (sample_size): the sample size for \u201cBurglary\u201d is \u201c40.5\u201d; expected a whole number")]
    [InlineData(",0.2,40", "line 3, column 1 (theme): the theme is blank.")]
    public void Read_BadValue_NamesFileLineAndColumn(string row, string expected) =>
        Assert.StartsWith($"{folder.Combine("survey.csv")}, {expected}", Error("theme,share,sample_size\nDrugs,0.3,400\n" + row + "\n"), StringComparison.Ordinal);

    [Fact]
    public void Read_HeaderOnly_IsRefused() =>
        Assert.EndsWith("no rows found after the header.", Error("theme,share,sample_size\n"), StringComparison.Ordinal);

    [Fact]
    public void Read_MissingFile_IsNamed() =>
        Assert.Contains("Consultation extract not found", Assert.Throws<ConfigurationException>(() => ConsultationFile.Read(folder.Combine("none.csv"))).Message, StringComparison.Ordinal);
}
