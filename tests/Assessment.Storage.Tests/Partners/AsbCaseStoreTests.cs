using Assessment.Core.Model;
using Assessment.Core.Partners;
using Assessment.Storage.Partners;
using Assessment.Storage.Store;

namespace Assessment.Storage.Tests.Partners;

/// <summary>The council ASB case log in the store: round trip, rejects, idempotent re-runs and a newer export.</summary>
public sealed class AsbCaseStoreTests : IDisposable
{
    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    private static AsbCase Case(string reference, long line, DateOnly? day = null) =>
        new(reference, new YearMonth(2025, 3), day, "Graffiti", "E05010410", "Westgate", "E01024042", 51.28, 1.07, null, null, "Council", "Open", line);

    private static AsbCaseExtract Extract(string file, params AsbCase[] cases) =>
        new(cases, [new ExtractReject(file, null, 9, "category", ExtractReject.UnknownCategory, "\"Parking\" is not a known category.")], cases.Length + 1);

    [Fact]
    public void Load_NewLog_StoresEveryFieldAndTheReject()
    {
        var path = folder.Write("cases.csv", "v1");
        using var store = AssessmentStore.Open(":memory:");
        var asb = new AsbCaseStore(store);
        AsbCase[] cases = [Case("ASB-1", 2, new DateOnly(2025, 3, 14)), Case("ASB-2", 3) with { WardCode = null, Latitude = null, Longitude = null, Easting = 614367, Northing = 157938 }];

        var load = asb.Load(path, null, () => Extract(path, cases));

        Assert.Equal((PartnerFileOutcome.Loaded, 3L, 2L, 1L), (load.Outcome, load.RowsRead, load.RowsLoaded, load.RowsRejected));
        Assert.Equal(cases, asb.Cases());
        Assert.Equal(("category", ExtractReject.UnknownCategory), (store.Connection.Scalar<string>("SELECT column_name FROM load_reject"), store.Connection.Scalar<string>("SELECT error_type FROM load_reject")));
    }

    [Fact]
    public void Load_SameContentAgain_IsNotRead_AndANewExportReplacesTheOld()
    {
        var path = folder.Write("cases.csv", "v1");
        using var store = AssessmentStore.Open(":memory:");
        var asb = new AsbCaseStore(store);
        asb.Load(path, null, () => Extract(path, Case("ASB-1", 2)));

        var again = asb.Load(path, null, () => throw new InvalidOperationException("read again"));
        File.WriteAllText(path, "v2");
        var newer = asb.Load(path, null, () => new AsbCaseExtract([Case("ASB-1", 2), Case("ASB-7", 3)], [], 2));

        Assert.Equal(PartnerFileOutcome.Unchanged, again.Outcome);
        Assert.Equal(PartnerFileOutcome.Replaced, newer.Outcome);
        Assert.Equal(["ASB-1", "ASB-7"], asb.Cases().Select(c => c.CaseReference));
        Assert.Equal(0, store.Connection.Scalar<long>("SELECT count(*) FROM load_reject"));
        Assert.Equal(1, store.Connection.Scalar<long>("SELECT count(*) FROM source_file WHERE kind = ?", AsbCaseStore.Kind));
    }

    [Fact]
    public void Load_CountsThatDoNotAddUp_StoreNothing()
    {
        var path = folder.Write("cases.csv", "v1");
        using var store = AssessmentStore.Open(":memory:");
        var asb = new AsbCaseStore(store);

        Assert.Throws<InvalidOperationException>(() => asb.Load(path, null, () => new AsbCaseExtract([Case("ASB-1", 2)], [], 5)));

        Assert.Empty(asb.Cases());
        Assert.Equal(0, store.Connection.Scalar<long>("SELECT count(*) FROM source_file"));
    }
}
