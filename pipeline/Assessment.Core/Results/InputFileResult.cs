namespace Assessment.Core.Results;

/// <summary>The accounting for one police.uk file (one row of data_quality.csv).</summary>
/// <param name="File">The file as given on input.</param>
/// <param name="Force">Force slug from the file name, e.g. "kent".</param>
/// <param name="Month">Month from the file name, "yyyy-MM".</param>
/// <param name="RowsReadCount">Data rows in the file.</param>
/// <param name="RowsLoadedCount">Rows stored.</param>
/// <param name="RowsRejectedCount">Rows refused, each with a reason in the store.</param>
/// <param name="NoLocationCount">Loaded rows without coordinates.</param>
/// <param name="OutsideAreaCount">Loaded rows outside the area.</param>
/// <param name="InAreaCount">Loaded rows in the area.</param>
public sealed record InputFileResult(
    string File,
    string Force,
    string Month,
    long RowsReadCount,
    long RowsLoadedCount,
    long RowsRejectedCount,
    long NoLocationCount,
    long OutsideAreaCount,
    long InAreaCount);
