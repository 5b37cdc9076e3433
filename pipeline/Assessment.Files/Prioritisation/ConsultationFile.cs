using System.Globalization;
using Assessment.Core.Partners;
using Assessment.Core.Prioritisation;
using Assessment.Files.Configuration;
using Assessment.Files.Trends;

namespace Assessment.Files.Prioritisation;

/// <summary>
/// Reads a consultation extract (<c>inputs.consultation</c>): CSV with the columns theme, share (the share of
/// respondents naming the theme) and sample_size, found by name in any order. A share is a fraction from 0 to 1, or a
/// percentage from 0 to 100 when the value ends in "%" or the column is named share_percent (or "share (%)").
/// docs/prioritisation.md describes the format.
/// </summary>
public static class ConsultationFile
{
    /// <summary>Reads the extract at <paramref name="path"/>.</summary>
    /// <returns>Every row in file order, with its line; synthetic when the file name says so.</returns>
    /// <exception cref="ConfigurationException">The file is missing or malformed CSV; a column is missing (the columns
    /// found are listed); a theme is blank; a share is not a number, negative, above 1 (or above 100%); a sample size
    /// is not a whole number ≥ 0; or there are no rows. The message names the file, and the line and column of a bad value.</exception>
    public static ConsultationExtract Read(string path)
    {
        using var csv = CsvExtract.Open(path, "Consultation extract");
        var theme = csv.Column("theme");
        var percentColumn = csv.Column("share_percent", "share (%)", "share %", "percent");
        var share = percentColumn >= 0 ? percentColumn : csv.Column("share", "share naming it", "share_naming", "proportion");
        var sample = csv.Column("sample_size", "sample", "respondents", "n");
        var missing = new[] { (theme, "theme"), (share, "share"), (sample, "sample_size") }.Where(c => c.Item1 < 0).Select(c => c.Item2).ToList();
        if (missing.Count > 0)
            throw new ConfigurationException($"{csv.Path}: the column{(missing.Count == 1 ? "" : "s")} {string.Join(", ", missing)} {(missing.Count == 1 ? "is" : "are")} missing; expected theme, share and sample_size, found {string.Join(", ", csv.Header)}.");

        var rows = new List<ConsultationResponse>();
        while (csv.Read())
        {
            var name = csv.Field(theme);
            if (name.Length == 0) throw csv.Error(theme, "the theme is blank.");
            rows.Add(new ConsultationResponse(name, Share(csv, share, percentColumn >= 0, name), SampleSize(csv, sample, name), csv.Line));
        }

        if (rows.Count == 0) throw new ConfigurationException($"{csv.Path}: no rows found after the header.");
        var fileName = Path.GetFileName(path);
        return new ConsultationExtract(fileName, theme + 1, rows, SyntheticExtract.IsNamed(fileName));
    }

    private static double Share(CsvExtract csv, int column, bool percentColumn, string theme)
    {
        var text = csv.Field(column);
        var percent = percentColumn || text.EndsWith('%');
        var number = text.TrimEnd('%').Trim();
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            throw csv.Error(column, $"the share for \u201c{theme}\u201d is \u201c{text}\u201d; expected a fraction from 0 to 1 or a percentage such as 34%.");
        if (value < 0) throw csv.Error(column, $"the share for \u201c{theme}\u201d is {text}; a share cannot be negative.");
        if (percent && value > 100) throw csv.Error(column, $"the share for \u201c{theme}\u201d is {text}; a percentage cannot be above 100%.");
        if (!percent && value > 1)
            throw csv.Error(column, $"the share for \u201c{theme}\u201d is {text}, above 1; give a fraction from 0 to 1, or write it as a percentage ({text}%) or name the column share_percent.");
        return percent ? value / 100 : value;
    }

    private static long SampleSize(CsvExtract csv, int column, string theme)
    {
        var text = csv.Field(column);
        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            throw csv.Error(column, $"the sample size for \u201c{theme}\u201d is \u201c{text}\u201d; expected a whole number of respondents.");
        if (value < 0) throw csv.Error(column, $"the sample size for \u201c{theme}\u201d is {text}; it cannot be negative.");
        return value;
    }
}
