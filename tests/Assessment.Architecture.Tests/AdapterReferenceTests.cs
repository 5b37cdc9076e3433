using Assessment.Architecture.Tests.Fixtures;
using Assessment.Architecture.Tests.Rules;

namespace Assessment.Architecture.Tests;

public sealed class AdapterReferenceTests
{
    [Fact]
    public void Core_ProjectFile_ReferencesNoAdapter()
    {
        var violations = AdapterReferenceRule.CheckProject(Path.Combine(RepositoryPaths.Root, CoreAssembly.ProjectFile), CoreAssembly.ProjectFile);

        Assert.True(violations.Count == 0, Violation.Report("Assessment.Core's project references an adapter", violations));
    }

    [Fact]
    public void Core_Assembly_UsesNoAdapterType()
    {
        using var core = CoreAssembly.Open();

        var violations = AdapterReferenceRule.CheckAssembly(core);

        Assert.True(violations.Count == 0, Violation.Report("Assessment.Core uses adapter types", violations));
    }

    [Fact]
    public void CheckAssembly_CoreCallingTheStore_NamesTheFileLineAndType()
    {
        var storage = FixtureCompiler.Compile("Assessment.Storage", new Dictionary<string, string>
        {
            ["Store/RowStore.cs"] = "namespace Assessment.Storage.Store; public static class RowStore { public static int Count() => 1; }",
        });
        using var core = FixtureCompiler.Inspect("Assessment.Core", new Dictionary<string, string>
        {
            ["Trends/Clean.cs"] = "namespace Assessment.Core.Trends; public static class Clean { public static int One() => 1; }",
            ["Trends/Leaky.cs"] = """
                namespace Assessment.Core.Trends;
                public static class Leaky
                {
                    public static int Rows() =>
                        Assessment.Storage.Store.RowStore.Count();
                }
                """,
        }, storage.Image);

        var violation = Assert.Single(AdapterReferenceRule.CheckAssembly(core));

        Assert.Equal("Trends/Leaky.cs(5)", violation.Location);
        Assert.Equal("Assessment.Core.Trends.Leaky", violation.Type);
        Assert.Equal("uses Assessment.Storage.Store.RowStore from the adapter Assessment.Storage", violation.Detail);
    }

    [Fact]
    public void CheckProject_ProjectReferenceToAnAdapter_IsReported()
    {
        using var folder = new TemporaryDirectory();
        var project = folder.Write("Assessment.Core.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup>
                <ProjectReference Include="..\Assessment.Files\Assessment.Files.csproj" />
                <PackageReference Include="MathNet.Numerics" />
              </ItemGroup>
            </Project>
            """);

        var violation = Assert.Single(AdapterReferenceRule.CheckProject(project, "Assessment.Core.csproj"));

        Assert.Equal(@"Assessment.Core.csproj: (project): ProjectReference to the adapter ..\Assessment.Files\Assessment.Files.csproj", violation.ToString());
    }
}
