namespace Assessment.Storage.Benchmarks;

/// <summary>Median seconds over the repetitions, for DuckDB's read_csv and for our ingest of the same files.</summary>
/// <param name="Files">Files read by each side.</param>
/// <param name="ReferenceRows">Rows read_csv returned in the last round.</param>
/// <param name="IngestRows">Rows the ingest loaded in the last round.</param>
/// <param name="ReferenceSeconds">Median wall-clock seconds of read_csv.</param>
/// <param name="IngestSeconds">Median wall-clock seconds of the ingest.</param>
/// <param name="PeakWorkingSetBytes">The process's peak working set at the end, in bytes.</param>
/// <param name="Cores">Logical processors available to the process.</param>
/// <param name="Repetitions">Timed rounds.</param>
public sealed record IngestBenchmarkResult(
    int Files,
    long ReferenceRows,
    long IngestRows,
    double ReferenceSeconds,
    double IngestSeconds,
    long PeakWorkingSetBytes,
    int Cores,
    int Repetitions)
{
    /// <summary>read_csv's rows per second at its median time.</summary>
    public double ReferenceRowsPerSecond => ReferenceRows / ReferenceSeconds;

    /// <summary>The ingest's rows per second at its median time.</summary>
    public double IngestRowsPerSecond => IngestRows / IngestSeconds;

    /// <summary>Our time relative to read_csv's: 1.10 means 10% slower.</summary>
    public double Ratio => IngestSeconds / ReferenceSeconds;
}
