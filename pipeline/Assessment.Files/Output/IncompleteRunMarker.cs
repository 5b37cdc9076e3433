using System.Globalization;

namespace Assessment.Files.Output;

/// <summary>
/// The plain-text file <c>INCOMPLETE-RUN.txt</c> that says an output folder is incomplete. A run places it before it
/// writes its first output and removes it only after it has written the last, so a run that stops part-way (killed,
/// a full disk, an error, or no browser for the PDF) leaves it behind, naming the run's start time and what to do.
/// Each file in the folder is still whole (see <see cref="AtomicFile"/>), but the files may come from two runs.
/// </summary>
public static class IncompleteRunMarker
{
    /// <summary>The marker's file name, in the output folder itself.</summary>
    public const string FileName = "INCOMPLETE-RUN.txt";

    /// <summary>The subfolders of the output folder that runs write into, where interrupted writes may leave temporary files.</summary>
    private static readonly string[] OutputSubfolders = ["tables", "charts", "packs"];

    /// <summary>
    /// Writes the marker into <paramref name="outputDirectory"/> (created if needed), replacing any earlier one, and
    /// returns its path.
    /// </summary>
    /// <param name="outputDirectory">The run's output folder.</param>
    /// <param name="startedAt">When the run started; written as UTC to the second.</param>
    /// <param name="reason">Why the folder is incomplete, when known (e.g. "the PDF was not written: …"); null while
    /// the run is still writing.</param>
    /// <exception cref="IOException">The marker could not be written (e.g. the disk is full); nothing else was touched.</exception>
    public static string Place(string outputDirectory, DateTimeOffset startedAt, string? reason = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        var path = Path.Combine(outputDirectory, FileName);
        AtomicFile.WriteAllText(path, Text(startedAt, reason));
        return path;
    }

    /// <summary>
    /// After a run has written every output: deletes the marker and the temporary files that interrupted writes left
    /// in the output folder, <c>tables/</c>, <c>charts/</c> and <c>packs/</c>. Returns true when a marker was there.
    /// </summary>
    /// <exception cref="IOException">A file could not be deleted.</exception>
    public static bool Clear(string outputDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        AtomicFile.DeleteLeftovers(outputDirectory);
        foreach (var folder in OutputSubfolders) AtomicFile.DeleteLeftovers(Path.Combine(outputDirectory, folder));
        var path = Path.Combine(outputDirectory, FileName);
        if (!File.Exists(path)) return false;
        File.Delete(path);
        return true;
    }

    /// <summary>True when <paramref name="outputDirectory"/> holds a marker.</summary>
    public static bool IsPresent(string outputDirectory) => File.Exists(Path.Combine(outputDirectory, FileName));

    /// <summary>The marker's text: what happened, when the run started, and what to do (LF line ends).</summary>
    public static string Text(DateTimeOffset startedAt, string? reason)
    {
        var started = startedAt.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
        var why = string.IsNullOrWhiteSpace(reason) ? "it was stopped or failed before it finished" : reason.Trim().TrimEnd('.');
        return $"""
            THIS FOLDER IS INCOMPLETE

            The assessment run started at {started} did not write all of its outputs: {why}.
            Every file here is whole, but some of them may still be from an earlier run and may not agree with the rest.

            What to do: run `assessment run` again with the same options. A run that writes every output deletes this file.

            """.Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
