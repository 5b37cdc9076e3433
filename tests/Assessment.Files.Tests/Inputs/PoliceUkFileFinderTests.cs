using Assessment.Files.Inputs;

namespace Assessment.Files.Tests.Inputs;

public sealed class PoliceUkFileFinderTests : IDisposable
{
    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Find_ArchiveLayoutWithSeveralForces_ListsStreetFilesAndIgnoresTheRest()
    {
        folder.Write("archive/2025-01/2025-01-kent-street.csv", "x");
        folder.Write("archive/2025-01/2025-01-btp-street.csv", "x");
        folder.Write("archive/2025-01/2025-01-kent-outcomes.csv", "x");
        folder.Write("archive/2025-02/2025-02-kent-street.csv", "x");
        folder.Write("archive/2025-02/2025-02-kent-stop-and-search.csv", "x");

        var search = PoliceUkFileFinder.Find([folder.Combine("archive")], folder.Path);

        Assert.Equal(
            ["archive/2025-01/2025-01-btp-street.csv", "archive/2025-01/2025-01-kent-street.csv", "archive/2025-02/2025-02-kent-street.csv"],
            search.Files.Select(f => f.DisplayPath));
        Assert.Equal(2, search.Ignored.Count);
        Assert.Empty(search.Problems);
    }

    [Fact]
    public void Find_FlatFolder_FindsTheSameFiles()
    {
        folder.Write("flat/2025-01-kent-street.csv", "x");
        folder.Write("flat/2025-02-kent-street.csv", "x");

        var search = PoliceUkFileFinder.Find([folder.Combine("flat")], folder.Path);

        Assert.Equal(["2025-01", "2025-02"], search.Files.Select(f => f.Name.Month.ToString()));
    }

    [Fact]
    public void Find_ExplicitFileWithWrongName_IsAProblemNotSilentlySkipped()
    {
        var path = folder.Write("crimes.csv", "x");

        var search = PoliceUkFileFinder.Find([path, folder.Combine("missing")], folder.Path);

        Assert.Empty(search.Files);
        Assert.Contains(search.Problems, p => p.StartsWith("crimes.csv: not a police.uk street-level file name", StringComparison.Ordinal));
        Assert.Contains(search.Problems, p => p.StartsWith("missing: no such file or folder", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_SameFileNamedTwice_ListsItOnce()
    {
        var path = folder.Write("in/2025-01-kent-street.csv", "x");

        var search = PoliceUkFileFinder.Find([path, folder.Combine("in")], folder.Path);

        Assert.Single(search.Files);
    }
}
