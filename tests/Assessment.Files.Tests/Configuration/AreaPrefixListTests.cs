using Assessment.Core.Configuration;
using Assessment.Files.Configuration;

namespace Assessment.Files.Tests.Configuration;

public sealed class AreaPrefixListTests : IDisposable
{
    private const string Rest = "period:\n  end_month: 2025-12\ninputs:\n  police_uk: [in]\n";

    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Load_PrefixList_KeepsEveryPrefixInOrder()
    {
        var path = folder.Write("dg.yaml", "area:\n  name: Dartford and Gravesham\n  lsoa_name_prefix:\n    - \"Dartford \"\n    - \"Gravesham \"\n" + Rest);

        var area = AssessmentConfigLoader.Load(path, new ConfigurationOverrides(), folder.Path).Area;

        Assert.Equal(AreaKind.LsoaNamePrefix, area.Kind);
        Assert.Equal(["Dartford ", "Gravesham "], area.LsoaNamePrefixes);
    }

    [Fact]
    public void Load_FlowPrefixList_IsTheSameAsABlockList()
    {
        var path = folder.Write("flow.yaml", "area:\n  name: DG\n  lsoa_name_prefix: [\"Dartford \", \"Gravesham \"]\n" + Rest);

        Assert.Equal(["Dartford ", "Gravesham "], AssessmentConfigLoader.Load(path, new ConfigurationOverrides(), folder.Path).Area.LsoaNamePrefixes);
    }

    [Fact]
    public void Load_SinglePrefixString_StillWorks()
    {
        var path = folder.Write("one.yaml", "area:\n  name: Dover\n  lsoa_name_prefix: \"Dover \"\n" + Rest);

        Assert.Equal(["Dover "], AssessmentConfigLoader.Load(path, new ConfigurationOverrides(), folder.Path).Area.LsoaNamePrefixes);
    }

    [Theory]
    [InlineData("  lsoa_name_prefix: []\n", "line 3", "the list is empty")]
    [InlineData("  lsoa_name_prefix: [\"Dover \", [x]]\n", "line 3", "expected a string in this list")]
    [InlineData("  lsoa_name_prefix: {a: b}\n", "line 3", "expected a string or a list of strings")]
    [InlineData("  lsoa_name_prefix: \"\"\n", "area.lsoa_name_prefix has an empty prefix", "e.g. \"Dover \"")]
    public void Load_BadPrefixValue_IsAnErrorNamingTheFile(string line, string where, string reason)
    {
        var path = folder.Write("bad.yaml", "area:\n  name: X\n" + line + Rest);

        var ex = Assert.Throws<ConfigurationException>(() => AssessmentConfigLoader.Load(path, new ConfigurationOverrides(), folder.Path));

        Assert.StartsWith(path, ex.Message, StringComparison.Ordinal);
        Assert.Contains(where, ex.Message, StringComparison.Ordinal);
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
    }
}
