using System.Text;

namespace Assessment.Files.Output;

/// <summary>
/// The one way the run writes an output file: whole or not at all. The content goes to a hidden temporary file in
/// the same folder (<c>.&lt;name&gt;.&lt;32 hex digits&gt;.partial</c>), is flushed to the disk, and is then renamed
/// over the old file, so a reader, a crash or a full disk sees either the previous file or the new one, never part
/// of one. The rename is atomic because the temporary file is on the same file system as the target.
/// </summary>
public static class AtomicFile
{
    /// <summary>The extension of the temporary files (<c>.partial</c>).</summary>
    public const string TemporaryExtension = ".partial";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Writes <paramref name="path"/> with whatever <paramref name="write"/> puts into the stream it is given
    /// (its folder is created if needed; an existing file is replaced only once the new content is complete).
    /// </summary>
    /// <param name="path">The file to write or replace.</param>
    /// <param name="write">Writes the whole content; it must not close the stream. Any exception it throws leaves
    /// the old file as it was and is passed on.</param>
    /// <exception cref="IOException">The file could not be written (e.g. the disk is full, errno ENOSPC): the message
    /// names <paramref name="path"/> and says the previous version is unchanged; the original error is the inner
    /// exception and its <see cref="Exception.HResult"/> is kept.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder cannot be written.</exception>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(write);
        var target = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}{TemporaryExtension}");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(stream);
                // Without this a power cut after the rename can leave the new name pointing at unwritten blocks.
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, target, overwrite: true);
        }
        catch (IOException e)
        {
            TryDelete(temporary);
            throw new IOException($"{target} was not written (any previous version is unchanged): {e.Message}", e) { HResult = e.HResult };
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <summary>Writes <paramref name="text"/> as UTF-8 without a byte-order mark, whole or not at all (see <see cref="Write"/>).</summary>
    /// <exception cref="IOException">As for <see cref="Write"/>.</exception>
    public static void WriteAllText(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Write(path, stream => stream.Write(Utf8.GetBytes(text)));
    }

    /// <summary>Writes <paramref name="bytes"/>, whole or not at all (see <see cref="Write"/>).</summary>
    /// <exception cref="IOException">As for <see cref="Write"/>.</exception>
    public static void WriteAllBytes(string path, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        Write(path, stream => stream.Write(bytes));
    }

    /// <summary>
    /// Deletes the temporary files that a process killed in the middle of a write left in <paramref name="folder"/>
    /// (not in its subfolders), and returns how many there were. Only names this class makes are touched.
    /// </summary>
    public static int DeleteLeftovers(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        if (!Directory.Exists(folder)) return 0;
        var deleted = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "." + "*" + TemporaryExtension))
        {
            if (!IsTemporaryName(Path.GetFileName(file))) continue;
            File.Delete(file);
            deleted++;
        }

        return deleted;
    }

    /// <summary>True for a name of the form <c>.&lt;name&gt;.&lt;32 hex digits&gt;.partial</c>.</summary>
    internal static bool IsTemporaryName(string name)
    {
        if (!name.StartsWith('.') || !name.EndsWith(TemporaryExtension, StringComparison.Ordinal)) return false;
        var stem = name[..^TemporaryExtension.Length];
        var dot = stem.LastIndexOf('.');
        return dot > 1 && stem.Length - dot - 1 == 32 && stem[(dot + 1)..].All(char.IsAsciiHexDigitLower);
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // The write already failed; that error is the one to report.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
