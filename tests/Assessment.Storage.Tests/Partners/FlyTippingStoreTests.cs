using Assessment.Core.Partners;
using Assessment.Storage.Partners;
using Assessment.Storage.Store;

namespace Assessment.Storage.Tests.Partners;

/// <summary>Fly-tipping extracts in the store: registry, rejects, idempotent re-runs and restated files.</summary>
public sealed class FlyTippingStoreTests : IDisposable
{
    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    private static FlyTippingRecord Row(string year, double? total, long row) =>
        new(year, "E07000106", "Canterbury", "South East", FlyTippingRowKind.LocalAuthority, total, 165394, null, row);

    private static FlyTippingExtract Extract(string file, params FlyTippingRecord[] rows) =>
        new(rows, [new ExtractReject(file, "LA_incidents", 9, "Total Incidents", ExtractReject.Negative, "-4 is negative; a count cannot be.")], rows.Length + 1);

    [Fact]
    public void Load_NewFile_StoresRowsRejectsAndRegistersTheFile()
    {
        var path = folder.Write("flytipping.csv", "v1");
        using var store = AssessmentStore.Open(":memory:");
        var flyTipping = new FlyTippingStore(store);

        var load = flyTipping.Load(path, "LA_incidents", () => Extract(path, Row("2020-21", 2111, 4), Row("2021-22", null, 5)));

        Assert.Equal((PartnerFileOutcome.Loaded, 3L, 2L, 1L), (load.Outcome, load.RowsRead, load.RowsLoaded, load.RowsRejected));
        Assert.Equal([2111, null], flyTipping.Records().Select(r => r.TotalIncidents));
        Assert.Equal(("LA_incidents", 3L), (store.Connection.Scalar<string>("SELECT sheet FROM source_file WHERE kind = ?", FlyTippingStore.Kind), store.Connection.Scalar<long>("SELECT rows_read FROM source_file")));
        using var reject = store.Connection.Query("SELECT line, column_name, error_type, reason FROM load_reject WHERE file_id = ?", load.FileId);
        Assert.True(reject.Read());
        Assert.Equal((9L, "Total Incidents", ExtractReject.Negative), (reject.GetInt64(0), reject.GetString(1), reject.GetString(2)));
    }

    [Fact]
    public void Load_Workbook_StoresActionsAndNotesAndSaysWhichSheetARejectIsOn()
    {
        var path = folder.Write("Flytipping.xlsx", "v1");
        using var store = AssessmentStore.Open(":memory:");
        var flyTipping = new FlyTippingStore(store);
        var action = new FlyTippingActionRecord("2021-22", "E07000106", "Canterbury", FlyTippingRowKind.LocalAuthority,
            [new(FlyTippingActionTypes.Total, 129), new("Investigations", 62), new("Prosecutions", null)], 7);
        var extract = Extract(path, Row("2021-22", 2198, 4)) with
        {
            Actions = [action],
            ActionDataRows = 2,
            Notes = ["Title: Fly-tipping", "The 2019/20 reporting basis has also been updated for Canterbury."],
            Rejects = [new ExtractReject(path, "LA_actions", 8, "Total Actions", ExtractReject.Negative, "-1 is negative.")],
        };

        var load = flyTipping.Load(path, "LA_incidents", () => extract with { DataRows = 1 });

        Assert.Equal((3L, 2L, 1L), (load.RowsRead, load.RowsLoaded, load.RowsRejected));
        var stored = Assert.Single(flyTipping.Actions());
        Assert.Equal((action.Year, action.OnsCode, action.Kind, action.SourceRow), (stored.Year, stored.OnsCode, stored.Kind, stored.SourceRow));
        Assert.Equal(action.Actions, stored.Actions);
        Assert.Equal(extract.Notes, flyTipping.Notes());
        Assert.Equal("LA_actions!Total Actions", store.Connection.Scalar<string>("SELECT column_name FROM load_reject"));
    }

    [Fact]
    public void Load_SameContentAgain_IsNotReadNorLoadedTwice()
    {
        var path = folder.Write("flytipping.csv", "v1");
        var copy = folder.Write("copy/flytipping.csv", "v1");
        using var store = AssessmentStore.Open(":memory:");
        var flyTipping = new FlyTippingStore(store);
        var first = flyTipping.Load(path, null, () => Extract(path, Row("2020-21", 2111, 4)));

        var again = flyTipping.Load(copy, null, () => throw new InvalidOperationException("read again"));

        Assert.Equal((PartnerFileOutcome.Unchanged, first.FileId, 1L), (again.Outcome, again.FileId, again.RowsLoaded));
        Assert.Single(flyTipping.Records());
        Assert.Equal(1, store.Connection.Scalar<long>("SELECT count(*) FROM load_reject"));
    }

    [Fact]
    public void Load_RestatedFile_ReplacesThePreviousRowsAndRejects()
    {
        var path = folder.Write("flytipping.csv", "v1");
        using var store = AssessmentStore.Open(":memory:");
        var flyTipping = new FlyTippingStore(store);
        flyTipping.Load(path, null, () => Extract(path, Row("2020-21", 2111, 4)));
        File.WriteAllText(path, "v2");

        var restated = flyTipping.Load(path, null, () => new FlyTippingExtract([Row("2020-21", 2198, 4), Row("2021-22", 2200, 5)], [], 2));

        Assert.Equal(PartnerFileOutcome.Replaced, restated.Outcome);
        Assert.Equal([2198, 2200], flyTipping.Records().Select(r => r.TotalIncidents));
        Assert.Equal(0, store.Connection.Scalar<long>("SELECT count(*) FROM load_reject"));
        Assert.Equal(1, store.Connection.Scalar<long>("SELECT count(*) FROM source_file WHERE kind = ?", FlyTippingStore.Kind));
    }

    [Fact]
    public void Load_RowsUnaccountedFor_StoresNothing()
    {
        var path = folder.Write("flytipping.csv", "v1");
        using var store = AssessmentStore.Open(":memory:");
        var flyTipping = new FlyTippingStore(store);

        var error = Assert.Throws<InvalidOperationException>(() => flyTipping.Load(path, null, () => new FlyTippingExtract([Row("2020-21", 1, 4)], [], 5)));

        Assert.Contains(path, error.Message);
        Assert.Equal(0, store.Connection.Scalar<long>("SELECT count(*) FROM source_file"));
    }

    [Fact]
    public void Open_StoreOfTheFormerSchema_IsMigratedAndStillLoadsPoliceFiles()
    {
        var path = folder.Combine("old.duckdb");
        using (var old = AssessmentStore.Open(path))
        {
            old.Connection.Execute("DROP TABLE flytipping_incident; ALTER TABLE source_file DROP COLUMN sheet; UPDATE schema_version SET version = 2;");
        }

        using var store = AssessmentStore.Open(path);

        Assert.Equal(StoreSchema.Version, store.Connection.Scalar<int>("SELECT max(version) FROM schema_version"));
        var csv = folder.Write("2025-01/2025-01-kent-street.csv", StoreTestSupport.ValidCsv("2025-01"));
        StoreTestSupport.Ingest(store, csv);
        Assert.Equal(3, StoreTestSupport.StoredRows(store));
    }
}
