namespace Assessment.Files.Configuration;

/// <summary>
/// A list of LSOA codes, one per line (a header line and blank lines are skipped; in a CSV the first column is used).
/// </summary>
internal static class LsoaCodeFile
{
    public static IReadOnlyList<string> Read(string path)
    {
        if (!File.Exists(path)) throw new ConfigurationException($"LSOA code list not found: {path}");
        var codes = new List<string>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            var code = line.Split(',')[0].Trim().Trim('"');
            if (code.Length == 0 || (lineNumber == 1 && !LooksLikeCode(code))) continue;
            if (!LooksLikeCode(code))
                throw new ConfigurationException($"{path}, line {lineNumber}: \"{code}\" is not an LSOA code (e.g. E01024000).");
            codes.Add(code);
        }
        return codes.Count > 0 ? codes : throw new ConfigurationException($"{path}: no LSOA codes found.");
    }

    private static bool LooksLikeCode(string text) =>
        text.Length == 9 && (text[0] is 'E' or 'W') && text.Skip(1).All(char.IsAsciiDigit);
}
