using System.Diagnostics;

namespace Assessment.Tests.Shared;

/// <summary>
/// A small tmpfs mounted for one test, so that a real "No space left on device" (ENOSPC) can be had by filling it.
/// Mounting needs root, which CI has; elsewhere the test fails saying so rather than passing without the check.
/// </summary>
public sealed class SmallTmpfs : IDisposable
{
    private readonly string filler;

    /// <summary>Mounts a tmpfs of <paramref name="mebibytes"/> MiB on a fresh folder.</summary>
    public SmallTmpfs(int mebibytes)
    {
        Path = Directory.CreateTempSubdirectory("assessment-tmpfs-").FullName;
        filler = System.IO.Path.Combine(Path, "filler.bin");
        var (code, error) = Run("mount", "-t", "tmpfs", "-o", $"size={mebibytes}m", "tmpfs", Path);
        if (code != 0)
        {
            Directory.Delete(Path);
            throw new Xunit.Sdk.XunitException(
                $"This test fills a small tmpfs to get a real full disk; 'mount -t tmpfs' failed ({error.Trim()}). Run the tests as root (as CI does).");
        }
    }

    /// <summary>The mount point.</summary>
    public string Path { get; }

    /// <summary>Bytes a process can still write.</summary>
    public long FreeBytes => new DriveInfo(Path).AvailableFreeSpace;

    /// <summary>Full path of a file or folder on the tmpfs.</summary>
    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>Grows a filler file until at most <paramref name="bytes"/> stay free (tmpfs counts whole 4 KiB pages).</summary>
    public void LeaveFree(long bytes)
    {
        using var stream = new FileStream(filler, FileMode.Append, FileAccess.Write);
        var block = new byte[1 << 20];
        while (FreeBytes - bytes >= block.Length)
        {
            stream.Write(block);
            stream.Flush();
        }

        while (FreeBytes > bytes)
        {
            stream.Write(block, 0, 4096);
            stream.Flush();
        }
    }

    /// <summary>Deletes the filler file, so the file system has room again.</summary>
    public void Free() => File.Delete(filler);

    /// <summary>Unmounts the tmpfs (everything on it is gone) and removes the mount point.</summary>
    public void Dispose()
    {
        Run("umount", "-l", Path);
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A lazy unmount may still be settling; an empty folder under /tmp is harmless.
        }
    }

    private static (int Code, string Error) Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEnd();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, error);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, e.Message);
        }
    }
}
