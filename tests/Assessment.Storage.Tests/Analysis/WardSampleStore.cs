using Assessment.Core.Geography;
using Assessment.Core.Trends;
using Assessment.Files.Geography;
using Assessment.Storage.Analysis;
using Assessment.Storage.Ingest;
using Assessment.Storage.Store;

namespace Assessment.Storage.Tests.Analysis;

/// <summary>The Canterbury sample loaded once, scoped to the area by LSOA-name prefix, with its wards placed.</summary>
public sealed class WardSampleStore : IDisposable
{
    public static readonly string Folder = Path.Combine(RepositoryPaths.DataSamples, "policeuk");
    public static readonly string WardFile = Path.Combine(RepositoryPaths.DataSamples, "boundaries", "canterbury-wards-2025.geojson");

    public WardSampleStore()
    {
        Store = AssessmentStore.Open(":memory:");
        Report = StoreTestSupport.Ingest(Store, IndependentCount.StreetFiles(Folder).ToArray());
        AreaScope.Apply(Store, new LsoaNamePrefixArea("Canterbury", "Canterbury "));
        Locator = WardLocator.FromFeatures(BoundaryFile.Read(WardFile), Path.GetFileName(WardFile));
        Wards = new WardQueries(Store).CountsByWard(Locator);
    }

    public AssessmentStore Store { get; }

    public IngestReport Report { get; }

    public WardLocator Locator { get; }

    public WardCounts Wards { get; }

    public void Dispose() => Store.Dispose();
}
