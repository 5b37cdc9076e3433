using Assessment.Core.Model;
using Assessment.Core.Reporting;
using Assessment.Core.Reporting.Sections;
using Assessment.Core.Trends;

namespace Assessment.Core.Tests.Trends;

/// <summary>The ward sub-section and the LSOA-vintage warning, from a small hand-made input.</summary>
public sealed class TrendWardAndVintageSectionTests
{
    private static readonly YearMonth Jan2024 = new(2024, 1);

    private static ReportDocument Compose()
    {
        var months = TrendInputs.Months(Jan2024, 24);
        var counts = months.ToDictionary(m => m, m => m.Year == 2024 ? 24L : 40L);
        var input = TrendInputs.Build(new YearMonth(2025, 12), 12, months, new Dictionary<string, IReadOnlyDictionary<YearMonth, long>> { ["Burglary"] = counts });
        // Each month: Abbey 16 (2024) or 32 (2025), Barton 5, and 3 records at points in no ward: 24 and 40 in all
        // (2024 at 60% of 2025, so neither year's months are judged incomplete against the other's).
        var wardCounts = months.SelectMany(m => new[]
        {
            new WardMonthlyCount("E05000001", m, "Burglary", m.Year == 2024 ? 16 : 32),
            new WardMonthlyCount("E05000002", m, "Burglary", 5),
            new WardMonthlyCount(null, m, "Burglary", 3),
        }).ToList();
        var wards = new WardCounts([new Ward("E05000001", "Abbey"), new Ward("E05000002", "Barton")], wardCounts, 40, 2, "wards.geojson");
        var lsoas = months.Select(m => new LsoaMonthCount(m, "E01024500", m < new YearMonth(2025, 1) ? "Shepway 001A" : "Folkestone and Hythe 001A", 3)).ToList();
        var findings = TrendAnalysis.Run(input with { Wards = wards, LsoaObservations = lsoas });
        var report = new AssessmentReportInput("Test CSP", "Test", input.Period, new DateOnly(2026, 1, 1), "OFFICIAL", input.Counts, input.Quality);
        return StrategicAssessmentComposer.For(new ReportResults { Trends = findings }).Compose(report);
    }

    [Fact]
    public void Overview_WithWards_HasAWardTableAndSaysHowManyRecordsFellInNoWard()
    {
        var wards = Compose().AllSections().Single(s => s.Id == "overview-wards");

        var table = wards.Blocks.OfType<TableBlock>().Single().Table;
        Assert.Equal(["Abbey", "Barton"], table.Rows.Select(r => r[0].Text));
        Assert.Equal(16.0 * 12, table.Rows[0][1].Number);
        Assert.Equal(32.0 * 12, table.Rows[0][2].Number);
        var note = wards.Blocks.OfType<CalloutBlock>().Single(c => c.Title == "Records outside every ward");
        Assert.StartsWith("72 in-area records at 2 map points lie in no ward polygon", note.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void DataQuality_DistrictRename_IsWarnedAbout()
    {
        var months = Compose().AllSections().Single(s => s.Id == "data-quality-months");

        var warning = months.Blocks.OfType<CalloutBlock>().Single(c => c.Title == "LSOA vintage changed");
        Assert.StartsWith("1 LSOA code changed its district name from \u201cShepway\u201d to \u201cFolkestone and Hythe\u201d from January 2025", warning.Text, StringComparison.Ordinal);
    }
}
