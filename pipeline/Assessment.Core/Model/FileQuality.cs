namespace Assessment.Core.Model;

/// <summary>
/// The accounting for one input file: every data row read is loaded or rejected
/// (<c>RowsRead == RowsLoaded + RowsRejected</c>); loaded rows are split into
/// no-location, outside-area and in-area rows.
/// </summary>
/// <param name="File">Path of the file as given on input (relative where possible).</param>
/// <param name="Force">Force slug from the file name, e.g. "kent", "btp".</param>
/// <param name="Month">Month from the file name.</param>
/// <param name="RowsRead">Data rows in the file, counted independently of the database (header and blank lines excluded).</param>
/// <param name="RowsLoaded">Rows stored.</param>
/// <param name="RowsRejected">Rows in the rejects table, each with a reason.</param>
/// <param name="NoLocation">Loaded rows with no coordinates ("No Location").</param>
/// <param name="OutsideArea">Loaded rows with a location outside the partnership area.</param>
/// <param name="DuplicateCrimeIds">Extra rows whose non-empty Crime ID already appeared in the file (rows minus distinct IDs).</param>
public sealed record FileQuality(
    string File,
    string Force,
    YearMonth Month,
    long RowsRead,
    long RowsLoaded,
    long RowsRejected,
    long NoLocation,
    long OutsideArea,
    long DuplicateCrimeIds)
{
    /// <summary>
    /// Of <see cref="RowsRejected"/>: rows byte-for-byte identical to an earlier row of the same file with a Crime ID
    /// (the crime is loaded once). Not a column of <c>data_quality.csv</c>, whose columns are fixed.
    /// </summary>
    public long IdenticalRows { get; init; }

    /// <summary>
    /// Of <see cref="RowsRejected"/>: rows whose Month is not the month in the file's name (not loaded, so no month is
    /// counted twice). Not a column of <c>data_quality.csv</c>, whose columns are fixed.
    /// </summary>
    public long OtherMonthRows { get; init; }

    /// <summary>Loaded rows that fall inside the area and can be analysed.</summary>
    public long InArea => RowsLoaded - NoLocation - OutsideArea;
}
