using System.Globalization;

namespace Assessment.Cli.Tests;

/// <summary>
/// The sample with a few June 2025 rows made stray: latitude and longitude swapped on some, others moved 5 km north.
/// They must be left out of the hotspot analysis, said in the report and on the console, and still counted by month.
/// </summary>
public sealed class StrayPointRunTests : IClassFixture<StrayPointRunTests.StrayRun>
{
    private const int Swapped = 3;
    private const int Moved = 4;
    private readonly StrayRun run;

    public StrayPointRunTests(StrayRun run) => this.run = run;

    [Fact]
    public void StrayRows_AreSaidInTheReportAndOnTheConsole()
    {
        Assert.True(run.ExitCode == 0, run.Output);
        var html = File.ReadAllText(run.Folder.Combine("out", "strategic-assessment.html"));
        var outside = $"{Swapped} records were left out of the maps and hotspot tests because their point lies outside Great Britain";
        var far = $"{Moved} records were left out of the maps and hotspot tests because their point lies more than 1 km from their LSOA";

        Assert.Contains(outside, html, StringComparison.Ordinal);
        Assert.Contains(far, html, StringComparison.Ordinal);
        Assert.Contains(outside, run.Output, StringComparison.Ordinal);
        Assert.Contains(far, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void PointsLeftOutCsv_ListsEachEditedPointWithItsReasonAndRecords()
    {
        // Expected from the edits made, not from the run: one row per point and LSOA, swapped points outside Great
        // Britain, moved points far from their LSOA (5 km north of a point inside it, so over 4 km away).
        var expected = run.Edited.GroupBy(e => (e.Longitude, e.Latitude, e.LsoaCode, e.Reason))
            .Select(g => $"{g.Key.Reason},{g.Key.Longitude},{g.Key.Latitude},{g.Key.LsoaCode},{g.Count()},2025-06,2025-06")
            .Order(StringComparer.Ordinal);
        var lines = File.ReadAllLines(run.Folder.Combine("out", "tables", "points_left_out.csv"));

        Assert.Equal("reason,longitude,latitude,lsoa_code,metres_from_lsoa,records,first_month,last_month", lines[0]);
        var rows = lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).ToArray();
        Assert.Equal(expected, rows.Select(r => $"{r[0]},{r[1]},{r[2]},{r[3]},{r[5]},{r[6]},{r[7]}").Order(StringComparer.Ordinal));
        Assert.All(rows.Where(r => r[0] == "outside_great_britain"), r => Assert.Equal("", r[4]));
        Assert.All(rows.Where(r => r[0] == "far_from_lsoa"), r => Assert.InRange(double.Parse(r[4], CultureInfo.InvariantCulture), 1000, 5000));
    }

    [Fact]
    public void StrayRows_AreStillCountedByMonth()
    {
        // Counted from the edited CSV text itself: every row stays in the area by its LSOA.
        var expected = Directory.EnumerateFiles(run.Folder.Combine("data", "policeuk"), "*-street.csv", SearchOption.AllDirectories)
            .SelectMany(p => File.ReadLines(p).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')))
            .GroupBy(r => $"Canterbury,{r[1]},{r[9]}")
            .Select(g => $"{g.Key},{g.Count()}")
            .Order(StringComparer.Ordinal);

        var lines = File.ReadAllLines(run.Folder.Combine("out", "tables", "counts_by_month.csv"));

        Assert.Equal(expected, lines.Skip(1).Where(l => l.Length > 0).Order(StringComparer.Ordinal));
    }

    /// <summary>Copies the sample, edits June 2025's file and runs it once.</summary>
    public sealed class StrayRun : IDisposable
    {
        public StrayRun()
        {
            var data = Folder.Combine("data");
            CopyDirectory(RepositoryPaths.DataSamples, data);
            var june = Path.Combine(data, "policeuk", "kent", "2025-06", "2025-06-kent-street.csv");
            var lines = File.ReadAllLines(june);
            int swapped = 0, moved = 0;
            for (var i = 1; i < lines.Length && moved < Moved; i++)
            {
                var cells = lines[i].Split(',');
                if (cells.Length < 10 || cells[4].Length == 0 || !cells[8].StartsWith("Canterbury ", StringComparison.Ordinal) || lines[i].Contains('"', StringComparison.Ordinal)) continue;
                if (swapped < Swapped)
                {
                    (cells[4], cells[5]) = (cells[5], cells[4]);
                    swapped++;
                }
                else
                {
                    // 0.045 degrees of latitude is 5.0 km.
                    cells[5] = (double.Parse(cells[5], CultureInfo.InvariantCulture) + 0.045).ToString("0.000000", CultureInfo.InvariantCulture);
                    moved++;
                }
                Edited.Add((Number(cells[4]), Number(cells[5]), cells[7], moved > 0 ? "far_from_lsoa" : "outside_great_britain"));
                lines[i] = string.Join(',', cells);
            }
            File.WriteAllLines(june, lines);
            (ExitCode, Output) = CliRunner.RunAsync(RepositoryPaths.Root,
                "run", "--config", Path.Combine(data, "assessment.yaml"), "--out", Folder.Combine("out"), "--store", Folder.Combine("store.duckdb")).GetAwaiter().GetResult();
        }

        public TemporaryDirectory Folder { get; } = new();

        /// <summary>Each edited row's new point (as the CSV writes numbers), LSOA code and the reason expected for it.</summary>
        public List<(string Longitude, string Latitude, string LsoaCode, string Reason)> Edited { get; } = [];

        public int ExitCode { get; }

        public string Output { get; }

        public void Dispose() => Folder.Dispose();

        // Numbers as a round-trip double prints them, so "1.080000" in the source compares with "1.08" in the output.
        private static string Number(string text) => double.Parse(text, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture);

        private static void CopyDirectory(string from, string to)
        {
            foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
                Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
            Directory.CreateDirectory(to);
            foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
                File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }
    }
}
