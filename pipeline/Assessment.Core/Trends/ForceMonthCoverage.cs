using Assessment.Core.Model;

namespace Assessment.Core.Trends;

/// <summary>One cell of the coverage table: one force's data for one month, and whether it can be used.</summary>
/// <param name="Force">Force slug from the file names, e.g. "kent", "btp".</param>
/// <param name="Month">The month.</param>
/// <param name="Rows">Rows loaded from the force's files for the month (0 when there is no file or it was refused).</param>
/// <param name="InAreaRows">Rows of those that fall in the area; null when the force has no file for the month.</param>
/// <param name="Status">Complete, likely incomplete, or missing (no file for this force and month: never read as zero).</param>
/// <param name="Expected">In-area rows expected from the force's other months (see <see cref="Statistics.IncompleteMonthDetector.Detect"/>); NaN when not judged.</param>
/// <param name="TailProbability">Poisson P(X ≤ in-area rows | mean = expected); NaN when not judged.</param>
public sealed record ForceMonthCoverage(string Force, YearMonth Month, long Rows, long? InAreaRows, MonthStatus Status, double Expected, double TailProbability)
{
    /// <summary>In-area rows / expected; NaN when not judged or nothing was expected.</summary>
    public double RatioToExpected => InAreaRows is { } n && Expected > 0 ? n / Expected : double.NaN;
}
