using System.Globalization;
using Assessment.Core.Reporting;
using Assessment.Core.Reporting.Sections;
using Assessment.Core.Tests.Trends;
using Assessment.Core.Trends;

namespace Assessment.Core.Tests.Reporting.Sections;

public sealed class VerdictChangeClassesTests
{
    // WCAG 2.x relative luminance and contrast ratio, written out here from the definition.
    private static double Luminance(string hex)
    {
        double Channel(int at)
        {
            var c = int.Parse(hex.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return 0.2126 * Channel(1) + 0.7152 * Channel(3) + 0.0722 * Channel(5);
    }

    private static double ContrastOnWhite(string hex) => 1.05 / (Luminance(hex) + 0.05);

    [Fact]
    public void Of_EveryVerdict_IsNamedByItsLabelAndDrawnApartFromTheOthers()
    {
        var verdicts = Enum.GetValues<YoyVerdict>();
        var classes = verdicts.Select(VerdictChangeClasses.Of).ToList();

        Assert.Equal(verdicts.Select(v => v.ToLabel()), classes.Select(c => c.Label));
        Assert.Equal(classes.Count, classes.Select(c => (c.Fill, c.Stroke)).Distinct().Count());
        // What the reader sees of a bar (its fill, or its outline when hollow) keeps 3:1 against the white page (WCAG 1.4.11).
        Assert.All(classes, c => Assert.True(ContrastOnWhite(c.Fill == "#ffffff" ? c.Stroke : c.Fill) >= 3, $"{c.Label}: {c.Fill}/{c.Stroke}"));
    }

    [Fact]
    public void Of_AVerdictThatIsNotSignificant_NeverTakesTheColourOfASignificantOne()
    {
        var significant = new[] { YoyVerdict.SignificantIncrease, YoyVerdict.SignificantDecrease }.Select(v => VerdictChangeClasses.Of(v).Fill).ToHashSet();

        Assert.All(Enum.GetValues<YoyVerdict>().Where(v => v is not (YoyVerdict.SignificantIncrease or YoyVerdict.SignificantDecrease)),
            v => Assert.DoesNotContain(VerdictChangeClasses.Of(v).Fill, significant));
        Assert.Equal(2, significant.Count);
    }

    [Fact]
    public void Legend_ListsEveryVerdictOnceWithTheSignificantOnesFirst()
    {
        var legend = VerdictChangeClasses.Legend().Select(c => c.Label).ToList();

        Assert.Equal(["Significant increase", "Significant decrease"], legend.Take(2));
        Assert.Equal(Enum.GetValues<YoyVerdict>().Select(v => v.ToLabel()).Order(StringComparer.Ordinal), legend.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void SampleChangeChart_ColoursEachCrimeTypeByItsVerdictNotItsDirection()
    {
        var chart = SampleTrendReport.Document.AllBlocks().OfType<ChartBlock>().Single(c => c.Id == "overview-change-chart");
        var rows = chart.Spec["data"]!["values"]!.AsArray().Select(r => (Category: (string)r!["category"]!, Change: (double)r["change"]!, Class: (string)r["class"]!)).ToList();
        var findings = SampleTrendReport.Findings.YearOnYearAt(ComparisonLevel.CrimeType).Where(f => double.IsFinite(f.RateRatio)).ToDictionary(f => f.Series.Key);

        Assert.Equal(findings.Count, rows.Count);
        Assert.All(rows, r => Assert.Equal(findings[r.Category].Verdict.ToLabel(), r.Class));
        // The point of the change: the sample has rises that are not significant, and they are not drawn as increases.
        Assert.Contains(rows, r => r.Change > 0 && r.Class == YoyVerdict.NoSignificantChange.ToLabel());
        Assert.Contains("not by direction", chart.Caption, StringComparison.Ordinal);
    }
}
