using Assessment.Core.Model;

namespace Assessment.Core.Trends;

/// <summary>
/// One force left out of one like-for-like pair of months: its data is missing or likely incomplete in at least one of
/// the two, so both months of that force are left out and the other forces' months are compared without it.
/// </summary>
/// <param name="Force">Force slug, e.g. "btp".</param>
/// <param name="Month">The assessment-period month.</param>
/// <param name="Counterpart">The same month one period earlier.</param>
/// <param name="CurrentStatus">The force's status in <paramref name="Month"/>.</param>
/// <param name="CounterpartStatus">The force's status in <paramref name="Counterpart"/>.</param>
public sealed record ForceMonthLeftOut(string Force, YearMonth Month, YearMonth Counterpart, MonthStatus CurrentStatus, MonthStatus CounterpartStatus);
