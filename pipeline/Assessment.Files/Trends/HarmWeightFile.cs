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
    /// <summary>Reads the table at <paramref name="path"/>: per category, a weight in days of custody (or none) and its source.</summary>
    /// <exception cref="ConfigurationException">The file is missing or malformed CSV, has no category or weight
    /// column, a weight is not a number ≥ 0, a category is blank or repeated, or there are no rows. The message names
    /// the file, and the line and column of a bad value.</exception>
    public static HarmWeightTable Read(string path)
    {
        var name = Path.GetFileName(path);
        using var csv = CsvExtract.Open(path, "Harm-weight file");
        var categoryColumn = csv.Column("category", "crime type", "crime_type");
        var weightColumn = csv.Column("weight");
        var sourceColumn = csv.Column("source");
        if (categoryColumn < 0 || weightColumn < 0)
            throw new ConfigurationException($"{path}: expected the columns category, weight and source; found {string.Join(", ", csv.Header)}.");

        var weights = new List<HarmWeight>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (csv.Read())
        {
            var category = csv.Field(categoryColumn);
            var text = csv.Field(weightColumn);
            var source = sourceColumn < 0 ? "" : csv.Field(sourceColumn);
            if (category.Length == 0) throw csv.Error(categoryColumn, "the category is blank.");
            if (!seen.Add(category)) throw csv.Error(categoryColumn, $"\"{category}\" appears more than once.");
            double? weight = null;
            if (text.Length > 0)
            {
                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value) || value < 0)
                    throw csv.Error(weightColumn, $"the weight of \"{category}\" is \"{text}\"; expected a number ≥ 0, or blank for no weight.");
                weight = value;
            }

            weights.Add(new HarmWeight(category, weight, source.Length > 0 ? source : $"Supplied by the user in {name}, no source given."));
        }

        if (weights.Count == 0) throw new ConfigurationException($"{path}: no weight rows found.");
        return new HarmWeightTable(name, $"Harm weights supplied by the user in {name}; the sources are as that file states them.", weights);
    }
}
