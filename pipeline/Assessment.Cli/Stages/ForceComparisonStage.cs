using Assessment.Core.Benchmarking;
using Assessment.Core.Configuration;
using Assessment.Core.Reporting;
using Assessment.Files.Benchmarking;
using Assessment.Files.Lookups;
using Assessment.Storage.Analysis;
using Assessment.Storage.Store;
using Spectre.Console;

namespace Assessment.Cli.Stages;

/// <summary>
/// Compares the area with the other partnerships of its force (<c>inputs.benchmark</c>): counts by district, month and
/// crime type from the configured compact table or else from every loaded police.uk row, residents by district from the
/// population file, partnerships and forces from the ONS lookups. Without what it needs, says why in one sentence.
/// </summary>
internal static class ForceComparisonStage
{
    /// <summary>What the stage gives the report and the tables.</summary>
    /// <param name="Comparison">The comparison, or null.</param>
    /// <param name="Absence">Why there is none (one sentence), when <paramref name="Comparison"/> is null.</param>
    /// <param name="StoreCounts">The compact table when it was counted from the store (written to tables/benchmark_counts.csv), else null.</param>
    /// <param name="PopulationSource">The population file and its reference date, for the report.</param>
    public sealed record Result(ForceComparison? Comparison, string Absence, IReadOnlyList<DistrictCrimeCount>? StoreCounts, string PopulationSource);

    /// <exception cref="Assessment.Files.Configuration.ConfigurationException">The configured counts file is missing or malformed (file, line and column named).</exception>
    public static Result Run(IAnsiConsole console, AssessmentStore store, AssessmentSettings settings, RunInputs inputs)
    {
        var population = inputs.Population;
        var populationSource = population is null ? "" : population.Source + (population.ReferenceDate is { } date ? $", {date} residents" : "");
        Result Absent(string why) => new(null, why, null, populationSource);
        if (settings.Benchmark is not { } benchmark)
            return Absent("No comparison with the other partnerships of the force is configured (inputs.benchmark in the configuration), so it is not included.");
        if (settings.Area.DistrictCodes.Count == 0)
            return Absent("The comparison with the other partnerships of the force needs the area's district codes (area.district_codes, e.g. [E07000106]), which are not configured.");
        if (population is null || !population.HasDistricts)
            return Absent("The comparison with the other partnerships of the force needs residents by district (population: the IoD2019 File 6 workbook, or a file with a district column), which are not configured.");

        var districts = ForceDistricts.For(PartnershipLookup.Load(PartnershipLookup.DefaultFolder), DistrictNameHistory.Load(PartnershipLookup.DefaultFolder),
            settings.Area.DistrictCodes, population.ByDistrict().ToDictionary(d => d.Key, d => d.Value.Residents, StringComparer.Ordinal));
        var force = districts.Area.Force;
        var fromStore = benchmark.CountsPath is null ? DistrictCountQueries.CountsByDistrict(store) : null;
        var counts = fromStore ?? DistrictCountFile.Read(benchmark.CountsPath!);
        var source = benchmark.CountsPath is { } path
            ? $"police.uk street-level crime, {force.Name}, counted by district, month and crime type in {Path.GetFileName(path)} (Open Government Licence v3.0)"
            : $"police.uk street-level crime, {force.Name} (Open Government Licence v3.0)";
        var comparison = ForceComparisonAnalysis.Run(new ForceComparisonInput(districts.Area.Code, force.Name, force.PoliceUkForce, settings.Period.Current,
            districts.Partnerships, districts.PartnershipByDistrictName, counts, PriorityTheme.TrendThemes(settings.Priorities), source));

        var where = benchmark.CountsPath is { } p ? Path.GetFileName(p) : "the loaded police.uk files";
        if (comparison.AllCrime.Area is null)
            return Absent($"The population file gives no residents for {districts.Area.Name}'s districts, so it is not compared with the other partnerships of {force.Name}.");
        if (comparison.PartnershipsWithoutRows is { Count: > 0 } empty)
        {
            return Absent($"The comparison with the other partnerships of {force.Name} needs the force's whole police.uk files ({force.PoliceUkForce}) for the assessment period, or a table of counts made from them (inputs.benchmark.counts); "
                + $"{where} hold{(benchmark.CountsPath is null ? "" : "s")} no {force.Name} rows for {empty.Count} of its {comparison.AllCrime.Partnerships.Count} partnerships ({string.Join(", ", empty.Take(4))}{(empty.Count > 4 ? ", …" : "")}).");
        }
        console.MarkupLine($"Force comparison: {comparison.AllCrime.Partnerships.Count} partnerships of {Markup.Escape(force.Name)} from {Markup.Escape(where)}; " +
            $"{comparison.LeftOut.Total:N0} rows in no partnership of the force.");
        return new Result(comparison, "", fromStore, populationSource);
    }
}
