using Assessment.Files.Configuration;

namespace Assessment.Cli.Tests;

public sealed class InitCommandTests : IDisposable
{
    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Init_OneDistrictPartnership_WritesAConfigurationThatLoads()
    {
        var (code, output) = await CliRunner.RunAsync(folder.Path, "init", "--district", "Dover", "--end-month", "2025-12");

        Assert.True(code == 0, output);
        var path = folder.Combine("dover.yaml");
        Assert.Contains($"Wrote {path}", output, StringComparison.Ordinal);
        Assert.Contains("kent (Kent) and btp (British Transport Police)", output, StringComparison.Ordinal);
        var settings = AssessmentConfigLoader.Load(path, new ConfigurationOverrides(), folder.Path);
        Assert.Equal("Dover Community Safety Partnership", settings.Partnership);
        Assert.Equal(["Dover "], settings.Area.LsoaNamePrefixes);
        Assert.Equal("2025-01..2025-12", settings.Period.Current.ToString());
    }

    [Fact]
    public async Task Init_MultiDistrictPartnership_HasOnePrefixPerDistrict()
    {
        var (code, output) = await CliRunner.RunAsync(folder.Path, "init", "--csp", "Dartford and Gravesham", "--out", "kent/dg.yaml");

        Assert.True(code == 0, output);
        var settings = AssessmentConfigLoader.Load(folder.Combine("kent", "dg.yaml"), new ConfigurationOverrides(), folder.Path);
        Assert.Equal(["Dartford ", "Gravesham "], settings.Area.LsoaNamePrefixes);
        Assert.Equal("Dartford and Gravesham", settings.Area.Name);
    }

    [Fact]
    public async Task Init_WelshPartnershipByWelshName_NamesItsForce()
    {
        var (code, output) = await CliRunner.RunAsync(folder.Path, "init", "--csp", "Ynys Môn");

        Assert.True(code == 0, output);
        var text = File.ReadAllText(folder.Combine("isle-of-anglesey.yaml"));
        Assert.Contains("(W14000001; Ynys Môn)", text, StringComparison.Ordinal);
        Assert.Contains("YYYY-MM-north-wales-street.csv", text, StringComparison.Ordinal);
        Assert.Equal(["Isle of Anglesey "], AssessmentConfigLoader.Load(folder.Combine("isle-of-anglesey.yaml"), new ConfigurationOverrides(), folder.Path).Area.LsoaNamePrefixes);
    }

    [Fact]
    public async Task Init_PartnershipByCode_IsTheSameAsByName()
    {
        var (byCode, _) = await CliRunner.RunAsync(folder.Path, "init", "--csp", "W14000023", "--out", "code.yaml", "--end-month", "2025-12");
        var (byName, _) = await CliRunner.RunAsync(folder.Path, "init", "--csp", "Cwm Taf", "--out", "name.yaml", "--end-month", "2025-12");

        Assert.Equal((0, 0), (byCode, byName));
        // Only the first lines (the command that wrote the file) differ.
        Assert.Equal(File.ReadAllLines(folder.Combine("name.yaml")).Skip(2), File.ReadAllLines(folder.Combine("code.yaml")).Skip(2));
        Assert.Contains("\"Merthyr Tydfil \"", File.ReadAllText(folder.Combine("code.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Init_UnknownName_ExitsTwoListingTheClosest()
    {
        var (code, output) = await CliRunner.RunAsync(folder.Path, "init", "--district", "Dovre");

        Assert.Equal(2, code);
        Assert.Contains("No district in England or Wales is called or coded \"Dovre\". Closest: Dover (in Dover)", output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public async Task Init_ExistingFile_IsNotReplacedWithoutForce()
    {
        var path = folder.Write("dover.yaml", "# mine\n");

        var (refused, output) = await CliRunner.RunAsync(folder.Path, "init", "--district", "Dover");

        Assert.Equal(2, refused);
        Assert.Contains($"{path} already exists; nothing was written", output, StringComparison.Ordinal);
        Assert.Equal("# mine\n", File.ReadAllText(path));

        var (forced, _) = await CliRunner.RunAsync(folder.Path, "init", "--district", "Dover", "--force");

        Assert.Equal(0, forced);
        Assert.Contains("lsoa_name_prefix:", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("--csp Dover --district Dover")]
    public async Task Init_NeitherOrBothOfCspAndDistrict_ExitsTwo(string options)
    {
        var (code, output) = await CliRunner.RunAsync(folder.Path, ["init", .. options.Split(' ', StringSplitOptions.RemoveEmptyEntries)]);

        Assert.Equal(2, code);
        Assert.Contains("give exactly one of --csp NAME_OR_CODE", output, StringComparison.Ordinal);
    }
}
