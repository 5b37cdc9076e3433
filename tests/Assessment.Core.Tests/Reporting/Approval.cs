using System.Runtime.CompilerServices;

namespace Assessment.Core.Tests.Reporting;

/// <summary>
/// A small approval helper: compares text with the committed <c>&lt;name&gt;.approved.&lt;ext&gt;</c> next to the
/// calling test's source file. On a mismatch (or when nothing is approved yet) it writes
/// <c>&lt;name&gt;.received.&lt;ext&gt;</c> beside it and fails; review the difference and rename the file to approve it.
/// Line endings are normalised to LF so the comparison is the same on every platform.
/// </summary>
internal static class Approval
{
    public static void Verify(string received, string name, string extension, [CallerFilePath] string callerFile = "")
    {
        var folder = Path.GetDirectoryName(callerFile) ?? throw new InvalidOperationException("The caller's source folder is unknown.");
        var approvedPath = Path.Combine(folder, $"{name}.approved.{extension}");
        var receivedPath = Path.Combine(folder, $"{name}.received.{extension}");
        var normalised = received.Replace("\r\n", "\n", StringComparison.Ordinal);

        if (File.Exists(approvedPath) && File.ReadAllText(approvedPath).Replace("\r\n", "\n", StringComparison.Ordinal) == normalised)
        {
            if (File.Exists(receivedPath)) File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, normalised);
        Assert.Fail(File.Exists(approvedPath)
            ? $"The output differs from {approvedPath}. Compare it with {receivedPath}; if the change is intended, replace the approved file with the received one."
            : $"Nothing is approved yet for '{name}'. Review {receivedPath} and rename it to {Path.GetFileName(approvedPath)} to approve it.");
    }
}
