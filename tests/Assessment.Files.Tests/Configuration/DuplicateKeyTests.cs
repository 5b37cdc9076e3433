using Assessment.Files.Configuration;

namespace Assessment.Files.Tests.Configuration;

public sealed class DuplicateKeyTests : IDisposable
{
    private const string Rest = "area:\n  name: X\n  lsoa_name_prefix: \"X \"\nperiod:\n  end_month: 2025-12\ninputs:\n  police_uk: [in]\n";

    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Load_TopLevelKeyTwice_NamesTheFileTheKeyAndBothLines()
    {
        var path = folder.Write("twice.yaml", "classification: OFFICIAL-SENSITIVE\n" + Rest + "classification: OFFICIAL\n");

        var ex = Assert.Throws<ConfigurationException>(() => AssessmentConfigLoader.Load(path, new ConfigurationOverrides(), folder.Path));

        Assert.StartsWith($"{path}, lines 1 and 9:", ex.Message, StringComparison.Ordinal);
        Assert.Contains("\"classification\"", ex.Message, StringComparison.Ordinal);
        Assert.Contains("at the top level", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NestedKeyTwice_NamesWhereItSits()
    {
        var path = folder.Write("nested.yaml", Rest.Replace("  name: X\n", "  name: X\n  name: Y\n", StringComparison.Ordinal));

        var ex = Assert.Throws<ConfigurationException>(() => AssessmentConfigLoader.Load(path, new ConfigurationOverrides(), folder.Path));

        Assert.StartsWith($"{path}, lines 2 and 3:", ex.Message, StringComparison.Ordinal);
        Assert.Contains("\"name\" is given twice under area", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ThemeListedTwice_IsRefusedRatherThanMerged()
    {
        var path = folder.Write("themes.yaml", Rest + "themes:\n  Violence: [Public order]\n  Drugs: [Drugs]\n  Violence: [Robbery]\n");

        var ex = Assert.Throws<ConfigurationException>(() => AssessmentConfigLoader.Load(path, new ConfigurationOverrides(), folder.Path));

        Assert.Contains("lines 9 and 11", ex.Message, StringComparison.Ordinal);
        Assert.Contains("under themes", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_KeyTwiceInAMappingInsideAList_IsFound()
    {
        var ex = Assert.Throws<ConfigurationException>(() => YamlDuplicateKeys.Check("a:\n  b:\n    - x: 1\n      y: 2\n      x: 3\n", "f.yaml"));

        Assert.Equal("f.yaml, lines 3 and 5: the key \"x\" is given twice under a.b[]. YAML would silently keep only the second; remove the one you don't mean.", ex.Message);
    }

    [Fact]
    public void Check_SameKeyInSiblingMappingsAndListItems_IsAllowed()
    {
        // Each mapping has its own keys: these repeat only across mappings, never within one.
        YamlDuplicateKeys.Check("a:\n  name: 1\nb:\n  name: 2\nc:\n  - name: 3\n  - name: 4\nd: {name: 5, e: {name: 6}}\n", "f.yaml");

        var path = folder.Write("ok.yaml", Rest + "boundaries:\n  lsoa: l.geojson\n  wards: w.geojson\n");
        Assert.Equal("X", AssessmentConfigLoader.Load(path, new ConfigurationOverrides(), folder.Path).Area.Name);
    }

}
