using Assessment.Core.Reporting.Sections;
using Assessment.Core.Statistics;
using Assessment.Core.Trends;

namespace Assessment.Core.Tests.Reporting.Sections;

public sealed class TrendNarrativeTests
{
    private static YoyFinding Finding(ComparisonLevel level, string key, long previous, long current, int months, YoyVerdict verdict)
    {
        var comparison = RateComparison.Compare(previous, months, current, months);
        var dispersion = new DispersionResult(0, 0, double.NaN, double.NaN, false, 0.05);
        return new YoyFinding(new SeriesKey(level, key), months, comparison, dispersion, comparison.WidenedPValue, verdict);
    }

    [Fact]
    public void Describe_SmallCountsWithAWideInterval_DoesNotCallThemStable()
    {
        // 10 → 20: exact 95% CI for the rate ratio is 0.89 to 4.78 (scipy binomtest(20, 30).proportion_ci), far
        // too wide to call "broadly stable".
        var text = TrendNarrative.Describe(Finding(ComparisonLevel.CrimeType, "Robbery", 10, 20, 12, YoyVerdict.NoSignificantChange), "Canterbury");

        Assert.DoesNotContain("stable", text, StringComparison.Ordinal);
        Assert.EndsWith("not a statistically significant change; the numbers are too small to tell whether there was a real change.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_SignificantIncrease_SaysRoseWithItsSizeAndVerdictInPlainWords()
    {
        var text = TrendNarrative.Describe(Finding(ComparisonLevel.CrimeType, "Shoplifting", 412, 530, 4, YoyVerdict.SignificantIncrease), "Canterbury");

        // 530 / 412 = 1.286…, a rise of 29% to the nearest whole percent; the ratio and interval are left to the tables.
        Assert.Equal("Shoplifting rose from 412 to 530 in the four months compared, a significant rise of 29%.", text);
    }

    [Fact]
    public void Describe_NotSignificantWithAnIntervalBeyondTenPercent_SaysNotToldApartNeverStable()
    {
        // 137 → 128: 95% CI about 0.73 to 1.19, a change of up to 27% either way, so not "stable".
        var text = TrendNarrative.Describe(Finding(ComparisonLevel.CrimeType, "Burglary", 137, 128, 4, YoyVerdict.NoSignificantChange), "Canterbury");

        Assert.Equal("Burglary went from 137 to 128 in the four months compared; the change could not be told apart from normal month-to-month variation.", text);
        Assert.DoesNotContain("stable", text, StringComparison.Ordinal);
        Assert.DoesNotContain("fell", text, StringComparison.Ordinal);
    }

    [Theory]
    // 1,000 against 1,000: exact 95% CI about 0.916 to 1.092, within ±10%.
    [InlineData(1000, true)]
    // 700 against 700: about 0.90 to 1.11, just beyond +10%.
    [InlineData(700, false)]
    public void Describe_NoSignificantChange_BroadlyStableOnlyWhenTheWholeIntervalIsWithinTenPercent(long count, bool stable)
    {
        var finding = Finding(ComparisonLevel.CrimeType, "Burglary", count, count, 12, YoyVerdict.NoSignificantChange);
        var within = finding.Interval.Lower >= 0.9 && finding.Interval.Upper <= 1.1;

        var text = TrendNarrative.Describe(finding, "Canterbury");

        Assert.Equal(stable, within);
        Assert.Equal(stable, TrendNarrative.IsBroadlyStable(finding));
        Assert.Equal(stable, text.StartsWith("Burglary was broadly stable: ", StringComparison.Ordinal));
        Assert.Equal(stable, text.EndsWith(", a change of less than 10% either way.", StringComparison.Ordinal));
    }

    [Fact]
    public void Describe_DataCannotTell_GivesTheSharesAndTheirEffect()
    {
        // 1.2% → 4.8% of kent's rows without a location: located shares 98.8% → 95.2%, k = 0.952 / 0.988 = 0.9636, a 3.6% fall.
        var finding = Finding(ComparisonLevel.Area, "All crime and ASB", 1000, 960, 12, YoyVerdict.DataCannotTell) with
        {
            NoLocation = new NoLocationShift("kent", 12, 1000, 48, 1000),
        };

        var text = TrendNarrative.Describe(finding, "Canterbury");

        Assert.Equal("Recorded crime and ASB in Canterbury went from 1,000 to 960 in the 12 months compared, but the share of kent's records without a location rose from 1.2% to 4.8%, " +
                     "which alone would lower the area's count by 3.6%; allowing for that could change the verdict, so the data cannot tell whether there was a real change.", text);
    }

    [Fact]
    public void Describe_IntervalExcludesOneButQAboveTheRate_SaysTheComparisonsMakeItUnclear()
    {
        // 2,095 → 1,953 over four months: p ≈ 0.027, so the exact interval excludes 1; with q above 5% the verdict stays "no change".
        var text = TrendNarrative.Describe(Finding(ComparisonLevel.CrimeType, "Violence and sexual offences", 2095, 1953, 4, YoyVerdict.NoSignificantChange), "Canterbury");

        Assert.EndsWith("not a statistically significant change once the number of comparisons made is allowed for; it could not be told apart from normal variation.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_SignificantDecreaseInAWard_NamesTheWardAndSaysFell()
    {
        var text = TrendNarrative.Describe(Finding(ComparisonLevel.Ward, "Westgate", 900, 700, 12, YoyVerdict.SignificantDecrease), "Canterbury");

        // 700 / 900 = 0.778…, a fall of 22%.
        Assert.Equal("Recorded crime and ASB in Westgate ward fell from 900 to 700 in the 12 months compared, a significant fall of 22%.", text);
    }

    [Fact]
    public void Describe_BothZero_SaysNoneRecorded()
    {
        Assert.Equal("Robbery: none recorded in the month compared of either period.",
            TrendNarrative.Describe(Finding(ComparisonLevel.CrimeType, "Robbery", 0, 0, 1, YoyVerdict.NoSignificantChange), "Canterbury"));
    }

    [Fact]
    public void Describe_FromZero_GivesTheCountsAndLeavesTheRatioToTheTables()
    {
        var finding = Finding(ComparisonLevel.CrimeType, "Bicycle theft", 0, 5, 4, YoyVerdict.NoSignificantChange);

        var text = TrendNarrative.Describe(finding, "Canterbury");
        var phrase = TrendNarrative.RatioPhrase(finding);

        Assert.Contains("0 to 5", text, StringComparison.Ordinal);
        Assert.DoesNotContain("rate ratio", text, StringComparison.Ordinal);
        Assert.StartsWith("no rate ratio can be formed from zero; 95% CI from ", phrase, StringComparison.Ordinal);
        Assert.EndsWith(" upwards", phrase, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_SignificantRiseFromZero_SaysFromNone()
    {
        var text = TrendNarrative.Describe(Finding(ComparisonLevel.CrimeType, "Bicycle theft", 0, 40, 4, YoyVerdict.SignificantIncrease), "Canterbury");

        Assert.Equal("Bicycle theft rose from 0 to 40 in the four months compared, a significant rise from none.", text);
    }

    [Fact]
    public void SummariseLevel_MixedVerdicts_CountsAndNamesTheSignificantChanges()
    {
        var text = TrendNarrative.SummariseLevel(
        [
            Finding(ComparisonLevel.CrimeType, "Shoplifting", 100, 200, 4, YoyVerdict.SignificantIncrease),
            Finding(ComparisonLevel.CrimeType, "Burglary", 200, 100, 4, YoyVerdict.SignificantDecrease),
            Finding(ComparisonLevel.CrimeType, "Drugs", 50, 52, 4, YoyVerdict.NoSignificantChange),
        ], "crime types");

        Assert.Equal("Of 3 crime types, 2 changed significantly (shoplifting rose; burglary fell); the other 1 showed no significant change.", text);
    }

    [Fact]
    public void SummariseLevel_DataCannotTell_CountedApartFromNoChange()
    {
        var text = TrendNarrative.SummariseLevel(
        [
            Finding(ComparisonLevel.CrimeType, "Shoplifting", 100, 200, 4, YoyVerdict.SignificantIncrease),
            Finding(ComparisonLevel.CrimeType, "Burglary", 200, 100, 4, YoyVerdict.DataCannotTell),
            Finding(ComparisonLevel.CrimeType, "Drugs", 50, 52, 4, YoyVerdict.NoSignificantChange),
        ], "crime types");

        Assert.Equal("Of 3 crime types, 1 changed significantly (shoplifting rose); 1 showed no significant change; for 1 the data cannot tell, because the share of records without a location changed between the periods.", text);
    }

    [Fact]
    public void SummariseLevel_OneNonSignificant_UsesTheSingularNoun()
    {
        Assert.Equal("Of 1 ward, none changed significantly.",
            TrendNarrative.SummariseLevel([Finding(ComparisonLevel.Ward, "Barton", 10, 12, 4, YoyVerdict.NoSignificantChange)], "wards"));
    }

    [Theory]
    [InlineData(0.0004, "< 0.001")]
    [InlineData(0.005, "0.0050")]
    [InlineData(0.0495, "0.050")]
    [InlineData(1.0, "1.000")]
    [InlineData(double.NaN, "\u2013")]
    public void PValue_Value_FormatsForReading(double value, string expected) => Assert.Equal(expected, TrendNarrative.PValue(value));
}
