using System.Diagnostics;

namespace Assessment.Tests.Shared;

/// <summary>Runs poppler-utils (pdfinfo, pdftotext, pdffonts) on a PDF; fails the test clearly when they are missing.</summary>
public static class Poppler
{
    public static string Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new Xunit.Sdk.XunitException($"'{tool}' is not installed ({e.Message}); on Debian or Ubuntu run 'apt-get install poppler-utils'.");
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0) throw new Xunit.Sdk.XunitException($"{tool} failed ({process.ExitCode}): {error}");
            return output.Result;
        }
    }

    public static int PageCount(string pdf)
    {
        var line = Run("pdfinfo", pdf).Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal));
        return int.Parse(line["Pages:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Text of one page (1-based), in reading order with layout.</summary>
    public static string PageText(string pdf, int page) =>
        Run("pdftotext", "-layout", "-f", page.ToString(System.Globalization.CultureInfo.InvariantCulture), "-l", page.ToString(System.Globalization.CultureInfo.InvariantCulture), pdf, "-");

    public static string Text(string pdf) => Run("pdftotext", "-layout", pdf, "-");
}
