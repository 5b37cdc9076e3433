using Assessment.Architecture.Tests.Fixtures;
using Assessment.Architecture.Tests.Rules;

namespace Assessment.Architecture.Tests;

public sealed class ReportSentenceTests
{
    [Fact]
    public void CoreAnalysis_BuildsNoReportSentences()
    {
        using var core = CoreAssembly.Open();

        var violations = ReportSentenceRule.Check(core).Where(v => !PendingWording.NotReportText.ContainsKey(v.Type)).ToArray();

        Assert.True(violations.Length == 0, Violation.Report("Analysis code builds report sentences; move the wording to Assessment.Core.Reporting", violations));
    }

    [Fact]
    public void NotReportText_ListsOnlyTypesThatStillBuildSuchText()
    {
        using var core = CoreAssembly.Open();
        var offending = ReportSentenceRule.Check(core).Select(v => v.Type).ToHashSet(StringComparer.Ordinal);

        var done = PendingWording.NotReportText.Keys.Where(t => !offending.Contains(t)).ToArray();

        Assert.True(done.Length == 0, $"No longer build text the sentence rule finds, so take them off PendingWording.NotReportText: {string.Join(", ", done)}");
    }

    [Fact]
    public void Check_SentencesInAnalysisCode_AreFoundWithFileLineAndType()
    {
        using var fixture = FixtureCompiler.Inspect("Assessment.Core", new Dictionary<string, string>
        {
            ["Trends/Chatty.cs"] = """
                namespace Assessment.Core.Trends;
                public static class Chatty
                {
                    public const string Caveat = "These figures are provisional until the year closes.";
                    public static string Plain() => "Burglary was broadly stable over the year.";
                    public static string Built(int n, string type) =>
                        $"{type} rose by {n} in the months compared; the increase is significant.";
                    public static string Joined(string a, string b) => a + " fell in the period, " + b + " rose.";
                    public static string Label() => "All crime and ASB";
                    public static void Guard(int n)
                    {
                        if (n < 0) throw new System.ArgumentOutOfRangeException(nameof(n), n, "The count of months must not be negative.");
                        if (n > 99) throw new System.InvalidOperationException($"There are {n} months, more than the analysis can take.");
                        System.ArgumentException.ThrowIfNullOrEmpty(n > 50 ? null : "x", "the name of the thing checked");
                        if (n == 7) throw new System.ArgumentException(System.FormattableString.Invariant($"The value {n} is not allowed for this argument."), nameof(n));
                    }
                }
                """,
            ["Reporting/Words.cs"] = """
                namespace Assessment.Core.Reporting;
                public static class Words
                {
                    public static string Sentence() => "Burglary was broadly stable over the year.";
                }
                """,
        });

        var violations = ReportSentenceRule.Check(fixture);

        Assert.All(violations, v => Assert.Equal("Assessment.Core.Trends.Chatty", v.Type));
        Assert.Equal(
        [
            "Trends/Chatty.cs(5): builds \"Burglary was broadly stable over the year.\"",
            "Trends/Chatty.cs(7): builds \"{…} rose by {…} in the months compared; the increase is significant.\"",
            "Trends/Chatty.cs(8): builds \" fell in the period, {…} rose.\"",
            "Trends/Chatty.cs: constant Caveat = \"These figures are provisional until the year closes.\"",
        ], violations.Select(v => $"{v.Location}: {v.Detail}").Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("All crime and ASB", 4)]
    [InlineData("St George's Lane, Canterbury's north-east", 5)]
    [InlineData("{…} rose by {…}", 2)]
    [InlineData("Clark–Evans needs at least two events.", 6)]
    public void Words_CountsRunsOfLetters(string text, int expected) => Assert.Equal(expected, ReportSentenceRule.Words(text));
}
