using Assessment.Core.Partners;

namespace Assessment.Core.Tests.Partners;

public sealed class PoliceForceNameTests
{
    [Theory]
    [InlineData(" Kent 4", "Kent")]
    [InlineData(" Hampshire  ", "Hampshire")]
    [InlineData("London, City of", "City of London")]
    [InlineData("Dyfed-Powys", "Dyfed-Powys")]
    [InlineData("Avon &  Somerset", "Avon & Somerset")]
    public void Clean_TrimsFootnotesAndReordersTheCity(string raw, string expected) => Assert.Equal(expected, PoliceForceName.Clean(raw));

    [Theory]
    [InlineData("Kent Police", "Kent")]
    [InlineData("Avon & Somerset", "Avon and Somerset Constabulary")]
    [InlineData("Metropolitan Police Service", "Metropolitan Police")]
    [InlineData(" London, City of ", "City of London Police")]
    public void Same_AcceptsEverySpellingOfOneForce(string a, string b) => Assert.True(PoliceForceName.Same(a, b));

    [Theory]
    [InlineData("Kent", "Essex")]
    [InlineData("North Yorkshire", "South Yorkshire")]
    public void Same_TellsForcesApart(string a, string b) => Assert.False(PoliceForceName.Same(a, b));
}
