using Assessment.Core.Model;
using Assessment.Storage.Ingest;
using Assessment.Storage.Store;

namespace Assessment.Storage.Tests;

internal static class StoreTestSupport
{
    public const string Header = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context";

    public static PoliceUkSourceFile Source(string path)
    {
        Assert.True(PoliceUkFileName.TryParse(Path.GetFileName(path), out var name), $"{path} is not a street file name");
        return new PoliceUkSourceFile(path, Path.GetFileName(Path.GetDirectoryName(path)!) + "/" + Path.GetFileName(path), name!);
    }

    public static IngestReport Ingest(AssessmentStore store, params string[] paths) =>
        new PoliceUkIngestor(store, TimeProvider.System).Ingest(paths.Select(Source).ToArray());

    public static long StoredRows(AssessmentStore store) => store.Connection.Scalar<long>("SELECT count(*) FROM street_record");

    public static long StoredRejects(AssessmentStore store) => store.Connection.Scalar<long>("SELECT count(*) FROM load_reject");

    /// <summary>A small, valid police.uk file for <paramref name="month"/>: two crimes and one ASB row.</summary>
    public static string ValidCsv(string month, string lineEnding = "\n") => string.Join(lineEnding,
    [
        Header,
        $"aaa111,{month},Kent Police,Kent Police,1.080000,51.280000,On or near High Street,E01024000,Canterbury 012A,Shoplifting,Under investigation,",
        $"bbb222,{month},Kent Police,Kent Police,1.081000,51.281000,On or near Castle Street,E01024001,Canterbury 012B,Burglary,Unable to prosecute suspect,",
        $",{month},Kent Police,Kent Police,1.082000,51.282000,On or near Park,E01024002,Canterbury 013A,Anti-social behaviour,,",
    ]) + lineEnding;
}
