using Assessment.Core.Geography;
using Assessment.Core.Model;
using Assessment.Core.Reporting.Sections;
using static Assessment.Core.Tests.Geography.LsoaVintageSquares;

namespace Assessment.Core.Tests.Reporting.Sections;

public sealed class LsoaVintageWordingTests
{
    [Fact]
    public void Notes_MappedData_NameBothVintagesAndEveryCount()
    {
        var area = new LsoaCodeListArea("Area", [U, B1, MG]);
        LsoaPointRows[] rows = [new(A, 1.2, 0.5, 2), new(A, 1.8, 0.5, 3), new(M1, 2.5, 0.5, 4), new("E01999999", 9, 9, 6)];
        var report = LsoaVintageReport.Build(area, Lookup, [(new YearMonth(2024, 1), A), (new YearMonth(2024, 2), M1)], rows, polygons: null);

        var text = string.Join(" ", LsoaVintageWording.Notes(report, area));

        Assert.Contains("The data's LSOA codes are 2011 LSOAs in January to February 2024", text, StringComparison.Ordinal);
        Assert.Contains("The area's list of 3 LSOA codes is of 2021 LSOAs.", text, StringComparison.Ordinal);
        Assert.Contains("of 9 such rows, 4 took the one LSOA of their code and 5 are ambiguous (their LSOA, E01000002,", text, StringComparison.Ordinal);
        Assert.Contains("4 of them are in the area", text, StringComparison.Ordinal);
        Assert.Contains("6 rows in 1 LSOA have codes the lookup does not hold", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Notes_DataThatChangesVintage_SayTheChangeIsNotACrimeChange()
    {
        var area = new LsoaCodeListArea("Area", [U, B1, MG]);
        var report = LsoaVintageReport.Build(area, Lookup, [(new YearMonth(2024, 1), A), (new YearMonth(2025, 1), B1)], [new(A, 1.2, 0.5, 2)], Polygons2021);

        var text = string.Join(" ", LsoaVintageWording.Notes(report, area));

        Assert.Contains("2011 LSOAs in January 2024 and 2021 LSOAs in January 2025", text, StringComparison.Ordinal);
        Assert.Contains("the change of codes is not a change in crime", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Notes_CodeListWithoutLookup_SayTheVintageWasNotChecked()
    {
        var notes = LsoaVintageWording.Notes(LsoaVintageReport.NoLookup, new LsoaCodeListArea("Area", [U]));

        Assert.Contains("was not checked", Assert.Single(notes), StringComparison.Ordinal);
        Assert.Empty(LsoaVintageWording.Notes(LsoaVintageReport.NoLookup, new LsoaNamePrefixArea("Area", "Dover ")));
    }

    [Fact]
    public void Describe_CodeListOfAKnownVintage_NamesIt()
    {
        var area = new LsoaCodeListArea("Area", [U, B1]) { Vintage = LsoaVintage.Census2021 };

        Assert.Equal("LSOA code in a list of 2 codes of 2021 LSOAs", AreaDefinitionWording.Describe(area));
        Assert.Equal("LSOA code in a list of 2 codes", AreaDefinitionWording.Describe(area with { Vintage = LsoaVintage.Undetermined }));
    }
}
