using Assessment.Core.Geography;
using Assessment.Core.Reporting.Sections;

namespace Assessment.Core.Tests.Geography;

public sealed class LsoaNamePrefixAreaTests
{
    [Fact]
    public void Describe_OnePrefix_QuotesIt() =>
        Assert.Equal("LSOA name starts with \"Dover \"", AreaDefinitionWording.Describe(new LsoaNamePrefixArea("Dover", "Dover ")));

    [Fact]
    public void Describe_SeveralPrefixes_ListsEachOnceInOrder()
    {
        var area = new LsoaNamePrefixArea("Dartford and Gravesham", ["Dartford ", "Gravesham ", "Dartford "]);

        Assert.Equal(["Dartford ", "Gravesham "], area.Prefixes);
        Assert.Equal("LSOA name starts with any of \"Dartford \", \"Gravesham \"", AreaDefinitionWording.Describe(area));
    }

    [Fact]
    public void Constructor_NoOrEmptyPrefix_Throws()
    {
        Assert.Throws<ArgumentException>(() => new LsoaNamePrefixArea("X", Array.Empty<string>()));
        Assert.Throws<ArgumentException>(() => new LsoaNamePrefixArea("X", ["X ", ""]));
        Assert.Throws<ArgumentException>(() => new LsoaNamePrefixArea("X", ""));
    }
}
