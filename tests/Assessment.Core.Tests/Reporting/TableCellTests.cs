using Assessment.Core.Reporting;
using Assessment.Core.Reporting.Sections;
using Assessment.Core.Tests.Trends;
using Assessment.Core.Trends;
using Assessment.Files.Trends;

namespace Assessment.Core.Tests.Reporting;

public sealed class TableCellTests
{
    [Fact]
    public void FromNumberWithText_ShowsTheTextAndKeepsTheNumber()
    {
        var cell = TableCell.FromNumber(0.00042, "< 0.001");

        Assert.Equal("< 0.001", cell.Display(NumberFormat.OneDecimal));
        Assert.Equal(0.00042, cell.Number);
        Assert.False(cell.IsEmpty);
    }

    [Fact]
    public void PlainCells_ShowAsBefore()
    {
        Assert.Equal("12,345", ((TableCell)12345).Display(null));
        Assert.Equal("\u221212.5%", ((TableCell)(-0.125)).Display(NumberFormat.Percent1));
        Assert.Equal("text", ((TableCell)"text").Display(NumberFormat.Integer));
        Assert.Equal("", TableCell.Empty.Display(null));
    }

    [Fact]
    public void TrendTables_EveryQValueCell_CarriesTheQValueAsANumber()
    {
        var (counts, files) = SampleCounts.Read();
        var findings = TrendAnalysis.Run(new TrendInput("Canterbury", SampleCounts.Period, counts, files) { HarmWeights = HarmWeightFile.Default, Themes = SampleThemes.All });
        var input = new AssessmentReportInput("Canterbury Community Safety Partnership", "Canterbury", SampleCounts.Period, new DateOnly(2026, 3, 5), "OFFICIAL", counts, files);
        var document = StrategicAssessmentComposer.For(new ReportResults { Trends = findings }).Compose(input);
        var qValues = findings.YearOnYear.Select(f => f.QValue).Concat(findings.LongTerm.Select(t => t.QValue)).ToHashSet();

        var cells = document.Tables()
            .SelectMany(t => t.Columns.Select((c, i) => (c.Header, i)).Where(c => c.Header == "q-value")
                .SelectMany(c => t.Rows.Concat(t.Totals is null ? [] : [t.Totals]).Select(r => r[c.i])))
            .ToList();

        Assert.NotEmpty(cells);
        Assert.All(cells, c =>
        {
            Assert.NotNull(c.Number);
            Assert.Contains(c.Number!.Value, qValues);
            Assert.Equal(TrendNarrative.PValue(c.Number.Value), c.Text);
        });
    }
}
