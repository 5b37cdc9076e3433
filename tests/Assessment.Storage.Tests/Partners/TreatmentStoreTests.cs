using Assessment.Core.Partners;
using Assessment.Files.Partners;
using Assessment.Storage.Partners;
using Assessment.Storage.Store;

namespace Assessment.Storage.Tests.Partners;

/// <summary>Treatment figures in the store: the synthetic sample end to end, rejects, idempotent and restated loads.</summary>
public sealed class TreatmentStoreTests : IDisposable
{
    private static readonly string Sample = Path.Combine(RepositoryPaths.DataSamples, "ndtms-treatment-synthetic.csv");
    private const string Header = "period,area_code,area_name,substance_group,in_treatment,new_presentations,successful_completions,re_presentations";

    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Load_SyntheticSample_RoundTripsEveryRowIncludingSuppressedCounts()
    {
        using var store = AssessmentStore.Open(":memory:");
        var treatment = new TreatmentStore(store);
        var read = TreatmentFile.Read(Sample);

        var load = treatment.Load(Sample, () => read);

        Assert.Equal((PartnerFileOutcome.Loaded, read.DataRows, 0L), (load.Outcome, load.RowsLoaded, load.RowsRejected));
        Assert.Equal(read.Records, treatment.Records());
        Assert.Contains(treatment.Records(), r => r.RePresentations is null);
    }

    [Fact]
    public void Load_FileWithBadRows_StoresRejectsWithLineColumnAndReasonInOneGo()
    {
        var path = folder.Write("t.csv", $"{Header}\n2021-22,E07000106,Canterbury,opiate,400,70,30,3\n2021-22,E07000106,Canterbury,ketamine,40,7,3,0\n");
        using var store = AssessmentStore.Open(":memory:");
        var treatment = new TreatmentStore(store);

        var load = treatment.Load(path, () => TreatmentFile.Read(path));

        Assert.Equal((2L, 1L, 1L), (load.RowsRead, load.RowsLoaded, load.RowsRejected));
        using var reject = store.Connection.Query("SELECT line, column_name, error_type FROM load_reject WHERE file_id = ?", load.FileId);
        Assert.True(reject.Read());
        Assert.Equal((3L, "substance_group", ExtractReject.UnknownCategory), (reject.GetInt64(0), reject.GetString(1), reject.GetString(2)));
    }

    [Fact]
    public void Load_SameContentThenRestated_IsUnchangedThenReplaced()
    {
        var path = folder.Write("t.csv", $"{Header}\n2021-22,E07000106,Canterbury,opiate,400,70,30,3\n");
        using var store = AssessmentStore.Open(":memory:");
        var treatment = new TreatmentStore(store);
        treatment.Load(path, () => TreatmentFile.Read(path));

        var again = treatment.Load(path, () => throw new InvalidOperationException("read again"));
        File.WriteAllText(path, $"{Header}\n2021-22,E07000106,Canterbury,opiate,410,70,30,3\n");
        var restated = treatment.Load(path, () => TreatmentFile.Read(path));

        Assert.Equal((PartnerFileOutcome.Unchanged, PartnerFileOutcome.Replaced), (again.Outcome, restated.Outcome));
        Assert.Equal([410L], treatment.Records().Select(r => r.InTreatment!.Value));
        Assert.Equal(1, store.Connection.Scalar<long>("SELECT count(*) FROM source_file WHERE kind = ?", TreatmentStore.Kind));
    }
}
