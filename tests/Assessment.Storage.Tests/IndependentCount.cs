namespace Assessment.Storage.Tests;

/// <summary>
/// Counts police.uk rows by reading the CSV text directly (police.uk files have no quoted fields), without DuckDB,
/// so the store's numbers are checked against something that doesn't share its code.
/// </summary>
internal static class IndependentCount
{
    public static IReadOnlyList<string[]> Rows(string path) =>
        File.ReadLines(path).Skip(1).Where(l => l.Trim().Length > 0).Select(l => l.Split(',')).ToArray();

    public static IEnumerable<string> StreetFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*-street.csv", SearchOption.AllDirectories).Order(StringComparer.Ordinal);
}
