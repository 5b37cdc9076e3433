using Assessment.Files.Configuration;
using Assessment.Files.Partners;

namespace Assessment.Files.Trends;

/// <summary>Where a table read by <see cref="SheetSource"/> comes from, for messages: a CSV file, or a sheet of a workbook.</summary>
/// <param name="Path">The file, as given.</param>
/// <param name="Sheet">The worksheet read, or null for a CSV.</param>
internal sealed record SheetLocation(string Path, string? Sheet)
{
    /// <summary>"file" or "file, sheet S".</summary>
    public string Where => Sheet is null ? Path : $"{Path}, sheet {Sheet}";

    /// <summary>"line" for a CSV, "row" for a sheet.</summary>
    public string RowWord => Sheet is null ? "line" : "row";

    /// <summary>An error about one cell: "&lt;file&gt;[, sheet S], line|row N, column C (header name): message".</summary>
    public ConfigurationException At(SheetRow row, SheetRow header, int column, string message) =>
        new($"{Where}, {RowWord} {row.Number}, column {column + 1} ({header.Cell(column)}): {message}");

    /// <summary>The rows of <paramref name="path"/>: sheet <paramref name="preferredSheet"/> of a workbook (else its first sheet), or a CSV's records.</summary>
    /// <exception cref="ConfigurationException">The file is missing or unreadable (named by <paramref name="description"/>), or a workbook has no sheets.</exception>
    public static (SheetLocation Location, IReadOnlyList<SheetRow> Rows) Open(string path, string preferredSheet, string description)
    {
        if (!File.Exists(path)) throw new ConfigurationException($"{description} not found: {path}");
        if (!SheetSource.IsWorkbook(path)) return (new SheetLocation(path, null), SheetSource.Csv(path));
        var names = SheetSource.SheetNames(path);
        var sheet = names.Contains(preferredSheet, StringComparer.Ordinal) ? preferredSheet
            : names.FirstOrDefault() ?? throw new ConfigurationException($"{path}: the workbook has no sheets.");
        return (new SheetLocation(path, sheet), SheetSource.Workbook(path, sheet));
    }
}
