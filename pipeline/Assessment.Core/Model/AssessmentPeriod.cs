namespace Assessment.Core.Model;

/// <summary>
/// The assessment period (the months the assessment is about) and the comparison period
/// of the same length immediately before it, against which change is measured.
/// </summary>
public sealed record AssessmentPeriod
{
    /// <param name="endMonth">Last month of the assessment period, inclusive.</param>
    /// <param name="lengthInMonths">Length of each period, 1–120 months.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lengthInMonths"/> is outside 1–120.</exception>
    public AssessmentPeriod(YearMonth endMonth, int lengthInMonths)
    {
        if (lengthInMonths is < 1 or > 120)
            throw new ArgumentOutOfRangeException(nameof(lengthInMonths), lengthInMonths, "The assessment period must be 1–120 months long.");
        Current = new MonthRange(endMonth.AddMonths(-(lengthInMonths - 1)), endMonth);
        Comparison = new MonthRange(Current.First.AddMonths(-lengthInMonths), Current.First.AddMonths(-1));
    }

    /// <summary>The months being assessed.</summary>
    public MonthRange Current { get; }

    /// <summary>The same number of months just before <see cref="Current"/>.</summary>
    public MonthRange Comparison { get; }

    /// <summary>Length of each of the two periods, in months (1–120).</summary>
    public int LengthInMonths => Current.Length;
}
