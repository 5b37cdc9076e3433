using Assessment.Core.Partners;
using Assessment.Storage.Partners;
using Assessment.Storage.Store;

namespace Assessment.Storage.Tests.Partners;

/// <summary>Reoffending, seizure and county extracts in the store: registry, rejects, idempotent re-runs, restated files.</summary>
public sealed class ReoffendingStoreTests : IDisposable
{
    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    private static ReoffendingRecord Row(long? reoffenders, long line) =>
        new("Jan 2022 to Mar 2022", new DateOnly(2022, 1, 1), 3, "E07000106", "Canterbury", ReoffendingAreaType.LocalAuthority,
            ReoffendingOffenderType.Adult, 120, reoffenders, null, line);

    private static ReoffendingExtract Extract(string file, params ReoffendingRecord[] rows) =>
        new(rows, [new ExtractReject(file, null, 9, "Offender type", ExtractReject.UnknownCategory, "the offender type is \"Youth\".")], rows.Length + 1);

    [Fact]
    public void Load_NewFile_StoresRowsAndRejectsAndReadsThemBack()
    {
        var path = folder.Write("reoffending.csv", "v1");
        using var store = AssessmentStore.Open(":memory:");
        var reoffending = new ReoffendingStore(store);

        var load = reoffending.Load(path, null, () => Extract(path, Row(36, 2), Row(null, 3)));

        Assert.Equal((PartnerFileOutcome.Loaded, 3L, 2L, 1L), (load.Outcome, load.RowsRead, load.RowsLoaded, load.RowsRejected));
        Assert.Equal([Row(36, 2), Row(null, 3)], reoffending.Records());
        Assert.Equal(("Offender type", ExtractReject.UnknownCategory),
            (store.Connection.Scalar<string>("SELECT column_name FROM load_reject WHERE file_id = ?", load.FileId), store.Connection.Scalar<string>("SELECT error_type FROM load_reject")));
    }

    [Fact]
    public void Load_SameContentAgain_IsNotRead_AndNewContentReplaces()
    {
        var path = folder.Write("reoffending.csv", "v1");
        using var store = AssessmentStore.Open(":memory:");
        var reoffending = new ReoffendingStore(store);
        var first = reoffending.Load(path, null, () => Extract(path, Row(36, 2)));

        var again = reoffending.Load(path, null, () => throw new InvalidOperationException("read again"));
        var restated = folder.Write("reoffending.csv", "v2");
        var replaced = reoffending.Load(restated, null, () => new ReoffendingExtract([Row(40, 2)], [], 1));

        Assert.Equal((PartnerFileOutcome.Unchanged, first.FileId), (again.Outcome, again.FileId));
        Assert.Equal(PartnerFileOutcome.Replaced, replaced.Outcome);
        Assert.Equal(40, Assert.Single(reoffending.Records()).Reoffenders);
        Assert.Equal(0, store.Connection.Scalar<long>("SELECT count(*) FROM load_reject"));
        Assert.Equal(1, store.Connection.Scalar<long>("SELECT count(*) FROM source_file WHERE kind = ?", ReoffendingStore.Kind));
    }

    [Fact]
    public void Load_RowsUnaccountedFor_StoresNothing()
    {
        var path = folder.Write("reoffending.csv", "v1");
        using var store = AssessmentStore.Open(":memory:");
        var reoffending = new ReoffendingStore(store);

        Assert.Throws<InvalidOperationException>(() => reoffending.Load(path, null, () => new ReoffendingExtract([Row(36, 2)], [], 5)));

        Assert.Empty(reoffending.Records());
        Assert.Equal(0, store.Connection.Scalar<long>("SELECT count(*) FROM source_file"));
    }

    [Fact]
    public void DrugSeizures_EachYearIsItsOwnFile_AndARestatedYearReplacesOnlyThatYear()
    {
        using var store = AssessmentStore.Open(":memory:");
        var seizures = new DrugSeizureStore(store);
        DrugSeizureExtract Year(string year, double value) => new(DrugSeizureMeasure.Seizures, year, [new DrugSeizureRecord(year, " Kent 4", "Kent", "All drugs", value, 2)], [], 1);
        var y1 = folder.Write("Seizures17-18.csv", "a");
        var y2 = folder.Write("Seizures18-19.csv", "b");
        seizures.Load(y1, DrugSeizureMeasure.Seizures, new DateOnly(2017, 4, 1), () => Year("2017-18", 3323));
        seizures.Load(y2, DrugSeizureMeasure.Seizures, new DateOnly(2018, 4, 1), () => Year("2018-19", 3678));

        var unchanged = seizures.Load(y2, DrugSeizureMeasure.Seizures, new DateOnly(2018, 4, 1), () => throw new InvalidOperationException("read again"));
        var restated = seizures.Load(folder.Write("Seizures18-19.csv", "c"), DrugSeizureMeasure.Seizures, new DateOnly(2018, 4, 1), () => Year("2018-19", 3700));

        Assert.Equal((PartnerFileOutcome.Unchanged, PartnerFileOutcome.Replaced), (unchanged.Outcome, restated.Outcome));
        Assert.Equal([("2017-18", 3323.0), ("2018-19", 3700.0)], seizures.Records(DrugSeizureMeasure.Seizures).Select(r => (r.Year, r.Value!.Value)));
        Assert.Equal(" Kent 4", seizures.Records(DrugSeizureMeasure.Seizures)[0].ForceRaw);
        Assert.Empty(seizures.Records(DrugSeizureMeasure.Quantity));
    }

    [Fact]
    public void CountyMeasures_AreKeptPerMeasureAndReadByAreaInAnyCase()
    {
        using var store = AssessmentStore.Open(":memory:");
        var county = new CountyMeasureStore(store);
        CountyMeasureExtract Table(double kent) => new([new CountyMeasureRecord(2018, "Kent", kent, 2), new CountyMeasureRecord(2018, "Medway", null, 2)], [], 1);
        county.Load("drug_misuse_deaths", folder.Write("deaths.csv", "a"), () => Table(186));
        var admissions = county.Load("drug_misuse_admissions", folder.Write("admissions.csv", "b"), () => Table(400));

        Assert.Equal((1L, 1L), (admissions.RowsRead, admissions.RowsLoaded));
        Assert.Equal(186, Assert.Single(county.Records("drug_misuse_deaths", "KENT")).Value);
        Assert.Equal(400, Assert.Single(county.Records("drug_misuse_admissions", "Kent")).Value);
        Assert.Null(Assert.Single(county.Records("drug_misuse_deaths", "Medway")).Value);
        Assert.Empty(county.Records("population", "Kent"));
    }
}
