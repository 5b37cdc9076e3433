using Assessment.Core.Model;
using Assessment.Core.Reporting.Sections;
using Assessment.Core.Trends;

namespace Assessment.Core.Tests.Reporting.Sections;

public sealed class ControlChartNoteWordingTests
{
    private static readonly MonthRange Baseline2024 = new(new YearMonth(2024, 1), new YearMonth(2024, 12));

    [Fact]
    public void Describe_TooFewMonths_NamesTheRequiredAndTheUsableMonths()
    {
        var note = new ControlChartNote(ControlChartNoteKind.TooFewBaselineMonths, Baseline2024, new MonthRange(new YearMonth(2024, 9), new YearMonth(2024, 12)),
            [new YearMonth(2024, 9), new YearMonth(2024, 10), new YearMonth(2024, 12)], 12);

        Assert.Equal("A control chart needs at least 12 usable baseline months, so that its limits reflect a full year of normal variation; 3 available (September to October 2024 and December 2024). " +
                     "Limits from fewer months would mistake ordinary seasonal variation for special causes.", ControlChartNoteWording.Describe(note));
    }

    [Fact]
    public void Describe_NoUsableMonth_NamesTheClippedBaseline()
    {
        var note = new ControlChartNote(ControlChartNoteKind.TooFewBaselineMonths, Baseline2024, new MonthRange(new YearMonth(2024, 11), new YearMonth(2024, 12)), [], 12);

        Assert.StartsWith("A control chart needs at least 12 usable baseline months, so that its limits reflect a full year of normal variation; 0 available (November 2024 to December 2024).", ControlChartNoteWording.Describe(note), StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_NoConsecutiveBaselineMonths_NamesTheMonthsAndWhatCannotBeMeasured()
    {
        var note = new ControlChartNote(ControlChartNoteKind.NoConsecutiveBaselineMonths, Baseline2024, Baseline2024, [new YearMonth(2024, 2), new YearMonth(2024, 4)], 2);

        Assert.Equal("No two consecutive baseline months are usable (February 2024 and April 2024), so the month-to-month variation that sets the control limits cannot be measured.", ControlChartNoteWording.Describe(note));
    }

    [Fact]
    public void Describe_BaselineWithoutAFirstMonth_ReadsAsMonthsUpTo()
    {
        var open = new MonthRange(new YearMonth(1, 1), new YearMonth(2019, 12));
        var note = new ControlChartNote(ControlChartNoteKind.NoMonthInBaseline, open, null, [], 6);

        Assert.Equal("No loaded month falls in the baseline (months up to December 2019), so there are no control limits.", ControlChartNoteWording.Describe(note));
    }

    [Fact]
    public void Describe_NoMonthInBaselineWithoutABaseline_Throws()
    {
        var note = new ControlChartNote(ControlChartNoteKind.NoMonthInBaseline, null, null, [], 6);

        Assert.Throws<ArgumentException>(() => ControlChartNoteWording.Describe(note));
    }
}
