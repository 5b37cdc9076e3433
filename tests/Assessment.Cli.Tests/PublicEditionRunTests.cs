using System.Text.RegularExpressions;
using Assessment.Core.Disclosure;
using Assessment.Core.Reporting;
using Assessment.Files.Output;

namespace Assessment.Cli.Tests;

/// <summary>One run of the sample in the public edition, checked by the validate scan and by reading its files.</summary>
public sealed partial class PublicEditionRunTests : IClassFixture<PublicEditionRunTests.PublicRun>
{
    private readonly PublicRun run;

    public PublicEditionRunTests(PublicRun run) => this.run = run;

    [Fact]
    public void PublicRun_Succeeds_AndIsMarkedOfficial()
    {
        Assert.True(run.ExitCode is 0 or 1, run.Output);
        Assert.Contains("Protective marking: <strong>OFFICIAL</strong>", run.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("OFFICIAL-SENSITIVE", run.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void PublicRun_PassesTheValidateScan()
    {
        Assert.True(run.ScanExitCode == 0, run.ScanOutput);
        Assert.Contains("no count from 1 to 4", run.ScanOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void PublicRun_ShowsNoCountBelowFive_InItsTablesOrText_AndSaysWhatItWithheld()
    {
        Assert.Empty(PublicOutputScan.Scan(run.Folder.Combine("out"), DisclosurePolicy.Public));
        // The sample has small counts (wards, months, categories), so the edition must have withheld some.
        Assert.Contains(DisclosurePolicy.SuppressedSymbol, run.Html, StringComparison.Ordinal);
        foreach (Match cell in CountCell().Matches(run.Html))
        {
            var text = cell.Groups[1].Value.Replace(",", "", StringComparison.Ordinal);
            if (long.TryParse(text, out var value)) Assert.False(value is >= 1 and < 5, $"a count cell shows {value}");
        }

        Assert.False(File.Exists(run.Folder.Combine("out", "tables", "monthly.csv")), "the analysis files are for the restricted edition");
        Assert.DoesNotContain(CountMarkers.Open, run.Html);
    }

    [GeneratedRegex("<t[dh][^>]*data-count=\"\"[^>]*>([^<]*)</t[dh]>")]
    private static partial Regex CountCell();

    public sealed class PublicRun : IDisposable
    {
        public PublicRun()
        {
            (ExitCode, Output) = CliRunner.RunAsync(RepositoryPaths.Root, ["run", .. CliRunner.SampleArgs(Folder, "--publication", "public")]).GetAwaiter().GetResult();
            Html = File.Exists(Folder.Combine("out", "strategic-assessment.html")) ? File.ReadAllText(Folder.Combine("out", "strategic-assessment.html")) : "";
            (ScanExitCode, ScanOutput) = CliRunner.RunAsync(RepositoryPaths.Root, "validate", "--publication", "public", Folder.Combine("out")).GetAwaiter().GetResult();
        }

        public TemporaryDirectory Folder { get; } = new();

        public int ExitCode { get; }

        public string Output { get; }

        public string Html { get; }

        public int ScanExitCode { get; }

        public string ScanOutput { get; }

        public void Dispose() => Folder.Dispose();
    }
}
