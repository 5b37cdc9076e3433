using Assessment.Core.Model;
using Assessment.Core.Prioritisation;
using Assessment.Core.Reporting.Sections;
using Assessment.Files.Tables;

namespace Assessment.Files.Tests.Tables;

public sealed class PrioritisationTablesTests : IDisposable
{
    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Write_OneRowPerCandidateByRankWithEveryCriterion()
    {
        CandidateIssue Issue(string id, double volume, double? harm) => new(id, id.ToUpperInvariant(), CandidateKind.CrimeType, volume, VolumeUnit.Crimes, null, null, harm, null, "t");
        var period = new AssessmentPeriod(new YearMonth(2025, 12), 12);
        var result = PrioritisationMatrix.Score([Issue("b", 10, null), Issue("a", 30, 5)], PrioritisationSettings.Default, null,
            c => PrioritisationWording.Evidence(c, 2, 5, period, null));

        var path = PrioritisationTables.Write(folder.Path, result, period);

        Assert.Equal(folder.Combine("tables", "prioritisation.csv"), path);
        var (header, rows) = CsvRecords.Read(path);
        Assert.Equal(PrioritisationTables.Columns, header);
        Assert.Equal(2, rows.Count);
        string Cell(int row, string column) => rows[row - 1][PrioritisationTables.Columns.ToList().IndexOf(column)];
        Assert.Equal(["a", "b"], [Cell(1, "id"), Cell(2, "id")]);
        Assert.Equal(["1", "crime_type", "4", "true", "3", "false", "not set", "1"],
            [Cell(1, "rank"), Cell(1, "kind"), Cell(1, "volume_score"), Cell(1, "volume_measured"), Cell(1, "vulnerability_score"), Cell(1, "vulnerability_measured"), Cell(1, "vulnerability_basis"), Cell(1, "harm_weight")]);
        Assert.Equal(result.Candidates[1].Evidence, Cell(2, "evidence"));
        Assert.Equal("30 crimes in January 2025 to December 2025", Cell(1, "volume_basis"));
    }
}
