using System.Globalization;
using Assessment.Core.Trends;
using Assessment.Files.Configuration;

namespace Assessment.Files.Trends;

/// <summary>
/// Reads harm-weight tables: CSV with the columns category, weight and source (by name, in any order; other columns
/// are ignored, so the harm.csv this tool writes can be edited and read back). A blank weight means the category is
/// deliberately not weighted. Every row should say where its weight comes from; a blank source is recorded as
/// "Supplied by the user in &lt;file&gt;, no source given".
/// </summary>
public static class HarmWeightFile
{
    /// <summary>The name the built-in table goes by in messages; also its file in the source tree, beside this one.</summary>
    public const string DefaultFileName = "default-harm-weights.csv";

    /// <summary>What the built-in table is called in the report.</summary>
    public const string DefaultTableName = "Default indicative weights";

    // The built-in weights are a table of numbers, each with the citation it rests on: data, not code. They ship as a
    // CSV in the same format as a user's own table (and as harm.csv's first columns), so they are read by the same code,
    // can be copied and edited as a starting point, and their citations can be corrected without touching the analysis.
    // The CSV is embedded in this assembly rather than copied beside it, so no install or working folder can lose it.
    private static readonly Lazy<HarmWeightTable> BuiltIn = new(ReadDefault);

    /// <summary>
    /// The built-in indicative table for the 14 police.uk categories, in days of custody equivalent in the style of the
    /// ONS Crime Severity Score and the Cambridge Crime Harm Index (<see cref="DefaultFileName"/>). police.uk categories
    /// are broad and hold offences of very different seriousness, so no category weight is exact; each row's source says
    /// what it rests on and whether it is an approximation. Anti-social behaviour is deliberately not weighted.
    /// </summary>
    /// <exception cref="ConfigurationException">The embedded table is malformed (a build fault; its name and line are given).</exception>
    public static HarmWeightTable Default => BuiltIn.Value;

    /// <summary>Reads the table at <paramref name="path"/>: per category, a weight in days of custody (or none) and its source.</summary>
    /// <returns>A table of origin <see cref="HarmWeightOrigin.UserFile"/>, named after the file (without its folder).</returns>
    /// <exception cref="ConfigurationException">The file is missing or malformed CSV, has no category or weight
    /// column, a weight is not a number ≥ 0, a category is blank or repeated, or there are no rows. The message names
    /// the file, and the line and column of a bad value.</exception>
    public static HarmWeightTable Read(string path)
    {
        var name = Path.GetFileName(path);
        using var csv = CsvExtract.Open(path, "Harm-weight file");
        return new HarmWeightTable(name, HarmWeightOrigin.UserFile, Rows(csv, name));
    }

    private static HarmWeightTable ReadDefault()
    {
        var assembly = typeof(HarmWeightFile).Assembly;
        using var stream = assembly.GetManifestResourceStream(DefaultFileName)
            ?? throw new ConfigurationException($"{DefaultFileName}: not embedded in {assembly.GetName().Name}; the build is incomplete.");
        using var text = new StreamReader(stream);
        using var csv = CsvExtract.FromText(DefaultFileName, text.ReadToEnd());
        return new HarmWeightTable(DefaultTableName, HarmWeightOrigin.BuiltIn, Rows(csv, DefaultFileName));
    }

    private static List<HarmWeight> Rows(CsvExtract csv, string name)
    {
        var categoryColumn = csv.Column("category", "crime type", "crime_type");
        var weightColumn = csv.Column("weight");
        var sourceColumn = csv.Column("source");
        if (categoryColumn < 0 || weightColumn < 0)
            throw new ConfigurationException($"{csv.Path}: expected the columns category, weight and source; found {string.Join(", ", csv.Header)}.");

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

        if (weights.Count == 0) throw new ConfigurationException($"{csv.Path}: no weight rows found.");
        return weights;
    }
}
