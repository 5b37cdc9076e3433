using Assessment.Core.Partners;

namespace Assessment.Core.Tests.Partners;

public sealed class SyntheticExtractTests
{
    [Theory]
    [InlineData("reoffending-synthetic.csv", true)]
    [InlineData("data-samples/NDTMS-Treatment-SYNTHETIC.csv", true)]
    [InlineData("proven-reoffending-la.csv", false)]
    [InlineData("synthesis.csv", false)]
    public void IsNamed_IsTrueOnlyWhenTheNameSaysSynthetic(string name, bool expected)
    {
        Assert.Equal(expected, SyntheticExtract.IsNamed(name));
    }
}
