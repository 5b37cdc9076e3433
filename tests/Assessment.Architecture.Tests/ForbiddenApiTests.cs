using Assessment.Architecture.Tests.Fixtures;
using Assessment.Architecture.Tests.Rules;

namespace Assessment.Architecture.Tests;

public sealed class ForbiddenApiTests
{
    [Fact]
    public void Core_DoesNoIoAndReadsNoClock()
    {
        using var core = CoreAssembly.Open();

        var violations = ForbiddenApiRule.Check(core);

        Assert.True(violations.Count == 0, Violation.Report("Assessment.Core uses I/O, the console, processes, the network or the clock", violations));
    }

    [Fact]
    public void Check_HiddenBehindAliasesAndFullNames_FindsEveryUse()
    {
        using var fixture = FixtureCompiler.Inspect("Assessment.Core", new Dictionary<string, string>
        {
            ["Model/Sneaky.cs"] = """
                using Clock = System.DateTime;
                using Out = System.Console;
                namespace Assessment.Core.Model;
                public sealed class Sneaky
                {
                    private global::System.IO.Stream? stream;
                    public System.IO.Stream? Stream => stream;
                    public static Clock Now() => Clock.Now;
                    public static System.DateTimeOffset Utc() => System.DateTimeOffset.UtcNow;
                    public static string Read() => global::System.IO.File.ReadAllText("x");
                    public static void Say() => Out.WriteLine("x");
                    public static long Ticks() => System.Environment.TickCount64;
                    public static System.TimeProvider Provider() => System.TimeProvider.System;
                    public static object Timer() => System.Diagnostics.Stopwatch.StartNew();
                    public static object Start() => System.Diagnostics.Process.Start("x")!;
                    public static object Web() => new System.Net.Http.HttpClient();
                }
                """,
        });

        var violations = ForbiddenApiRule.Check(fixture);

        Assert.All(violations, v => Assert.Equal("Assessment.Core.Model.Sneaky", v.Type));
        Assert.All(violations, v => Assert.StartsWith("Model/Sneaky.cs", v.Location, StringComparison.Ordinal));
        string[] expected =
        [
            "uses System.IO.Stream", "uses System.DateTime.Now", "uses System.DateTimeOffset.UtcNow", "uses System.IO.File",
            "uses System.Console", "uses System.Environment.TickCount64", "uses System.TimeProvider.System",
            "uses System.Diagnostics.Stopwatch", "uses System.Diagnostics.Process", "uses System.Net.Http.HttpClient",
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), violations.Select(v => v.Detail).Order(StringComparer.Ordinal));
        Assert.Contains(violations, v => v is { Detail: "uses System.DateTime.Now", Location: "Model/Sneaky.cs(8)" });
    }

    [Fact]
    public void Check_DatesWithoutTheClock_AreAllowed()
    {
        using var fixture = FixtureCompiler.Inspect("Assessment.Core", new Dictionary<string, string>
        {
            ["Model/Calendar.cs"] = """
                namespace Assessment.Core.Model;
                public static class Calendar
                {
                    public static System.DateTime Parse(string s) => System.DateTime.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
                    public static System.DateOnly Next(System.DateOnly d) => d.AddDays(1);
                    public static System.TimeSpan Span(System.DateTime a, System.DateTime b) => b - a;
                    public static string Text(object o) => new System.Text.StringBuilder().Append(o).ToString();
                }
                """,
        });

        Assert.Empty(ForbiddenApiRule.Check(fixture));
    }
}
