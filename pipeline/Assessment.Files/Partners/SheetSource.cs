using System.Globalization;
using Assessment.Files.Configuration;
using Assessment.Files.Trends;
using CsvHelper;
using MiniExcelLibs;

namespace Assessment.Files.Partners;

/// <summary>
/// Reads the rows of one worksheet of an xlsx workbook (MiniExcel) or of a CSV file (CsvHelper) as text, so one parser
/// serves both. No row is taken as the header here: published workbooks put title rows above it.
/// </summary>
internal static class SheetSource
{
    /// <summary>True when <paramref name="path"/> names a workbook (.xlsx) rather than a CSV.</summary>
    public static bool IsWorkbook(string path) => path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);

    /// <summary>The names of the sheets of the workbook at <paramref name="path"/>, in order.</summary>
    /// <exception cref="ConfigurationException">The file is missing or is not an xlsx workbook.</exception>
    public static IReadOnlyList<string> Sheets(string path)
    {
        if (!File.Exists(path)) throw new ConfigurationException($"File not found: {path}");
        try
        {
            return MiniExcel.GetSheetNames(path);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or InvalidOperationException or System.Xml.XmlException)
        {
            throw new ConfigurationException($"{path}: cannot be read as an xlsx workbook ({e.Message}).", e);
        }
    }

    /// <summary>The rows of sheet <paramref name="sheet"/> of the workbook at <paramref name="path"/>, numbered as Excel numbers them.</summary>
    /// <exception cref="ConfigurationException">The file is missing, is not an xlsx workbook, or has no such sheet (the sheets it has are listed).</exception>
    public static IReadOnlyList<SheetRow> Workbook(string path, string sheet)
    {
        var sheets = Sheets(path);
        if (!sheets.Contains(sheet, StringComparer.Ordinal))
            throw new ConfigurationException($"{path}: has no sheet \"{sheet}\"; its sheets are {string.Join(", ", sheets.Select(s => $"\"{s}\""))}.");

        var rows = new List<SheetRow>();
        long number = 0;
        // MiniExcel yields every row from A1, blank ones included, so the count is the Excel row number.
        foreach (IDictionary<string, object?> row in MiniExcel.Query(path, useHeaderRow: false, sheetName: sheet))
        {
            number++;
            rows.Add(new SheetRow(number, row.Values.Select(Text).ToList()));
        }
        return rows;
    }

    /// <summary>The records of the CSV at <paramref name="path"/>, each numbered by the line it starts on.</summary>
    /// <exception cref="ConfigurationException">The file is missing or malformed CSV (file and line named).</exception>
    public static IReadOnlyList<SheetRow> Csv(string path)
    {
        if (!File.Exists(path)) throw new ConfigurationException($"File not found: {path}");
        var rows = new List<SheetRow>();
        using var reader = CsvReader.FromFile(path, CsvExtract.Options(hasHeader: false));
        try
        {
            while (reader.Read())
            {
                var cells = new string[reader.FieldCount];
                for (var i = 0; i < cells.Length; i++) cells[i] = reader.GetString(i);
                rows.Add(new SheetRow(reader.LineNumber, cells));
            }
        }
        catch (CsvFormatException e)
        {
            throw new ConfigurationException($"{path}{(e.LineNumber > 0 ? $", line {e.LineNumber}" : "")}: malformed CSV ({e.Message}).", e);
        }
        return rows;
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
