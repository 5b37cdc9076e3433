using Assessment.Core.Model;
using Assessment.Core.Spatial;
using Assessment.Core.Trends;

namespace Assessment.Core.Hotspots;

/// <summary>
/// Which months each part of the hotspot analysis uses, from the one definition of the months compared
/// (<see cref="ComparisonCoverage"/>). Missing months are never read as zero: the two-period change compares only the
/// pairs of months compared with no force left out (e.g. January–April 2025 with January–April 2024 when only those
/// 2024 months exist), since map points are not split by force; the classification over time splits the assessment
/// period into consecutive blocks (quarters by default) and runs only when every month of every block is complete and
/// there are enough of them.
/// </summary>
/// <param name="Current">Complete months of the assessment period (data from some force, none likely incomplete): hot spots, clusters, Clark–Evans and concentration use these.</param>
/// <param name="MatchedCurrent">Assessment months compared with no force left out (<see cref="ComparisonCoverage.WholeMonthsCompared"/>).</param>
/// <param name="MatchedComparison">Those counterparts, one period earlier.</param>
/// <param name="ClassificationPeriods">The blocks classified over time, oldest first; empty when classification is not possible.</param>
/// <param name="ClassificationGap">Why there is no classification; null when there is one.</param>
public sealed record HotspotPeriods(
    HotspotPeriod Current,
    HotspotPeriod MatchedCurrent,
    HotspotPeriod MatchedComparison,
    IReadOnlyList<HotspotPeriod> ClassificationPeriods,
    ClassificationGap? ClassificationGap)
{
    /// <summary>True when the two windows of the change comparison hold at least one month each.</summary>
    public bool HasChange => !MatchedCurrent.IsEmpty;

    /// <summary>True when cells are classified over <see cref="ClassificationPeriods"/>.</summary>
    public bool HasClassification => ClassificationPeriods.Count > 0;

    /// <summary>Works out the periods.</summary>
    /// <param name="period">The assessment and comparison periods.</param>
    /// <param name="comparison">The months compared and each month's status.</param>
    /// <param name="blockMonths">Length of each classification block in months, at least 1.</param>
    public static HotspotPeriods From(AssessmentPeriod period, ComparisonCoverage comparison, int blockMonths)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(comparison);
        if (blockMonths < 1) throw new ArgumentOutOfRangeException(nameof(blockMonths), blockMonths, "Blocks must be at least one month long.");
        var loaded = period.Current.Months().Where(m => comparison.StatusAt(m) == MonthStatus.Loaded).ToHashSet();
        var shift = period.LengthInMonths;
        var current = period.Current.Months().Where(loaded.Contains).ToArray();
        var matched = comparison.WholeMonthsCompared.ToArray();

        var blockCount = period.LengthInMonths / blockMonths;
        var blocks = Enumerable.Range(0, blockCount)
            .Select(b => Enumerable.Range(0, blockMonths).Select(i => period.Current.First.AddMonths(b * blockMonths + i)).ToArray())
            .ToArray();
        ClassificationGap? gap = null;
        if (blockCount < HotspotClassifier.MinimumPeriods)
            gap = new ClassificationGap(blockMonths, blockCount, HotspotClassifier.MinimumPeriods, null);
        else if (blocks.FirstOrDefault(b => !b.All(loaded.Contains)) is { } incomplete)
            gap = new ClassificationGap(blockMonths, blockCount, HotspotClassifier.MinimumPeriods, new HotspotPeriod(incomplete));

        return new HotspotPeriods(
            new HotspotPeriod(current),
            new HotspotPeriod(matched),
            new HotspotPeriod(matched.Select(m => m.AddMonths(-shift))),
            gap is null ? blocks.Select(b => new HotspotPeriod(b)).ToArray() : [],
            gap);
    }

    /// <summary>"quarters" for 3-month blocks, "months" for 1, else "periods of n months".</summary>
    internal static string BlockName(int months, bool plural = true) => months switch
    {
        1 => plural ? "months" : "month",
        3 => plural ? "quarters" : "quarter",
        12 => plural ? "years" : "year",
        _ => plural ? $"periods of {months} months" : $"period of {months} months",
    };
}
