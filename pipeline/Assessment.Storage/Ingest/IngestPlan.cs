using Assessment.Core.Model;

namespace Assessment.Storage.Ingest;

/// <summary>
/// Sorts the input files, by index, into: refused before reading (unreadable, empty, binary, wrong header, or a
/// second different version of a force-month in the same input, or the same rows as a file of another force or
/// month, in the store or earlier in the input), unchanged (content already in the store),
/// copies of an earlier file in the same input, and files to load.
/// </summary>
internal sealed record IngestPlan(
    IReadOnlyList<(int Index, string Reason)> Refused,
    IReadOnlyList<(int Index, RegisteredFile Existing)> Unchanged,
    IReadOnlyList<(int Index, int FirstIndex)> CopiesInInput,
    IReadOnlyList<int> ToLoad)
{
    public static IngestPlan Make(IReadOnlyList<PoliceUkSourceFile> files, TimedScan[] scans, SourceFileRegistry registry, string kind)
    {
        var refused = new List<(int, string)>();
        var unchanged = new List<(int, RegisteredFile)>();
        var copies = new List<(int, int)>();
        var toLoad = new List<int>();
        // Two different files for one force-month in a single input can't both be right: the first wins.
        var firstForForceMonth = new Dictionary<(string, YearMonth), int>();
        // The same rows under another file name (a force renamed, a copy misnamed) would count every row twice.
        var firstForRows = new Dictionary<string, int>(StringComparer.Ordinal);

        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            var scan = scans[i].Scan;
            var problem = scans[i].Failure ?? FileProblem(file, scan!);
            if (problem is not null)
            {
                refused.Add((i, problem));
                continue;
            }

            var key = (file.Name.Force, file.Name.Month);
            if (firstForForceMonth.TryGetValue(key, out var first))
            {
                if (scans[first].Scan!.Sha256 == scan!.Sha256) copies.Add((i, first));
                else refused.Add((i, $"a different file for {file.Name.Force} {file.Name.Month} ({files[first].DisplayPath}) is also in this input; remove one of them"));
                continue;
            }
            firstForForceMonth[key] = i;

            var existing = registry.FindLoaded(kind, file.Name.Force, file.Name.Month);
            if (existing is not null && existing.Sha256 == scan!.Sha256)
            {
                unchanged.Add((i, existing));
                continue;
            }
            if (scan!.RowsSha256 is { } rows)
            {
                if (firstForRows.TryGetValue(rows, out var twin))
                {
                    refused.Add((i, SameRows(file, files[twin].DisplayPath, "earlier in this input")));
                    continue;
                }
                if (registry.FindLoadedWithSameRows(kind, file.Name.Force, file.Name.Month, rows) is { } stored)
                {
                    refused.Add((i, SameRows(file, stored.Path, "already loaded")));
                    continue;
                }
                firstForRows[rows] = i;
            }
            toLoad.Add(i);
        }
        return new IngestPlan(refused, unchanged, copies, toLoad);
    }

    private static string SameRows(PoliceUkSourceFile file, string other, string where) =>
        $"its {file.Name.Month} rows are the same rows as those of {other} ({where}), under another file name; loading both would count every row twice. " +
        "Keep one of the two files (if police.uk renamed the force, keep the file under the name used for the other months)";

    private static string? FileProblem(PoliceUkSourceFile file, SourceFileScan scan)
    {
        if (scan.Bytes == 0) return "the file is empty (not even a header line)";
        if (scan.FirstNulByte is { } at) return $"not a text CSV file (binary content at byte {at:N0})";
        return PoliceUkStreetFormat.CheckHeader(scan.HeaderLine ?? "") ?? LineProblem(file, scan);
    }

    private static string? LineProblem(PoliceUkSourceFile file, SourceFileScan scan)
    {
        var name = Path.GetFileName(file.FullPath);
        if (scan.FirstDoubledCrLine is { } doubled)
        {
            var extent = scan.DoubledCrLines == scan.LineBreaks ? "every line ends" : $"{scan.DoubledCrLines:N0} of its {scan.LineBreaks:N0} lines (first: line {doubled:N0}) end";
            return $"{extent} with two carriage returns and a line feed (CR CR LF) instead of one of each, as some tools leave a file they re-save; " +
                "the extra carriage return would become part of the last column. Download the file again, or repair it with " +
                $"`sed -i 's/\\r\\r$/\\r/' {name}` and load it again";
        }
        if (scan.QuotedLineBreakLine is { } line)
            return $"line {line} opens a quoted field (\") that is still open at the end of the line, so one record spans two or more lines; " +
                "police.uk files have one record per line, so the lines could not be counted and checked. " +
                $"Remove the line break inside the quotes on line {line} (or close the quote) and load the file again";
        return null;
    }
}
