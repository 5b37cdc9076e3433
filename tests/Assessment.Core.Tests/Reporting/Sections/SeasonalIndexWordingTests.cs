using Assessment.Core.Model;
using Assessment.Core.Reporting.Sections;
using Assessment.Core.Statistics;

namespace Assessment.Core.Tests.Reporting.Sections;

public sealed class SeasonalIndexWordingTests
{
    [Fact]
    public void NotComputedReason_OneCompleteYear_CountsTheYearsFoundAndSkipped()
    {
        // 36 months counted back from the end: the last 12 complete, the middle 12 with a gap, the first 12 all zero.
        var values = Enumerable.Range(0, 36).Select(i => i < 12 ? 0.0 : 5.0).ToArray();
        values[20] = double.NaN;
        var result = SeasonalIndex.Compute(values, new YearMonth(2023, 1));

        Assert.Equal("A seasonal index needs at least two complete years of monthly data; found 1 (series of 36 months; 1 year(s) with missing months and 1 with no events were skipped).",
            SeasonalIndexWording.NotComputedReason(result));
    }

    [Fact]
    public void NotComputedReason_ComputedIndices_Throws()
    {
        var result = SeasonalIndex.Compute(Enumerable.Repeat(5.0, 24).ToArray(), new YearMonth(2024, 1));

        Assert.Throws<ArgumentException>(() => SeasonalIndexWording.NotComputedReason(result));
    }
}
