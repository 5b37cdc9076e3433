using Assessment.Core.Trends;
using Assessment.Files.Configuration;
using Assessment.Files.Trends;

namespace Assessment.Files.Tests.Trends;

public sealed class HarmWeightFileTests : IDisposable
{
    private static readonly string[] PoliceUkCategories =
    [
        "Anti-social behaviour", "Bicycle theft", "Burglary", "Criminal damage and arson", "Drugs", "Other crime", "Other theft",
        "Possession of weapons", "Public order", "Robbery", "Shoplifting", "Theft from the person", "Vehicle crime", "Violence and sexual offences",
    ];

    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Default_CoversTheFourteenPoliceUkCategoriesOnce() =>
        Assert.Equal(PoliceUkCategories, HarmWeightFile.Default.Weights.Select(w => w.Category).Order(StringComparer.Ordinal));

    [Fact]
    public void Default_EveryRowStatesItsBasisAndWhetherItWasChecked()
    {
        foreach (var row in HarmWeightFile.Default.Weights)
        {
            // Each source either declares itself an approximation or placeholder, says it is unweighted, or says it was not checked.
            Assert.True(
                new[] { "Approximation", "Placeholder", "Not weighted", "Not checked" }.Any(word => row.Source.Contains(word, StringComparison.Ordinal)),
                $"{row.Category}: the source does not say how reliable it is: {row.Source}");
        }

        Assert.Null(HarmWeightFile.Default.Find("anti-social behaviour")!.Weight);
    }

    [Fact]
    public void Default_IsTheBuiltInTableWithItsCitedWeights()
    {
        var table = HarmWeightFile.Default;

        Assert.Equal(HarmWeightOrigin.BuiltIn, table.Origin);
        Assert.Equal("Default indicative weights", table.Name);
        // Four years' custody for robbery, one year for burglary: the guideline starting points the sources cite.
        Assert.Equal(1460, table.Find("Robbery")!.Weight);
        Assert.Equal(365, table.Find("Burglary")!.Weight);
        Assert.Contains("(under £5,000)", table.Find("Criminal damage and arson")!.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_ReadAsAUserFile_GivesTheSameRows()
    {
        // The shipped file is an ordinary weight table: a copy passed with --harm-weights reads the same.
        var copy = Path.Combine(RepositoryPaths.Root, "pipeline", "Assessment.Files", "Trends", HarmWeightFile.DefaultFileName);

        var table = HarmWeightFile.Read(copy);

        Assert.Equal(HarmWeightFile.Default.Weights, table.Weights);
        Assert.Equal(HarmWeightOrigin.UserFile, table.Origin);
    }

    [Fact]
    public void Read_UserTable_KeepsWeightsSourcesAndBlankWeightsAsUnweighted()
    {
        var path = folder.Write("weights.csv",
            "category,weight,source\nBurglary,200,\"Local CCHI table, 2025\"\nAnti-social behaviour,,Not a crime\nShoplifting,2.5,\n");

        var table = HarmWeightFile.Read(path);

        Assert.Equal("weights.csv", table.Name);
        Assert.Equal(HarmWeightOrigin.UserFile, table.Origin);
        Assert.Equal(new HarmWeight("Burglary", 200, "Local CCHI table, 2025"), table.Find("burglary"));
        Assert.Null(table.Find("Anti-social behaviour")!.Weight);
        Assert.Equal("Supplied by the user in weights.csv, no source given.", table.Find("Shoplifting")!.Source);
        Assert.Equal(2.5, table.Find("Shoplifting")!.Weight);
    }

    [Fact]
    public void Read_CrlfBomAndSpacedHeaders_FindsTheColumnsByName()
    {
        var path = folder.Write("weights.csv", "\uFEFF Crime Type ,Weight,Source\r\nRobbery,365,\"Guideline, 2024\"\r\n");

        Assert.Equal(new HarmWeight("Robbery", 365, "Guideline, 2024"), HarmWeightFile.Read(path).Find("Robbery"));
    }

    [Fact]
    public void Read_MissingFile_SaysNotFound() =>
        Assert.Contains("Harm-weight file not found", Assert.Throws<ConfigurationException>(() => HarmWeightFile.Read(folder.Combine("none.csv"))).Message, StringComparison.Ordinal);

    [Fact]
    public void Read_HarmCsvWrittenByTheTool_ReadsBackItsWeights()
    {
        // harm.csv leads with category, weight and source and has more columns after them.
        var path = folder.Write("harm.csv", "category,weight,source,area,assessment_period_count\nRobbery,1460,Approximation,Canterbury,168\n");

        Assert.Equal(1460, HarmWeightFile.Read(path).Find("Robbery")!.Weight);
    }

    [Theory]
    [InlineData("category,weight,source\nBurglary,heavy,x\n", "line 2, column 2 (weight): the weight of \"Burglary\" is \"heavy\"")]
    [InlineData("category,weight,source\nBurglary,-1,x\n", "line 2, column 2 (weight): the weight of \"Burglary\" is \"-1\"; expected a number ≥ 0")]
    [InlineData("category,weight,source\nBurglary,1,x\nburglary,2,y\n", "line 3, column 1 (category): \"burglary\" appears more than once")]
    [InlineData("category,weight,source\n,1,x\n", "line 2, column 1 (category): the category is blank")]
    [InlineData("source,weight,category\n\"Two\nlines\",1,Burglary\nx,y,Robbery\n", "line 4, column 2 (weight): the weight of \"Robbery\" is \"y\"")]
    [InlineData("category,weight\nBurglary,1\nRob\"bery,2\n", "line 3: ")]
    [InlineData("", "the file is empty; it needs a header row")]
    [InlineData("crime,days\nBurglary,1\n", "expected the columns category, weight and source")]
    [InlineData("category,weight,source\n", "no weight rows found")]
    public void Read_BadTable_ThrowsNamingTheProblem(string text, string message)
    {
        var path = folder.Write("bad.csv", text);

        var ex = Assert.Throws<ConfigurationException>(() => HarmWeightFile.Read(path));
        Assert.StartsWith(path, ex.Message, StringComparison.Ordinal);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }
}
