using Assessment.Core.Model;
using Assessment.Core.Trends;

namespace Assessment.Core.Tests.Trends;

public sealed class LsoaVintageCheckTests
{
    private static readonly YearMonth First = new(2024, 1);

    private static IEnumerable<LsoaMonthCount> Present(string code, string name, params int[] months) =>
        months.Select(m => new LsoaMonthCount(First.AddMonths(m), code, name, 10));

    [Fact]
    public void Check_NoObservations_IsNotChecked() => Assert.False(LsoaVintageCheck.Check([]).WasChecked);

    [Fact]
    public void Check_StableCodesAndNames_FindsNothing()
    {
        var findings = LsoaVintageCheck.Check([.. Present("E01000001", "Canterbury 001A", 0, 1, 2, 3), .. Present("E01000002", "Canterbury 001B", 0, 1, 2, 3)]);

        Assert.True(findings.WasChecked);
        Assert.False(findings.HasChanges);
        Assert.Equal((4, 2), (findings.MonthsChecked, findings.CodesChecked));
    }

    [Fact]
    public void Check_DistrictRenamedWithCodesKept_ReportsOneRenameWithItsCodesAndMonth()
    {
        var findings = LsoaVintageCheck.Check(
        [
            .. Present("E01024500", "Shepway 001A", 0, 1, 2), .. Present("E01024500", "Folkestone and Hythe 001A", 3, 4, 5),
            .. Present("E01024501", "Shepway 001B", 0, 1, 2), .. Present("E01024501", "Folkestone and Hythe 001B", 4, 5),
            .. Present("E01024000", "Canterbury 001A", 0, 1, 2, 3, 4, 5),
        ]);

        var rename = Assert.Single(findings.Renames);
        Assert.Equal(new LsoaRename("Shepway", "Folkestone and Hythe", 2, First.AddMonths(3)), rename);
        Assert.Empty(findings.CodeChanges);
    }

    [Fact]
    public void Check_SetOfCodesReplacedAtOneMonth_ReportsTheChange()
    {
        var findings = LsoaVintageCheck.Check(
        [
            .. Present("E01000001", "Ashford 001A", 0, 1, 2), .. Present("E01000002", "Ashford 001B", 0, 1, 2), .. Present("E01000003", "Ashford 001C", 0, 1, 2),
            .. Present("E01035001", "Ashford 001E", 3, 4, 5), .. Present("E01035002", "Ashford 001F", 3, 4, 5),
            // Seen in two of the three later months only: too patchy to count as a new code.
            .. Present("E01035003", "Ashford 001G", 3, 5),
            .. Present("E01000009", "Ashford 002A", 0, 1, 2, 3, 4, 5),
        ]);

        var change = Assert.Single(findings.CodeChanges);
        Assert.Equal(First.AddMonths(3), change.FirstMonthOfNewCodes);
        Assert.Equal(["E01000001", "E01000002", "E01000003"], change.RetiredCodes);
        Assert.Equal(["E01035001", "E01035002"], change.IntroducedCodes);
    }

    [Fact]
    public void Check_OneQuietLsoaAndOneNewOne_IsNotTakenForAVintageChange()
    {
        // An LSOA with no records after month 1 and another first seen at month 2: two codes, below the three needed.
        var findings = LsoaVintageCheck.Check(
        [
            .. Present("E01000001", "Ashford 001A", 0, 1), .. Present("E01000002", "Ashford 001B", 2, 3, 4, 5),
            .. Present("E01000009", "Ashford 002A", 0, 1, 2, 3, 4, 5),
        ]);

        Assert.False(findings.HasChanges);
    }

    [Fact]
    public void Check_ChangeAfterTheFirstMonth_CannotBeToldFromQuietLsoasAndIsNotReported()
    {
        var findings = LsoaVintageCheck.Check(
        [
            .. Present("E01000001", "Ashford 001A", 0), .. Present("E01000002", "Ashford 001B", 0),
            .. Present("E01035001", "Ashford 001E", 1, 2, 3, 4, 5), .. Present("E01035002", "Ashford 001F", 1, 2, 3, 4, 5),
        ]);

        Assert.Empty(findings.CodeChanges);
    }

    [Theory]
    [InlineData("Canterbury 012A", "Canterbury")]
    [InlineData("Folkestone and Hythe 003A", "Folkestone and Hythe")]
    [InlineData("No suffix here", "No suffix here")]
    public void DistrictOf_Name_DropsTheTrailingLsoaSuffix(string name, string district) => Assert.Equal(district, LsoaVintageCheck.DistrictOf(name));
}
