using Assessment.Core.Configuration;
using Assessment.Core.Partners;
using Assessment.Files.Configuration;
using Assessment.Files.Partners;
using Assessment.Storage.Partners;
using Assessment.Storage.Store;
using Spectre.Console;

namespace Assessment.Cli.Stages;

/// <summary>
/// Loads the Home Office seizure tables (<c>inputs.drug_seizures</c>: files or folders of SeizuresYY-YY.csv and
/// QuantitiesYY-YY.csv) and the wide county tables (<c>inputs.drug_misuse_deaths</c>, <c>drug_misuse_admissions</c>,
/// <c>county_population</c>) into the store, and summarises the area's force (<c>area.police_force</c>, else the force
/// most of the area's police.uk rows fall within) and county (<c>area.county</c>).
/// </summary>
internal static class DrugMarketStage
{
    /// <summary>The measure names of the county tables in the store.</summary>
    public const string Deaths = "drug_misuse_deaths", Admissions = "drug_misuse_admissions", Population = "population";

    /// <returns>The summary, or null when nothing is configured; and the number of rows rejected.</returns>
    /// <exception cref="ConfigurationException">A file or folder is missing, or a file is not the table expected (file named).</exception>
    public static (DrugMarketSummary? Summary, long Rejected) Run(IAnsiConsole console, AssessmentStore store, AssessmentSettings settings, IReadOnlyList<string> forcesInArea)
    {
        var tables = new[] { (Deaths, settings.DrugMisuseDeathsPath), (Admissions, settings.DrugMisuseAdmissionsPath), (Population, settings.CountyPopulationPath) };
        if (settings.DrugSeizurePaths.Count == 0 && tables.All(t => t.Item2 is null)) return (null, 0);
        long rejected = 0;

        var seizures = new DrugSeizureStore(store);
        foreach (var path in SeizureFiles(settings.DrugSeizurePaths))
        {
            var (measure, year) = DrugSeizureFile.Identify(path);
            var load = seizures.Load(path, measure, DrugSeizureFile.YearStart(year), () => DrugSeizureFile.Read(path));
            PartnerLoadView.Render(console, $"Drug {(measure == DrugSeizureMeasure.Quantity ? "quantities" : "seizures")} {year}", path, load);
            rejected += load.RowsRejected;
        }
        var county = new CountyMeasureStore(store);
        foreach (var (measure, path) in tables)
        {
            if (path is null) continue;
            if (!File.Exists(path)) throw new ConfigurationException($"inputs: file not found: {path}");
            var load = county.Load(measure, path, () => CountyTableFile.Read(path));
            PartnerLoadView.Render(console, measure.Replace('_', ' '), path, load);
            rejected += load.RowsRejected;
        }

        var force = settings.Area.PoliceForce ?? forcesInArea.FirstOrDefault();
        var name = settings.Area.County;
        IReadOnlyList<CountyMeasureRecord> Of(string measure) => name is null ? [] : county.Records(measure, name);
        return (DrugMarketSummary.From(force is null ? null : PoliceForceName.Clean(force), seizures.Records(DrugSeizureMeasure.Seizures), name,
            Of(Deaths), Of(Admissions), Of(Population)), rejected);
    }

    // A folder gives every table in it by the published names; a file is taken as given.
    private static IEnumerable<string> SeizureFiles(IReadOnlyList<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*.csv", SearchOption.AllDirectories)
                    .Where(f => Path.GetFileName(f).StartsWith("Seizures", StringComparison.OrdinalIgnoreCase) || Path.GetFileName(f).StartsWith("Quantities", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal))
                    yield return file;
            }
            else if (File.Exists(path)) yield return path;
            else throw new ConfigurationException($"inputs.drug_seizures: no such file or folder: {path}");
        }
    }
}
