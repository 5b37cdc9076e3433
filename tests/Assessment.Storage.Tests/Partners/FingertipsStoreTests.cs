using Assessment.Core.Partners;
using Assessment.Files.Partners;
using Assessment.Storage.Partners;
using Assessment.Storage.Store;

namespace Assessment.Storage.Tests.Partners;

/// <summary>Fingertips exports in the store: both real files end to end, several exports side by side, idempotent re-runs.</summary>
public sealed class FingertipsStoreTests : IDisposable
{
    private static readonly string Export = Path.Combine(RepositoryPaths.SharedData, "partners", "fingertips-export-sample", "indicators-CountyUA.data.csv");
    private static readonly string Admissions = Path.Combine(RepositoryPaths.SharedData, "partners", "alcohol-related-admissions", "alcohol_related_admissions.csv");

    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Load_BothRealFiles_StoresEveryRowWithZeroRejectsSideBySide()
    {
        using var store = AssessmentStore.Open(":memory:");
        var fingertips = new FingertipsStore(store);

        var export = fingertips.Load(Export, () => FingertipsFile.Read(Export));
        var admissions = fingertips.Load(Admissions, () => FingertipsFile.Read(Admissions));

        Assert.Equal((PartnerFileOutcome.Loaded, 852L, 852L, 0L), (export.Outcome, export.RowsRead, export.RowsLoaded, export.RowsRejected));
        Assert.Equal((PartnerFileOutcome.Loaded, 3280L, 3280L, 0L), (admissions.Outcome, admissions.RowsRead, admissions.RowsLoaded, admissions.RowsRejected));
        Assert.Equal(0, store.Connection.Scalar<long>("SELECT count(*) FROM load_reject"));
        Assert.Equal(852 + 3280, store.Connection.Scalar<long>("SELECT count(*) FROM fingertips_value"));
        var kent = fingertips.Records(Export).Single(r => r.AreaCode == "E10000016" && r.Period == "2015" && r.Age == "All ages");
        Assert.Equal((107.82, 102.67, 113.16, 1644.0), (Math.Round(kent.Value!.Value, 2), Math.Round(kent.LowerCi95!.Value, 2), Math.Round(kent.UpperCi95!.Value, 2), kent.Count!.Value));
        Assert.Equal([673.0, 736, 730, 650, 680, 667, 682, 677, 551, 462], fingertips.Records(Admissions).Where(r => r.AreaCode == "E07000106").Select(r => r.Value!.Value));
        // Suppressed values come back as missing, never zero.
        Assert.Equal(27, fingertips.Records(Admissions).Count(r => r.Value is null));
    }

    [Fact]
    public void Load_RecordsReadBack_EqualTheRecordsRead()
    {
        using var store = AssessmentStore.Open(":memory:");
        var fingertips = new FingertipsStore(store);
        var read = FingertipsFile.Read(Export);

        fingertips.Load(Export, () => read);

        Assert.Equal(read.Records, fingertips.Records(Export));
    }

    [Fact]
    public void Load_SameFileAgain_IsUnchangedAndNotRead()
    {
        using var store = AssessmentStore.Open(":memory:");
        var fingertips = new FingertipsStore(store);
        var first = fingertips.Load(Admissions, () => FingertipsFile.Read(Admissions));

        var again = fingertips.Load(Admissions, () => throw new InvalidOperationException("read again"));

        Assert.Equal((PartnerFileOutcome.Unchanged, first.FileId), (again.Outcome, again.FileId));
        Assert.Equal(3280, store.Connection.Scalar<long>("SELECT count(*) FROM fingertips_value"));
    }

    [Fact]
    public void Load_NewContentAtTheSamePath_ReplacesOnlyThatExport()
    {
        var path = folder.Write("indicator.csv", "v1");
        using var store = AssessmentStore.Open(":memory:");
        var fingertips = new FingertipsStore(store);
        fingertips.Load(Admissions, () => FingertipsFile.Read(Admissions));
        fingertips.Load(path, () => Extract(path, 500, reject: true));
        File.WriteAllText(path, "v2");

        var restated = fingertips.Load(path, () => Extract(path, 510, reject: false));

        Assert.Equal(PartnerFileOutcome.Replaced, restated.Outcome);
        Assert.Equal([510.0], fingertips.Records(path).Select(r => r.Value!.Value));
        Assert.Equal(3280, fingertips.Records(Admissions).Count);
        Assert.Equal(0, store.Connection.Scalar<long>("SELECT count(*) FROM load_reject"));
        Assert.Equal(2, store.Connection.Scalar<long>("SELECT count(*) FROM source_file WHERE kind = ?", FingertipsStore.Kind));
    }

    [Fact]
    public void Load_CountsThatDoNotAddUp_StoreNothing()
    {
        var path = folder.Write("indicator.csv", "v1");
        using var store = AssessmentStore.Open(":memory:");
        var fingertips = new FingertipsStore(store);

        Assert.Throws<InvalidOperationException>(() => fingertips.Load(path, () => Extract(path, 500, reject: false) with { DataRows = 5 }));

        Assert.Equal(0, store.Connection.Scalar<long>("SELECT count(*) FROM source_file"));
        Assert.Equal(0, store.Connection.Scalar<long>("SELECT count(*) FROM fingertips_value"));
    }

    private static PartnerExtract<FingertipsRecord> Extract(string file, double value, bool reject) => new(
        [new FingertipsRecord("91414", "Alcohol", "E07000106", "Canterbury", null, "Persons", null, null, null, "2017/18", null, value, null, null, null, null, "Better", null, null, 2)],
        reject ? [new ExtractReject(file, null, 3, "value", ExtractReject.Negative, "-1 is negative.")] : [],
        reject ? 2 : 1);
}
