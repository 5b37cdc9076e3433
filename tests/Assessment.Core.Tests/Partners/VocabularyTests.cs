using Assessment.Core.Partners;

namespace Assessment.Core.Tests.Partners;

public sealed class VocabularyTests
{
    [Theory]
    [InlineData("Fly-tipping", "Fly-tipping")]
    [InlineData("fly tipping", "Fly-tipping")]
    [InlineData("  FLY_TIPPING ", "Fly-tipping")]
    [InlineData("flytipping", "Fly-tipping")]
    [InlineData("Noise nuisance", "Noise")]
    [InlineData("neighbour  dispute", "Neighbour dispute")]
    [InlineData("Vehicle nuisance", "Vehicle nuisance")]
    public void Resolve_IgnoresCaseSpacesAndHyphensAndKnowsAliases(string text, string expected) =>
        Assert.Equal(expected, AsbCaseVocabularies.Categories.Resolve(text));

    [Theory]
    [InlineData("noisy")]
    [InlineData("graffitti")]
    [InlineData("")]
    public void Resolve_UnknownText_IsNull(string text) => Assert.Null(AsbCaseVocabularies.Categories.Resolve(text));

    [Theory]
    [InlineData("Canterbury City Council", "Council")]
    [InlineData("Kent Police", "Police")]
    [InlineData("housing association", "Housing association")]
    public void ResolveNamed_FindsTheOneAgencyNamedInTheText(string text, string expected) =>
        Assert.Equal(expected, AsbCaseVocabularies.Agencies.ResolveNamed(text));

    [Fact]
    public void ResolveNamed_TextNamingTwoAgencies_IsNull() =>
        Assert.Null(AsbCaseVocabularies.Agencies.ResolveNamed("Police and council joint case"));

    [Theory]
    [InlineData("Graffiti", "Tackle\u00a0graffiti", true)]
    [InlineData("Fly-tipping", "Support intervention by police in waste crimes", true)]
    [InlineData("Noise", "Tackle graffiti", false)]
    [InlineData("Begging", "Offer bystander training", false)]
    public void IsNamedIn_MatchesWholeWordsIncludingAliasesAndNoBreakSpaces(string category, string text, bool expected) =>
        Assert.Equal(expected, AsbCaseVocabularies.Categories.IsNamedIn(category, text));
}
