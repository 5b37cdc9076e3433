using System.Diagnostics;
using Assessment.Core.Model;
using Assessment.Storage.Ingest;
using Assessment.Storage.Store;

namespace Assessment.Storage.Benchmarks;

/// <summary>
/// Measures our ingest against DuckDB's own <c>read_csv</c> of the same files in the same process, each on a
/// fresh in-memory database, alternating so both see the same machine state. The reference reads each group of
/// files that share a line ending in one statement: the fastest correct way DuckDB offers (one statement over
/// mixed line endings silently drops rows). It inserts into a typed table and counts that, because a bare
/// <c>SELECT count(*)</c> over <c>read_csv</c> converts no columns and so would skip the work the ingest does.
/// </summary>
public static class IngestBenchmark
{
    /// <summary>Runs one untimed warm-up round, then <paramref name="repetitions"/> timed rounds of each side.</summary>
    /// <param name="files">police.uk street-level files to load.</param>
    /// <param name="repetitions">Timed rounds (at least 1); the result holds the median seconds of each side.</param>
    /// <param name="log">Receives one line per round ("round 3: read_csv 0.250 s, ingest 0.400 s").</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="repetitions"/> is below 1.</exception>
    /// <exception cref="IOException">A file cannot be read.</exception>
    public static IngestBenchmarkResult Run(IReadOnlyList<PoliceUkSourceFile> files, int repetitions, Action<string>? log = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(repetitions, 1);
        var reference = new List<double>();
        var ours = new List<double>();
        long referenceRows = 0, ourRows = 0;
        var groups = files.GroupBy(f => SourceFileScanner.Scan(f.FullPath).LineEnding).Select(g => g.Select(f => f.FullPath).ToArray()).ToArray();

        // One untimed round first: loads the native library and warms the file cache for both sides.
        ReadCsvReference(groups);
        OurIngest(files);
        for (var i = 0; i < repetitions; i++)
        {
            var clock = Stopwatch.StartNew();
            referenceRows = ReadCsvReference(groups);
            reference.Add(clock.Elapsed.TotalSeconds);

            clock.Restart();
            ourRows = OurIngest(files);
            ours.Add(clock.Elapsed.TotalSeconds);
            log?.Invoke($"round {i + 1}: read_csv {reference[^1]:0.000} s, ingest {ours[^1]:0.000} s");
        }
        return new IngestBenchmarkResult(files.Count, referenceRows, ourRows, Median(reference), Median(ours),
            Process.GetCurrentProcess().PeakWorkingSet64, Environment.ProcessorCount, repetitions);
    }

    private static long ReadCsvReference(string[][] groups)
    {
        using var connection = StoreConnection.Open(StoreConnection.InMemory);
        connection.Execute("CREATE TABLE reference_rows (\"Crime ID\" VARCHAR, \"Month\" DATE, \"Reported by\" VARCHAR, \"Falls within\" VARCHAR, \"Longitude\" DOUBLE, \"Latitude\" DOUBLE, \"Location\" VARCHAR, \"LSOA code\" VARCHAR, \"LSOA name\" VARCHAR, \"Crime type\" VARCHAR, \"Last outcome category\" VARCHAR, \"Context\" VARCHAR)");
        foreach (var group in groups)
        {
            connection.Execute(
                "INSERT INTO reference_rows SELECT * FROM read_csv(string_split(?, chr(10)), header = true, auto_detect = false, dateformat = '%Y-%m', columns = {'Crime ID': 'VARCHAR', 'Month': 'DATE', 'Reported by': 'VARCHAR', 'Falls within': 'VARCHAR', 'Longitude': 'DOUBLE', 'Latitude': 'DOUBLE', 'Location': 'VARCHAR', 'LSOA code': 'VARCHAR', 'LSOA name': 'VARCHAR', 'Crime type': 'VARCHAR', 'Last outcome category': 'VARCHAR', 'Context': 'VARCHAR'})",
                string.Join('\n', group));
        }
        return connection.Scalar<long>("SELECT count(*) FROM reference_rows");
    }

    private static long OurIngest(IReadOnlyList<PoliceUkSourceFile> files)
    {
        using var store = AssessmentStore.Open(":memory:");
        return new PoliceUkIngestor(store, TimeProvider.System).Ingest(files).RowsLoaded;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
