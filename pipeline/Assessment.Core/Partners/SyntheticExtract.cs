namespace Assessment.Core.Partners;

/// <summary>
/// How a partner extract says it is made up: its file name contains "synthetic" (any case), as every generated sample
/// in data-samples does. The report then marks the figures as not real wherever they appear.
/// </summary>
public static class SyntheticExtract
{
    /// <summary>True when <paramref name="fileName"/> (a name or a path) marks the extract as synthetic.</summary>
    public static bool IsNamed(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        return fileName.Contains("synthetic", StringComparison.OrdinalIgnoreCase);
    }
}
