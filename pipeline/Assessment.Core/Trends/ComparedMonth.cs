using Assessment.Core.Model;

namespace Assessment.Core.Trends;

/// <summary>One assessment-period month and its like-for-like counterpart one period earlier: which forces are compared.</summary>
/// <param name="Month">The assessment-period month.</param>
/// <param name="Counterpart">The same month one period earlier.</param>
/// <param name="Forces">Forces whose data is complete in both months, in order; the month is compared when there is at least one.</param>
/// <param name="LeftOut">Forces with data in either month that are left out of both, with why.</param>
public sealed record ComparedMonth(YearMonth Month, YearMonth Counterpart, IReadOnlyList<string> Forces, IReadOnlyList<ForceMonthLeftOut> LeftOut)
{
    /// <summary>True when at least one force is compared in this pair.</summary>
    public bool IsCompared => Forces.Count > 0;

    /// <summary>True when the pair is compared and no force is left out of it, so the whole area's records of both months are used.</summary>
    public bool IsWhole => IsCompared && LeftOut.Count == 0;
}
