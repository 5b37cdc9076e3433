using Assessment.Core.Reporting.Sections;
using Assessment.Core.Trends;

namespace Assessment.Core.Tests.Reporting.Sections;

public sealed class HarmWeightWordingTests
{
    private static readonly HarmWeight[] Rows = [new("Burglary", 365, "Guideline starting point, 2024")];

    [Fact]
    public void Description_UserFile_NamesTheFileAndLeavesTheSourcesToIt() =>
        Assert.Equal("Harm weights supplied by the user in local.csv; the sources are as that file states them.",
            HarmWeightWording.Description(new HarmWeightTable("local.csv", HarmWeightOrigin.UserFile, Rows)));

    [Fact]
    public void Description_BuiltIn_GivesTheMethodAndHowToSupplyAnotherTable()
    {
        var text = HarmWeightWording.Description(new HarmWeightTable("Default indicative weights", HarmWeightOrigin.BuiltIn, Rows));

        Assert.Contains("Sentencing Council guideline starting point", text, StringComparison.Ordinal);
        Assert.Contains("(low, medium and high = 8, 15 and 30 days)", text, StringComparison.Ordinal);
        Assert.EndsWith("Supply your own table (CSV: category,weight,source) with harm_weights: in the configuration.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Description_UnknownOrigin_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => HarmWeightWording.Description(new HarmWeightTable("t", (HarmWeightOrigin)9, Rows)));

    [Theory]
    [InlineData(HarmWeightOrigin.BuiltIn, "not been checked against the current guidelines")]
    [InlineData(HarmWeightOrigin.UserFile, "The weights are those of local.csv; this report cannot check them.")]
    public void Status_EitherOrigin_SaysWhyTheRankingIsIndicativeAndKeptOutOfTheSummary(HarmWeightOrigin origin, string why)
    {
        var text = HarmWeightWording.Status(new HarmWeightTable("local.csv", origin, Rows));

        Assert.Contains(why, text, StringComparison.Ordinal);
        Assert.EndsWith("The harm ranking is therefore indicative: it is shown only in this section, not in the executive summary or the key facts.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Status_BuiltIn_SaysWhyTheOnsWeightsCannotSimplyBeUsed() =>
        Assert.Contains("publishes its weights per Home Office offence, not per police.uk category",
            HarmWeightWording.Status(new HarmWeightTable("Default indicative weights", HarmWeightOrigin.BuiltIn, Rows)), StringComparison.Ordinal);

    [Fact]
    public void Status_UnknownOrigin_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => HarmWeightWording.Status(new HarmWeightTable("t", (HarmWeightOrigin)9, Rows)));

    [Fact]
    public void Source_CategoryInTheTable_IsTheTablesOwnText() =>
        Assert.Equal("Guideline starting point, 2024",
            HarmWeightWording.Source(new HarmFinding("Burglary", 365, "Guideline starting point, 2024", 2, 1, 2, 1, 1), new HarmWeightTable("local.csv", HarmWeightOrigin.UserFile, Rows)));

    [Fact]
    public void Source_CategoryMissingFromTheTable_SaysSoAndNamesTheTable() =>
        Assert.Equal("Not in the harm-weight table (local.csv): left out of harm totals.",
            HarmWeightWording.Source(new HarmFinding("Drugs", null, null, 3, 0, 3, 2, null), new HarmWeightTable("local.csv", HarmWeightOrigin.UserFile, Rows)));
}
