using Assessment.Core.Reporting;
using Assessment.Core.Reporting.Sections;
using Assessment.Core.Trends;
using Assessment.Files.Trends;

namespace Assessment.Core.Tests.Trends;

/// <summary>The strategic assessment composed with the trend parts from the real Canterbury sample, composed once for the tests that read it.</summary>
internal static class SampleTrendReport
{
    private static readonly Lazy<(ReportDocument Document, TrendFindings Findings, AssessmentReportInput Input)> Composed = new(() =>
    {
        var (counts, files) = SampleCounts.Read();
        var findings = TrendAnalysis.Run(new TrendInput("Canterbury", SampleCounts.Period, counts, files) { HarmWeights = HarmWeightFile.Default, Themes = SampleThemes.All });
        var input = new AssessmentReportInput("Canterbury Community Safety Partnership", "Canterbury", SampleCounts.Period, new DateOnly(2026, 3, 5), "OFFICIAL", counts, files)
        {
            Priorities = SampleThemes.Priorities,
            // What a run with these findings and no hotspot analysis says it includes.
            Analyses = new ReportAnalyses(SignificanceTests: true, HarmWeighting: true, Hotspots: false),
        };
        return (StrategicAssessmentComposer.For(new ReportResults { Trends = findings }).Compose(input), findings, input);
    });

    public static ReportDocument Document => Composed.Value.Document;

    public static TrendFindings Findings => Composed.Value.Findings;

    /// <summary>The report input the document was composed from.</summary>
    public static AssessmentReportInput Input => Composed.Value.Input;

    public static ReportSection Section(string id) => Document.AllSections().Single(s => s.Id == id);

    /// <summary>The running text of a section: paragraphs, list items and callouts.</summary>
    public static IEnumerable<string> Texts(ReportSection section) => section.Blocks.SelectMany(b => b switch
    {
        ParagraphBlock p => [p.Text],
        BulletListBlock l => l.Items,
        CalloutBlock c => [c.Text],
        _ => Array.Empty<string>(),
    });
}
