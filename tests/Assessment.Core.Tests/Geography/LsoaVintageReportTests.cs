using Assessment.Core.Geography;
using Assessment.Core.Model;
using static Assessment.Core.Tests.Geography.LsoaVintageSquares;

namespace Assessment.Core.Tests.Geography;

public sealed class LsoaVintageReportTests
{
    private static readonly YearMonth Jan = new(2024, 1);
    private static readonly YearMonth Feb = new(2024, 2);

    [Fact]
    public void Build_DataOf2011CodesAndAreaOf2021_MapsAndTellsBoth()
    {
        var area = new LsoaCodeListArea("Area", [U, B1, MG]);
        (YearMonth, string)[] months = [(Jan, U), (Jan, A), (Feb, M1)];
        LsoaPointRows[] rows = [new(U, 0.5, 0.5, 1), new(A, 1.2, 0.5, 2), new(M1, 2.5, 0.5, 3)];

        var report = LsoaVintageReport.Build(area, Lookup, months, rows, Polygons2021);

        Assert.Equal(LsoaVintage.Census2021, report.Area!.Vintage);
        Assert.Equal(LsoaVintage.Census2011, report.Data!.Vintage);
        Assert.Equal([new LsoaMonthVintage(Jan, LsoaVintage.Census2011), new LsoaMonthVintage(Feb, LsoaVintage.Census2011)], report.Months);
        Assert.False(report.DataChangesVintage);
        Assert.Equal(5, report.Mapping!.MappedIntoArea);
    }

    [Fact]
    public void Build_DataChangingVintage_SaysSoAndMapsTheOtherVintagesMonths()
    {
        var area = new LsoaCodeListArea("Area", [U, B1, MG]);
        (YearMonth, string)[] months = [(Jan, A), (Feb, B1)];
        LsoaPointRows[] rows = [new(A, 1.2, 0.5, 2), new(B1, 1.2, 0.5, 2)];

        var report = LsoaVintageReport.Build(area, Lookup, months, rows, Polygons2021);

        Assert.True(report.DataChangesVintage);
        Assert.Equal(LsoaVintage.Mixed, report.Data!.Vintage);
        Assert.Equal(2, report.Mapping!.RowsOfOtherVintage);
    }

    [Fact]
    public void Build_DataOfTheAreasVintage_MapsNothing()
    {
        var area = new LsoaCodeListArea("Area", [U, B1]);
        var report = LsoaVintageReport.Build(area, Lookup, [(Jan, B1)], [new(B1, 1.2, 0.5, 2)], Polygons2021);

        Assert.Null(report.Mapping);
        Assert.Equal(LsoaVintage.Census2021, report.Data!.Vintage);
    }

    [Fact]
    public void Build_NoLookup_TellsNothing()
    {
        var report = LsoaVintageReport.Build(new LsoaCodeListArea("Area", [U]), null, [(Jan, A)], [new(A, 1.2, 0.5, 2)], null);

        Assert.Same(LsoaVintageReport.NoLookup, report);
        Assert.Null(report.LookupSource);
    }
}
