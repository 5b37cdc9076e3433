using Assessment.Architecture.Tests.Fixtures;
using Assessment.Architecture.Tests.Rules;

namespace Assessment.Architecture.Tests;

public sealed class NamespaceCycleTests
{
    [Fact]
    public void Core_AreasDependOnEachOtherWithoutCycles()
    {
        using var core = CoreAssembly.Open();

        var violations = NamespaceCycleRule.Check(core, CoreAssembly.RootNamespace);

        Assert.True(violations.Count == 0, Violation.Report("Areas of Assessment.Core depend on each other in a cycle", violations));
    }

    [Fact]
    public void Check_TwoCycles_AreEachReportedWithTheTypesOfEveryEdge()
    {
        using var fixture = FixtureCompiler.Inspect("Assessment.Core", new Dictionary<string, string>
        {
            ["Trends/Finding.cs"] = "namespace Assessment.Core.Trends; public sealed record Finding(int Count) { public string Text => Assessment.Core.Reporting.Numbers.Format(Count); }",
            ["Reporting/Numbers.cs"] = "namespace Assessment.Core.Reporting; public static class Numbers { public static string Format(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture); }",
            ["Reporting/Sections/TrendSection.cs"] = "namespace Assessment.Core.Reporting.Sections; public static class TrendSection { public static string Of(Assessment.Core.Trends.Finding f) => f.Text; }",
            ["Hotspots/Hotspot.cs"] = "namespace Assessment.Core.Hotspots; public sealed class Hotspot { public Assessment.Core.Spatial.Cell? Cell { get; init; } }",
            ["Spatial/Cell.cs"] = "namespace Assessment.Core.Spatial; public sealed class Cell { public Assessment.Core.Hotspots.Hotspot? Owner { get; init; } }",
            ["Model/Month.cs"] = "namespace Assessment.Core.Model; public sealed record Month(int Index);",
            ["Statistics/Test.cs"] = "namespace Assessment.Core.Statistics; public static class Test { public static int Of(Assessment.Core.Model.Month m) => m.Index; }",
        });

        var violations = NamespaceCycleRule.Check(fixture, "Assessment.Core").OrderBy(v => v.Detail, StringComparer.Ordinal).ToArray();

        Assert.Equal(2, violations.Length);
        Assert.Equal("Assessment.Core.Hotspots.Hotspot", violations[0].Type);
        Assert.Equal("Hotspots/Hotspot.cs", violations[0].Location);
        Assert.Equal(
            "cycle Assessment.Core.Hotspots → Assessment.Core.Spatial → Assessment.Core.Hotspots" +
            $"{Environment.NewLine}      Assessment.Core.Hotspots → Assessment.Core.Spatial: Assessment.Core.Hotspots.Hotspot → Assessment.Core.Spatial.Cell (Hotspots/Hotspot.cs)" +
            $"{Environment.NewLine}      Assessment.Core.Spatial → Assessment.Core.Hotspots: Assessment.Core.Spatial.Cell → Assessment.Core.Hotspots.Hotspot (Spatial/Cell.cs)",
            violations[0].Detail);
        Assert.Equal("Assessment.Core.Reporting.Sections.TrendSection", violations[1].Type);
        Assert.Equal("Reporting/Sections/TrendSection.cs", violations[1].Location);
        Assert.Contains("Assessment.Core.Reporting → Assessment.Core.Trends: Assessment.Core.Reporting.Sections.TrendSection → Assessment.Core.Trends.Finding", violations[1].Detail, StringComparison.Ordinal);
        Assert.Contains("Assessment.Core.Trends → Assessment.Core.Reporting: Assessment.Core.Trends.Finding → Assessment.Core.Reporting.Numbers (Trends/Finding.cs)", violations[1].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Cycles_ThreeAreasInARing_IsOneCycleInOrder()
    {
        using var fixture = FixtureCompiler.Inspect("Assessment.Core", new Dictionary<string, string>
        {
            ["A/X.cs"] = "namespace Assessment.Core.A; public sealed class X { public Assessment.Core.B.Y? Next { get; init; } }",
            ["B/Y.cs"] = "namespace Assessment.Core.B; public sealed class Y { public Assessment.Core.C.Z? Next { get; init; } }",
            ["C/Z.cs"] = "namespace Assessment.Core.C; public sealed class Z { public Assessment.Core.A.X? Next { get; init; } }",
        });

        var cycle = Assert.Single(NamespaceGraph.Build(fixture, "Assessment.Core").Cycles());

        Assert.Equal(["Assessment.Core.A", "Assessment.Core.B", "Assessment.Core.C"], cycle);
    }
}
