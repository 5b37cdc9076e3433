using System.Globalization;
using System.Text.RegularExpressions;

namespace Assessment.Cli.Tests;

/// <summary>
/// An area that matches no loaded row stops <c>run</c> and <c>validate</c> with the prefixes that do occur; a district
/// renamed between vintages (Shepway, now Folkestone and Hythe) is matched under either name, with a note.
/// </summary>
public sealed partial class AreaMatchTests : IDisposable
{
    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    private string Config(string prefix, string input, int months = 12) =>
        TestConfiguration.Write(folder, $"lsoa_name_prefix: \"{prefix}\"", input, months: months);

    [Theory]
    [InlineData("validate")]
    [InlineData("run")]
    public async Task Typo_StopsWithExitCode2_ListingTheNearestPrefixFirst(string command)
    {
        var config = Config("Canterbry ", Path.Combine(RepositoryPaths.DataSamples, "policeuk"));
        // Independently: rows per LSOA-name prefix in the sample's CSV text (ninth column, code "NNNX" cut off).
        var prefixes = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.DataSamples, "policeuk"), "*-street.csv", SearchOption.AllDirectories)
            .SelectMany(p => File.ReadLines(p).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')[8]))
            .Where(n => n.Length > 0).GroupBy(n => LsoaCode().Replace(n, "")).ToDictionary(g => g.Key, g => g.Count());

        var (code, output) = await CliRunner.RunAsync(folder.Path, command, "--config", config);

        Assert.Equal(2, code);
        var text = Flat(output);
        Assert.Contains("No loaded row is in the area Test area (LSOA name starts with \"Canterbry \")", text, StringComparison.Ordinal);
        var listed = ListedPrefix().Matches(text.Split("nearest to the prefix asked first):")[1]).Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToArray();
        Assert.Equal("Canterbury ", listed[0].Item1);
        Assert.Equal(prefixes["Canterbury "].ToString("N0", CultureInfo.InvariantCulture), listed[0].Item2);
        Assert.False(File.Exists(folder.Combine("out", "tables", "counts_by_month.csv")));
    }

    [Fact]
    public async Task RenamedDistrict_DataUnderTheFormerName_IsMatchedWithANote()
    {
        // Real Folkestone and Hythe rows of two months, their LSOA names rewritten to the district's former name.
        var input = folder.Combine("policeuk");
        var renamed = 0;
        foreach (var month in new[] { "2025-11", "2025-12" })
        {
            var source = Path.Combine(RepositoryPaths.SharedData, "policeuk", "kent", month, $"{month}-kent-street.csv");
            var lines = File.ReadAllLines(source);
            var kept = lines.Skip(1).Where(l => l.Contains(",Folkestone and Hythe ", StringComparison.Ordinal)).ToArray();
            renamed += kept.Length;
            Directory.CreateDirectory(Path.Combine(input, month));
            File.WriteAllLines(Path.Combine(input, month, $"{month}-kent-street.csv"),
                [lines[0], .. kept.Select(l => l.Replace(",Folkestone and Hythe ", ",Shepway ", StringComparison.Ordinal))]);
        }
        Assert.True(renamed > 100, $"{renamed} rows");
        var config = Config("Folkestone and Hythe ", input, months: 1);

        var (code, output) = await CliRunner.RunAsync(folder.Path, "run", "--config", config);

        Assert.True(code == 0, output);
        var text = Flat(output);
        var note = $"LSOA names in the data use \"Shepway\", a former name of Folkestone and Hythe (district E07000112): its {renamed:N0} rows with LSOA names starting \"Shepway \" are counted in Test area";
        Assert.Contains(note, text, StringComparison.Ordinal);
        var counted = File.ReadLines(folder.Combine("out", "tables", "counts_by_month.csv")).Skip(1).Sum(l => long.Parse(l.Split(',')[^1], CultureInfo.InvariantCulture));
        Assert.Equal(renamed, counted);
        var html = File.ReadAllText(folder.Combine("out", "strategic-assessment.html"));
        Assert.Contains("How the area was matched", html, StringComparison.Ordinal);
        Assert.Contains("a former name of Folkestone and Hythe", html, StringComparison.Ordinal);
    }

    private static string Flat(string output) => WhiteSpace().Replace(output, " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"[0-9]{3}[A-Z]$")]
    private static partial Regex LsoaCode();

    [GeneratedRegex("\"([^\"]*)\" \\(([0-9,]+) rows\\)")]
    private static partial Regex ListedPrefix();
}
