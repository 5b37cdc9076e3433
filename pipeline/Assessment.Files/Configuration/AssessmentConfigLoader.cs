using Assessment.Core.Configuration;
using Assessment.Core.Disclosure;
using Assessment.Core.Model;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Assessment.Files.Configuration;

/// <summary>
/// Reads <c>assessment.yaml</c>, applies command-line overrides and resolves paths: paths in the file are
/// relative to the file's folder, paths on the command line to the working directory.
/// </summary>
public static partial class AssessmentConfigLoader
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .WithTypeConverter(new OneOrMoreStringsConverter())
        .Build();

    /// <summary>The settings of a run: the YAML file at <paramref name="configPath"/> with <paramref name="overrides"/> applied and every path made absolute.</summary>
    /// <param name="configPath">The YAML file, absolute or relative to <paramref name="workingDirectory"/>.</param>
    /// <param name="overrides">Command-line values; null members keep the file's values.</param>
    /// <param name="workingDirectory">The folder command-line paths are relative to.</param>
    /// <exception cref="ConfigurationException">The file is missing, is not valid YAML, or has unknown or repeated keys
    /// (line and column, or both lines, named); a value is missing or out of range (e.g. the period, the area
    /// definition); a priority is malformed (no id or name, a repeated id, or a crime type that is not one of the 14
    /// police.uk categories, its line named); the <c>prioritisation:</c> mapping is invalid (its key named, see PrioritisationConfiguration); or the <c>--area-*</c> options ask for another area than the one the file was made for.</exception>
    public static AssessmentSettings Load(string configPath, ConfigurationOverrides overrides, string workingDirectory)
    {
        var fullPath = Path.GetFullPath(configPath, workingDirectory);
        if (!File.Exists(fullPath))
            throw new ConfigurationException($"Configuration file not found: {fullPath}. Pass --config PATH, or run from the folder that holds data-samples/.");
        var yaml = File.ReadAllText(fullPath);
        var file = Parse(yaml, fullPath);
        var baseDirectory = Path.GetDirectoryName(fullPath)!;
        return Resolve(file, yaml, fullPath, baseDirectory, overrides, workingDirectory);
    }

    internal static AssessmentConfigFile Parse(string yaml, string source)
    {
        try
        {
            YamlDuplicateKeys.Check(yaml, source);
            return Deserializer.Deserialize<AssessmentConfigFile?>(yaml) ?? new AssessmentConfigFile();
        }
        catch (YamlException ex)
        {
            var reason = ex.InnerException?.Message ?? ex.Message;
            throw new ConfigurationException($"{source}, line {ex.Start.Line}, column {ex.Start.Column}: {reason}", ex);
        }
    }

    private static AssessmentSettings Resolve(AssessmentConfigFile file, string yaml, string source, string baseDir, ConfigurationOverrides o, string workDir)
    {
        string FromFile(string path) => Path.GetFullPath(path, baseDir);
        string FromCli(string path) => Path.GetFullPath(path, workDir);
        BorrowedAreaGuard.Check(file, source, o, FromFile, FromCli);

        var endMonthText = o.EndMonth ?? file.Period?.EndMonth
            ?? throw new ConfigurationException($"{source}: period.end_month is missing (e.g. end_month: 2025-12).");
        if (!YearMonth.TryParse(endMonthText, out var endMonth))
            throw new ConfigurationException($"{(o.EndMonth is null ? source + ": period.end_month" : "--end-month")} is \"{endMonthText}\"; expected a month like 2025-12.");
        var months = o.Months ?? file.Period?.Months ?? 12;
        if (months is < 1 or > 120)
            throw new ConfigurationException($"The assessment period must be 1–120 months long; got {months}.");

        var inputs = o.PoliceUkInputs?.Select(FromCli).ToArray() ?? file.Inputs?.PoliceUk?.Select(FromFile).ToArray() ?? [];
        if (inputs.Length == 0)
            throw new ConfigurationException($"{source}: inputs.police_uk lists no folders or files, and no --input was given.");

        var output = o.OutputDirectory is not null ? FromCli(o.OutputDirectory) : FromFile(file.Output ?? "reports");
        // A store named in the file belongs with the file's output folder; --out alone moves both.
        var store = o.StorePath is not null ? FromCli(o.StorePath)
            : file.Store is not null && o.OutputDirectory is null ? FromFile(file.Store)
            : Path.Combine(output, "assessment.duckdb");

        var disclosure = ResolveDisclosure(file, source, o);
        return new AssessmentSettings(
            Partnership: file.Partnership ?? $"{o.AreaName ?? file.Area?.Name ?? "Area"} Community Safety Partnership",
            Area: ResolveArea(file.Area, source, o, FromFile, FromCli),
            Period: new AssessmentPeriod(endMonth, months),
            PoliceUkInputs: inputs,
            OutputDirectory: output,
            StorePath: store,
            Classification: disclosure.Marking,
            LsoaBoundaryPath: file.Boundaries?.Lsoa is { } lsoa ? FromFile(lsoa) : null,
            WardBoundaryPath: file.Boundaries?.Wards is { } wards ? FromFile(wards) : null)
        {
            Disclosure = disclosure,
            Priorities = PriorityConfiguration.Resolve(file, yaml, source),
            Places = PlaceConfiguration.Resolve(file, source),
            PopulationPath = o.PopulationPath is { } population ? FromCli(population) : file.Population is { } filePopulation ? FromFile(filePopulation) : null,
            HarmWeightsPath = o.HarmWeightsPath is { } weights ? FromCli(weights) : file.HarmWeights is { } fileWeights ? FromFile(fileWeights) : null,
            ActionPlanPath = file.ActionPlan is { } plan ? FromFile(plan) : null,
            ControlBaseline = ResolveBaseline(file.Baseline, source, new AssessmentPeriod(endMonth, months)),
            FlyTippingPath = file.Inputs?.Flytipping is { } flyTipping ? FromFile(flyTipping) : null,
            ImdPath = file.Inputs?.Imd is { } imd ? FromFile(imd) : null,
            Benchmark = file.Inputs?.Benchmark is { Enabled: not false } benchmark ? new BenchmarkSettings(benchmark.Counts is { } counts ? FromFile(counts) : null) : null,
            ReoffendingPath = file.Inputs?.Reoffending is { } reoffending ? FromFile(reoffending) : null,
            DrugSeizurePaths = [.. (file.Inputs?.DrugSeizures ?? []).Select(FromFile)],
            DrugMisuseDeathsPath = file.Inputs?.DrugMisuseDeaths is { } deaths ? FromFile(deaths) : null,
            DrugMisuseAdmissionsPath = file.Inputs?.DrugMisuseAdmissions is { } admissions ? FromFile(admissions) : null,
            CountyPopulationPath = file.Inputs?.CountyPopulation is { } countyPopulation ? FromFile(countyPopulation) : null,
            FingertipsPaths = [.. (file.Inputs?.Fingertips?.Values ?? []).Select(FromFile)],
            TreatmentPath = file.Inputs?.Treatment is { } treatment ? FromFile(treatment) : null,
            AsbCasesPath = file.Inputs?.AsbCases is { } asbCases ? FromFile(asbCases) : null,
            Prioritisation = PrioritisationConfiguration.Resolve(file.Prioritisation, source),
            ConsultationPath = file.Inputs?.Consultation is { } consultation ? FromFile(consultation) : null,
            PreviousAssessmentPath = o.PreviousAssessmentPath is { } previous ? FromCli(previous) : file.Previous is { } filePrevious ? FromFile(filePrevious) : null,
        };
    }

    /// <summary>
    /// The edition (<c>--publication</c>, else <c>publication:</c>, else restricted) and its threshold. The marking
    /// follows the edition; a <c>classification:</c> left in the file must agree with it, so that a restricted
    /// edition is never marked OFFICIAL nor a public one OFFICIAL-SENSITIVE by an old setting.
    /// </summary>
    private static DisclosurePolicy ResolveDisclosure(AssessmentConfigFile file, string source, ConfigurationOverrides o)
    {
        var text = o.Publication ?? file.Publication;
        var edition = text?.Trim().ToLowerInvariant() switch
        {
            null => PublicationEdition.Restricted,
            "restricted" => PublicationEdition.Restricted,
            "public" => PublicationEdition.Public,
            _ => throw new ConfigurationException($"{(o.Publication is null ? source + ": publication" : "--publication")} is \"{text}\"; expected public or restricted."),
        };
        var threshold = file.SuppressionThreshold ?? DisclosurePolicy.DefaultThreshold;
        if (threshold < 2)
            throw new ConfigurationException($"{source}: suppression_threshold is {threshold}; it must be at least 2 (counts from 1 to threshold − 1 are suppressed in the public edition).");
        var policy = new DisclosurePolicy(edition, threshold);
        if (file.Classification is { } marking && !string.Equals(marking.Trim(), policy.Marking, StringComparison.OrdinalIgnoreCase))
            throw new ConfigurationException(
                $"{source}: classification is \"{marking}\", but the {edition.ToString().ToLowerInvariant()} edition is marked {policy.Marking}. " +
                "The marking follows publication: (public → OFFICIAL, restricted → OFFICIAL-SENSITIVE); remove classification: or set publication: to the edition you mean.");
        return policy;
    }

    private static MonthRange? ResolveBaseline(BaselineSection? baseline, string source, AssessmentPeriod period)
    {
        if (baseline is null || (baseline.First is null && baseline.Last is null)) return null;
        YearMonth Month(string text, string key) => YearMonth.TryParse(text, out var month)
            ? month
            : throw new ConfigurationException($"{source}: baseline.{key} is \"{text}\"; expected a month like 2024-01.");
        // Without a first month the baseline reaches back to the earliest loaded month; the analysis clips it to the data.
        var first = baseline.First is { } f ? Month(f, "first") : new YearMonth(1, 1);
        var last = baseline.Last is { } l ? Month(l, "last") : period.Current.First.AddMonths(-1);
        if (last < first) throw new ConfigurationException($"{source}: baseline.last ({last}) is before baseline.first ({first}).");
        return new MonthRange(first, last);
    }

    private static AreaSettings ResolveArea(AreaSection? area, string source, ConfigurationOverrides o, Func<string, string> fromFile, Func<string, string> fromCli)
    {
        var name = o.AreaName ?? area?.Name ?? throw new ConfigurationException($"{source}: area.name is missing (e.g. name: Canterbury).");
        var cliGivesArea = o.LsoaNamePrefix is not null || o.LsoaCodesFile is not null || o.BoundaryPath is not null;
        AreaSettings settings = cliGivesArea
            ? new AreaSettings(name, o.LsoaNamePrefix is { } prefix ? [prefix] : null, o.LsoaCodesFile is { } f ? LsoaCodeFile.Read(fromCli(f)) : null, o.BoundaryPath is { } b ? fromCli(b) : null)
            : new AreaSettings(
                name,
                area?.LsoaNamePrefix?.Values,
                area?.LsoaCodes ?? (area?.LsoaCodesFile is { } file ? LsoaCodeFile.Read(fromFile(file)) : null),
                area?.Boundary is { } boundary ? fromFile(boundary) : null);
        if (settings.LsoaNamePrefixes?.Any(string.IsNullOrEmpty) == true)
            throw new ConfigurationException($"{(cliGivesArea ? "--area-prefix" : source + ": area.lsoa_name_prefix")} has an empty prefix; give the start of the LSOA names, e.g. \"Dover \".");
        try
        {
            _ = settings.Kind;
        }
        catch (InvalidOperationException ex)
        {
            throw new ConfigurationException($"{source}: {ex.Message}", ex);
        }
        return WithLsoaLookup(settings, area, source, fromFile);
    }

    private static AreaSettings WithLsoaLookup(AreaSettings settings, AreaSection? area, string source, Func<string, string> fromFile)
    {
        var boundaries = area?.LsoaLookupBoundaries;
        var lsoa11 = boundaries?.Lsoa11?.Values ?? [];
        var lsoa21 = boundaries?.Lsoa21?.Values ?? [];
        if (boundaries is not null && (lsoa11.Count == 0 || lsoa21.Count == 0))
            throw new ConfigurationException($"{source}: area.lsoa_lookup_boundaries needs both lsoa11 (2011 LSOA boundary files) and lsoa21 (2021 LSOA boundary files).");
        var districtCodes = area?.DistrictCodes ?? [];
        if (districtCodes.FirstOrDefault(c => !DistrictCode().IsMatch(c)) is { } bad)
            throw new ConfigurationException($"{source}: area.district_codes has \"{bad}\"; expected ONS district codes such as E07000106.");
        if (area?.CountyCode is { } county && !DistrictCode().IsMatch(county))
            throw new ConfigurationException($"{source}: area.county_code is \"{county}\"; expected an ONS code such as E10000016.");
        return settings with
        {
            DistrictCodes = districtCodes,
            PoliceForce = string.IsNullOrWhiteSpace(area?.PoliceForce) ? null : area.PoliceForce.Trim(),
            County = string.IsNullOrWhiteSpace(area?.County) ? null : area.County.Trim(),
            CountyCode = area?.CountyCode,
            LsoaLookupPath = area?.LsoaLookup is { } lookup ? fromFile(lookup) : null,
            Lsoa11BoundaryPaths = [.. lsoa11.Select(fromFile)],
            Lsoa21BoundaryPaths = [.. lsoa21.Select(fromFile)],
        };
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[ENSW][0-9]{8}$")]
    private static partial System.Text.RegularExpressions.Regex DistrictCode();
}
