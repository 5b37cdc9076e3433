using Assessment.Core.Reporting;

namespace Assessment.Browser;

/// <summary>
/// The browser-side assets fetched from npm at build time and copied next to the application under
/// <c>report-assets/</c>: the Vega and Vega-Lite browser builds and the Inter font (regular, semibold, bold).
/// </summary>
public sealed class ReportAssetFiles
{
    private static readonly int[] Weights = [400, 600, 700];

    private ReportAssetFiles(string vega, string vegaLite, IReadOnlyList<EmbeddedFont> fonts)
    {
        VegaScript = vega;
        VegaLiteScript = vegaLite;
        Fonts = fonts;
    }

    /// <summary>vega.min.js.</summary>
    public string VegaScript { get; }

    /// <summary>vega-lite.min.js.</summary>
    public string VegaLiteScript { get; }

    /// <summary>Inter 400, 600 and 700 as WOFF2.</summary>
    public IReadOnlyList<EmbeddedFont> Fonts { get; }

    /// <summary>The default folder: <c>report-assets</c> beside the running application.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "report-assets");

    /// <summary>Loads the assets; throws <see cref="FileNotFoundException"/> naming the missing file and how to get it.</summary>
    public static ReportAssetFiles Load(string? directory = null)
    {
        directory ??= DefaultDirectory;
        string Require(string name)
        {
            var path = Path.Combine(directory, name);
            if (!File.Exists(path))
                throw new FileNotFoundException($"The report asset '{path}' is missing. It is fetched from npm when Assessment.Browser is built: rebuild with npm available.", path);
            return path;
        }

        var vega = File.ReadAllText(Require("vega.min.js"));
        var vegaLite = File.ReadAllText(Require("vega-lite.min.js"));
        var fonts = Weights.Select(w => new EmbeddedFont("Inter", w, Convert.ToBase64String(File.ReadAllBytes(Require($"inter-latin-{w}-normal.woff2"))))).ToList();
        return new ReportAssetFiles(vega, vegaLite, fonts);
    }
}
