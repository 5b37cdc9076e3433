using Assessment.Core.Benchmarking;
using Assessment.Core.Model;
using Assessment.Core.Reporting;
using Assessment.Core.Reporting.Sections;
using Assessment.Core.Trends;

namespace Assessment.Core.Tests.Reporting.Sections;

public sealed class ForceComparisonSectionTests
{
    private static readonly YearMonth Start = new(2025, 1);
    private static readonly AssessmentReportInput Input = new("Canterbury CSP", "Canterbury", new AssessmentPeriod(new YearMonth(2025, 12), 12), new DateOnly(2026, 3, 5), "OFFICIAL", [], []);

    private static ReportSection Compose(ForceComparison? comparison, string absence = "No comparison is configured (inputs.benchmark).")
    {
        return ForceComparisonPart.Build(Input, new ForceComparisonFindings(comparison, absence, "File_6.xlsx, mid-2015 residents"));
    }

    private static ForceComparison Comparison(bool complete = true)
    {
        var months = complete ? 12 : 3;
        var counts = new List<DistrictCrimeCount>();
        for (var m = 0; m < months; m++)
        {
            counts.Add(new("kent", "Canterbury", Start.AddMonths(m), "Burglary", 150 + m % 3));
            counts.Add(new("kent", "Canterbury", Start.AddMonths(m), "Drugs", 20));
            counts.Add(new("kent", "Dover", Start.AddMonths(m), "Burglary", 40 + m % 2));
            counts.Add(new("kent", "Dover", Start.AddMonths(m), "Drugs", 10));
            counts.Add(new("kent", "Wealden", Start.AddMonths(m), "Burglary", 1));
        }
        return ForceComparisonAnalysis.Run(new ForceComparisonInput("C1", "Kent", "kent", new MonthRange(Start, Start.AddMonths(11)),
            [new ForcePartnership("C1", "Canterbury", ["E07000106"], 160_000), new ForcePartnership("C2", "Dover", ["E07000108"], 115_000)],
            new Dictionary<string, string?> { ["Canterbury"] = "C1", ["Dover"] = "C2", ["Wealden"] = null },
            counts, [new TrendTheme("drugs", "Drugs and weapons", ["Drugs", "Possession of weapons"])], "police.uk street-level crime, Kent (Open Government Licence v3.0)"));
    }

    [Fact]
    public void Compose_NoComparison_AddsOneSentenceAndNoTableOrChart()
    {
        var section = Compose(null);

        Assert.Equal(ForceComparisonPart.SectionId, section.Id);
        var block = Assert.Single(section.Blocks);
        Assert.Equal("No comparison is configured (inputs.benchmark).", Assert.IsType<ParagraphBlock>(block).Text);
    }

    [Fact]
    public void Compose_WithComparison_GivesTheHeadlineTablesChartsAndSources()
    {
        var section = Compose(Comparison());

        Assert.Equal("How Canterbury compares with the other partnerships in Kent", section.Title);
        var text = string.Join(" ", section.Blocks.OfType<ParagraphBlock>().Select(p => p.Text));
        Assert.Contains("Canterbury recorded 2,052 crimes (excluding anti-social behaviour)", text);
        Assert.Contains("higher than the Kent rate", text);
        Assert.Contains("It has the highest rate of the 2 partnerships in Kent", text);
        Assert.Contains("12 in districts of other forces' partnerships (Wealden)", text);
        Assert.Contains("see the methods appendix", text);
        Assert.Contains("Residents come from File_6.xlsx, mid-2015 residents: where a partnership's population has grown since, its rate is overstated.",
            ForceComparisonPart.Method(new ForceComparisonFindings(Comparison(), "", "File_6.xlsx, mid-2015 residents")));
        var tables = section.Blocks.OfType<TableBlock>().Select(t => t.Table).ToList();
        Assert.Equal(["force-comparison-table", "force-comparison-themes-table"], tables.Select(t => t.Id));
        Assert.Equal(["Canterbury (this area)", "Dover"], tables[0].Rows.Select(r => r[1].Text));
        Assert.Equal(["All crime (excluding ASB)", "Drugs and weapons"], tables[1].Rows.Select(r => r[0].Text));
        Assert.All(tables, t => Assert.Contains("File_6.xlsx, mid-2015 residents", t.Source));
        Assert.All(tables, t => Assert.Contains("Open Government Licence v3.0", t.Source));
        // The theme rates are in the themes table; only all crime is charted.
        Assert.Equal(["force-comparison-all-crime"], section.Blocks.OfType<ChartBlock>().Select(c => c.Id));
        Assert.DoesNotContain(section.Blocks, b => b is CalloutBlock);
    }

    [Fact]
    public void Compose_MonthsMissing_WarnsThatTheRatesCoverFewerMonths()
    {
        var section = Compose(Comparison(complete: false));

        var warning = Assert.Single(section.Blocks.OfType<CalloutBlock>());
        Assert.Contains("cover 3 of the 12 months", warning.Text);
    }
}
