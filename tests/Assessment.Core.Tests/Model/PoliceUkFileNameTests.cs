using Assessment.Core.Model;

namespace Assessment.Core.Tests.Model;

public sealed class PoliceUkFileNameTests
{
    [Theory]
    [InlineData("2025-01-kent-street.csv", "kent", "2025-01")]
    [InlineData("2024-03-btp-street.csv", "btp", "2024-03")]
    [InlineData("2025-12-avon-and-somerset-street.csv", "avon-and-somerset", "2025-12")] // force slugs contain hyphens
    [InlineData("2025-12-Metropolitan-street.csv", "metropolitan", "2025-12")]           // slug normalised to lower case
    public void TryParse_StreetFile_ReadsForceAndMonth(string fileName, string force, string month)
    {
        Assert.True(PoliceUkFileName.TryParse(fileName, out var parsed));
        Assert.Equal(force, parsed!.Force);
        Assert.Equal(month, parsed.Month.ToString());
    }

    [Theory]
    [InlineData("2025-01-kent-outcomes.csv")]
    [InlineData("2025-01-kent-stop-and-search.csv")]
    [InlineData("2025-13-kent-street.csv")]
    [InlineData("kent-street.csv")]
    [InlineData("2025-01-kent-street.csv.zip")]
    public void TryParse_OtherFiles_ReturnsFalse(string fileName)
    {
        Assert.False(PoliceUkFileName.TryParse(fileName, out _));
    }
}
