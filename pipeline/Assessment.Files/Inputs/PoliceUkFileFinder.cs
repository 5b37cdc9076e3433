using Assessment.Core.Model;

namespace Assessment.Files.Inputs;

/// <summary>
/// Finds police.uk street-level files in the folders and files given on input: the archive layout
/// (<c>YYYY-MM/YYYY-MM-&lt;force&gt;-street.csv</c>) or all files flat in one folder, any number of forces.
/// Other police.uk files in the same folders (outcomes, stop-and-search) are listed as ignored, not loaded.
/// </summary>
public static class PoliceUkFileFinder
{
    /// <param name="inputs">Absolute paths of folders or files.</param>
    /// <param name="relativeTo">Folder that display paths are made relative to (normally the working directory).</param>
    public static PoliceUkFileSearch Find(IEnumerable<string> inputs, string relativeTo)
    {
        var found = new Dictionary<string, PoliceUkSourceFile>(StringComparer.Ordinal);
        var ignored = new List<string>();
        var problems = new List<string>();
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                foreach (var path in Directory.EnumerateFiles(input, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = false }).Order(StringComparer.Ordinal))
                {
                    if (PoliceUkFileName.TryParse(Path.GetFileName(path), out var name)) found[path] = Describe(path, name!, relativeTo);
                    else if (!IsHousekeeping(path)) ignored.Add(Display(path, relativeTo));
                }
            }
            else if (File.Exists(input))
            {
                // A file named explicitly is meant to be loaded, so a name we can't read is a problem, not something to skip.
                if (PoliceUkFileName.TryParse(Path.GetFileName(input), out var name)) found[input] = Describe(input, name!, relativeTo);
                else problems.Add($"{Display(input, relativeTo)}: not a police.uk street-level file name (expected YYYY-MM-<force>-street.csv, e.g. 2025-01-kent-street.csv).");
            }
            else
            {
                problems.Add($"{Display(input, relativeTo)}: no such file or folder.");
            }
        }
        var files = found.Values.OrderBy(f => f.Name.Force, StringComparer.Ordinal).ThenBy(f => f.Name.Month).ThenBy(f => f.DisplayPath, StringComparer.Ordinal).ToArray();
        return new PoliceUkFileSearch(files, ignored, problems);
    }

    private static PoliceUkSourceFile Describe(string path, PoliceUkFileName name, string relativeTo) =>
        new(Path.GetFullPath(path), Display(path, relativeTo), name);

    private static string Display(string path, string relativeTo)
    {
        var relative = Path.GetRelativePath(relativeTo, Path.GetFullPath(path));
        var shown = relative.StartsWith("..", StringComparison.Ordinal) ? Path.GetFullPath(path) : relative;
        return shown.Replace('\\', '/');
    }

    private static bool IsHousekeeping(string path)
    {
        var name = Path.GetFileName(path);
        return name.StartsWith('.') || name.Equals("README.md", StringComparison.OrdinalIgnoreCase);
    }
}
