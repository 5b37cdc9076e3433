using Assessment.Core.Model;

namespace Assessment.Storage.Ingest;

/// <summary>
/// Sorts the input files, by index, into: refused before reading (unreadable, empty, binary, wrong header, or a
/// second different version of a force-month in the same input), unchanged (content already in the store),
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

        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            var scan = scans[i].Scan;
            var problem = scans[i].Failure ?? FileProblem(scan!);
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
            if (existing is not null && existing.Sha256 == scan!.Sha256) unchanged.Add((i, existing));
            else toLoad.Add(i);
        }
        return new IngestPlan(refused, unchanged, copies, toLoad);
    }

    private static string? FileProblem(SourceFileScan scan)
    {
        if (scan.Bytes == 0) return "the file is empty (not even a header line)";
        if (scan.FirstNulByte is { } at) return $"not a text CSV file (binary content at byte {at:N0})";
        return PoliceUkStreetFormat.CheckHeader(scan.HeaderLine ?? "");
    }
}
