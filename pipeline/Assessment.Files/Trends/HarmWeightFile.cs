using System.Globalization;
using Assessment.Core.Trends;
using Assessment.Files.Configuration;

namespace Assessment.Files.Trends;

/// <summary>
/// Reads a user's harm-weight table: CSV with the columns category, weight and source (by name, in any order; other
/// columns are ignored, so the harm.csv this tool writes can be edited and read back). A blank weight means the
/// category is deliberately not weighted. Every row should say where its weight comes from; a blank source is
/// recorded as "Supplied by the user in &lt;file&gt;, no source given".
/// </summary>
public static class HarmWeightFile
{
    /// <exception cref="ConfigurationException">The file is missing, has no category or weight column, a weight is not
    /// a number ≥ 0, a category is blank or repeated, or there are no rows.</exception>
    public static HarmWeightTable Read(string path)
    {
        if (!File.Exists(path)) throw new ConfigurationException($"Harm-weight file not found: {path}");
        var name = Path.GetFileName(path);
        var (header, rows) = CsvText.Parse(File.ReadAllText(path), path);
        var categoryColumn = CsvText.Find(header, "category", "crime type", "crime_type");
        var weightColumn = CsvText.Find(header, "weight");
        var sourceColumn = CsvText.Find(header, "source");
        if (categoryColumn < 0 || weightColumn < 0)
            throw new ConfigurationException($"{path}: expected the columns category, weight and source; found {string.Join(", ", header)}.");

        var weights = new List<HarmWeight>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (line, fields) in rows)
        {
            var category = Field(fields, categoryColumn).Trim();
            var text = Field(fields, weightColumn).Trim();
            var source = sourceColumn < 0 ? "" : Field(fields, sourceColumn).Trim();
            if (category.Length == 0) throw new ConfigurationException($"{path}, line {line}: the category is blank.");
            if (!seen.Add(category)) throw new ConfigurationException($"{path}, line {line}: \"{category}\" appears more than once.");
            double? weight = null;
            if (text.Length > 0)
            {
                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value) || value < 0)
                    throw new ConfigurationException($"{path}, line {line}: the weight of \"{category}\" is \"{text}\"; expected a number ≥ 0, or blank for no weight.");
                weight = value;
            }

            weights.Add(new HarmWeight(category, weight, source.Length > 0 ? source : $"Supplied by the user in {name}, no source given."));
        }

        if (weights.Count == 0) throw new ConfigurationException($"{path}: no weight rows found.");
        return new HarmWeightTable(name, $"Harm weights supplied by the user in {name}; the sources are as that file states them.", weights);
    }

    private static string Field(IReadOnlyList<string> fields, int index) => index < fields.Count ? fields[index] : "";
}
