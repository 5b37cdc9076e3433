using Assessment.Core.Model;

namespace Assessment.Core.Tests.Model;

public sealed class ReportIdsTests
{
    [Theory]
    [InlineData("overview", true)]
    [InlineData("priority-asb-2", true)]
    [InlineData("", false)]
    [InlineData("2overview", false)]
    [InlineData("Overview", false)]
    [InlineData("double--hyphen", false)]
    [InlineData("trailing-", false)]
    [InlineData("with space", false)]
    public void IsValid_Id_FollowsTheRule(string id, bool expected) => Assert.Equal(expected, ReportIds.IsValid(id));

    [Theory]
    [InlineData("Night-time economy & violence", null, "night-time-economy-violence")]
    [InlineData("Disrupt anti-social behaviour", "priority", "priority-disrupt-anti-social-behaviour")]
    [InlineData("2025 review", null, "x-2025-review")]
    public void FromText_Text_GivesAValidSlug(string text, string? prefix, string expected)
    {
        var id = ReportIds.FromText(text, prefix);
        Assert.Equal(expected, id);
        Assert.True(ReportIds.IsValid(id));
    }

    [Fact]
    public void FromText_NoLettersOrDigits_Throws() => Assert.Throws<ArgumentException>(() => ReportIds.FromText("— & —"));
}
