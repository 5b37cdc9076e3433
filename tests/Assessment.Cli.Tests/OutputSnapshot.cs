namespace Assessment.Cli.Tests;

/// <summary>The bytes of a run's PDF, HTML and every CSV, to compare an output folder before and after a failed run.</summary>
internal sealed class OutputSnapshot
{
    private OutputSnapshot(string folder, IReadOnlyDictionary<string, byte[]> files)
    {
        Folder = folder;
        Files = files;
    }

    public string Folder { get; }

    /// <summary>Path relative to the output folder → content.</summary>
    public IReadOnlyDictionary<string, byte[]> Files { get; }

    public static OutputSnapshot Take(string outputFolder)
    {
        var paths = new[] { "strategic-assessment.pdf", "strategic-assessment.html", "data_quality.csv" }.Select(p => Path.Combine(outputFolder, p))
            .Concat(Directory.GetFiles(Path.Combine(outputFolder, "tables"), "*.csv"));
        return new OutputSnapshot(outputFolder, paths.ToDictionary(p => Path.GetRelativePath(outputFolder, p), File.ReadAllBytes));
    }

    /// <summary>Files whose bytes now differ from the snapshot (or that are gone).</summary>
    public IReadOnlyList<string> Changed() =>
        [.. Files.Where(f => !File.Exists(Path.Combine(Folder, f.Key)) || !File.ReadAllBytes(Path.Combine(Folder, f.Key)).AsSpan().SequenceEqual(f.Value)).Select(f => f.Key)];

    /// <summary>Temporary files of unfinished writes anywhere in the output folder.</summary>
    public static IReadOnlyList<string> Leftovers(string outputFolder) =>
        [.. Directory.GetFiles(outputFolder, "*.partial", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(outputFolder, p))];
}
