namespace Assessment.Storage.Benchmarks;

/// <summary>Median seconds over the repetitions, for DuckDB's read_csv and for our ingest of the same files.</summary>
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
    public double ReferenceRowsPerSecond => ReferenceRows / ReferenceSeconds;

    public double IngestRowsPerSecond => IngestRows / IngestSeconds;

    /// <summary>Our time relative to read_csv's: 1.10 means 10% slower.</summary>
    public double Ratio => IngestSeconds / ReferenceSeconds;
}
