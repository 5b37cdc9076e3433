using Assessment.Cli.Stages;
using Assessment.Core.Configuration;
using Assessment.Core.Model;
using Assessment.Storage.Store;
using Spectre.Console;

namespace Assessment.Cli.Tests;

/// <summary>The substance-misuse stage on the real Fingertips files and the synthetic treatment sample.</summary>
public sealed class SubstanceMisuseStageTests
{
    private static readonly string Admissions = Path.Combine(RepositoryPaths.SharedData, "partners", "alcohol-related-admissions", "alcohol_related_admissions.csv");
    private static readonly string Export = Path.Combine(RepositoryPaths.SharedData, "partners", "fingertips-export-sample", "indicators-CountyUA.data.csv");
    private static readonly string Treatment = Path.Combine(RepositoryPaths.DataSamples, "ndtms-treatment-synthetic.csv");

    private static AssessmentSettings Settings(IReadOnlyList<string> districts, string? county, IReadOnlyList<string> fingertips, string? treatment) =>
        new("X CSP", new AreaSettings("X", ["X "], null, null) { DistrictCodes = districts, CountyCode = county },
            new AssessmentPeriod(new YearMonth(2025, 12), 12), [], "out", ":memory:", "OFFICIAL", null, null)
        {
            FingertipsPaths = fingertips,
            TreatmentPath = treatment,
        };

    private static (Core.Partners.SubstanceMisuseSummary Summary, long Rejected, string Output) Run(AssessmentSettings settings)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Out = new AnsiConsoleOutput(writer) });
        console.Profile.Width = 400;
        using var store = AssessmentStore.Open(":memory:");
        var (summary, rejected) = SubstanceMisuseStage.Run(console, store, settings);
        return (summary, rejected, writer.ToString());
    }

    [Fact]
    public void Run_BothRealExportsAndTheSample_PicksCanterburyAndKentWithZeroRejects()
    {
        var (summary, rejected, output) = Run(Settings(["E07000106"], "E10000016", [Admissions, Export], Treatment));

        Assert.Equal(0, rejected);
        Assert.Contains("Fingertips: alcohol_related_admissions.csv, 3,280 rows loaded.", output, StringComparison.Ordinal);
        Assert.Contains("Fingertips: indicators-CountyUA.data.csv, 852 rows loaded.", output, StringComparison.Ordinal);
        var admissions = Assert.Single(summary.Indicators);
        Assert.Equal("Canterbury", Assert.Single(admissions.Districts).AreaName);
        Assert.Equal(10, admissions.Districts[0].Points.Count);
        // The county export holds Kent but no districts, so it is not the area's indicator; the note says why.
        Assert.Contains(summary.Notes, n => n.StartsWith("indicators-CountyUA.data.csv (Campylobacter incidence rate/100,000) has no values for E07000106.", StringComparison.Ordinal));
        Assert.NotNull(summary.Treatment);
        Assert.True(summary.Treatment!.IsSynthetic);
        Assert.Contains("synthetic", summary.Treatment.Source, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("England", summary.Treatment.ComparatorName);
        Assert.Null(summary.TreatmentAbsence);
        Assert.Null(summary.IndicatorsAbsence);
    }

    [Fact]
    public void Run_CurrentDistrictCodeMissingFromThePre2019Export_SaysWhy()
    {
        // E06000058 (Bournemouth, Christchurch and Poole) was created in April 2019; the 91414 extract has its predecessors.
        var (summary, _, output) = Run(Settings(["E06000058"], null, [Admissions], null));

        Assert.Empty(summary.Indicators);
        Assert.Contains("No configured Fingertips export has values for E06000058", summary.IndicatorsAbsence, StringComparison.Ordinal);
        var note = Assert.Single(summary.Notes);
        Assert.Contains("before April 2019 use the district codes of that time", note, StringComparison.Ordinal);
        Assert.Contains("note:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_NoDistrictCodes_SaysSoInOneSentenceEach()
    {
        var (summary, _, _) = Run(Settings([], null, [Admissions], Treatment));

        Assert.Contains("area.district_codes", summary.TreatmentAbsence, StringComparison.Ordinal);
        Assert.Contains("area.district_codes", summary.IndicatorsAbsence, StringComparison.Ordinal);
        Assert.Null(summary.Treatment);
    }

    [Fact]
    public void Run_NothingConfigured_IsTheNoneSummary()
    {
        var (summary, rejected, output) = Run(Settings(["E07000106"], null, [], null));

        Assert.Same(Core.Partners.SubstanceMisuseSummary.None, summary);
        Assert.Equal((0L, ""), (rejected, output));
    }
}
