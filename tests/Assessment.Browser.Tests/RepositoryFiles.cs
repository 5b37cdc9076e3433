using System.Runtime.CompilerServices;

namespace Assessment.Browser.Tests;

/// <summary>Paths to the real sample data committed in the repository (data-samples/), found from this source file.</summary>
internal static class RepositoryFiles
{
    public static string Root([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", ".."));

    public static string DataSamples(params string[] parts) => Path.Combine([Root(), "data-samples", .. parts]);
}
