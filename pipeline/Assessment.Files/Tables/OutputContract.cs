using Assessment.Core.Model;

namespace Assessment.Files.Tables;

/// <summary>
/// The tables whose shape other tools may rely on (the output contract). Column names and order don't change
/// without a major version.
/// </summary>
public static class OutputContract
{
    /// <summary>Columns of <c>counts_by_month.csv</c>: area name, month (<c>YYYY-MM</c>), police.uk crime type, number of in-area rows.</summary>
    public static readonly IReadOnlyList<string> CountsByMonthColumns = ["area", "month", "crime_type", "count"];

    /// <summary>Columns of <c>data_quality.csv</c>: the input file (relative path), its force and month, then row counts
    /// (<c>rows_read = rows_loaded + rows_rejected</c>; in-area rows = <c>rows_loaded − no_location − outside_area</c>).</summary>
    public static readonly IReadOnlyList<string> DataQualityColumns =
        ["file", "force", "month", "rows_read", "rows_loaded", "rows_rejected", "no_location", "outside_area", "duplicate_crime_ids"];

    /// <summary>
    /// <c>&lt;out&gt;/tables/counts_by_month.csv</c>: in-area rows only, one row per non-zero combination of area, month and
    /// crime type (counts split by force are added up).
    /// </summary>
    public static string WriteCountsByMonth(string outputDirectory, IEnumerable<MonthlyCount> counts)
    {
        var path = Path.Combine(outputDirectory, "tables", "counts_by_month.csv");
        CsvTableWriter.Write(path, CountsByMonthColumns, counts
            .GroupBy(c => (c.Area, c.Month, c.CrimeType))
            .OrderBy(g => g.Key.Month).ThenBy(g => g.Key.CrimeType, StringComparer.Ordinal)
            .Select(g => new object?[] { g.Key.Area, g.Key.Month.ToString(), g.Key.CrimeType, g.Sum(c => c.Count) }));
        return path;
    }

    /// <summary><c>&lt;out&gt;/data_quality.csv</c>: one row per input file.</summary>
    public static string WriteDataQuality(string outputDirectory, IEnumerable<FileQuality> files)
    {
        var path = Path.Combine(outputDirectory, "data_quality.csv");
        CsvTableWriter.Write(path, DataQualityColumns, files.Select(f => new object?[]
        {
            f.File, f.Force, f.Month.ToString(), f.RowsRead, f.RowsLoaded, f.RowsRejected, f.NoLocation, f.OutsideArea, f.DuplicateCrimeIds,
        }));
        return path;
    }
}
