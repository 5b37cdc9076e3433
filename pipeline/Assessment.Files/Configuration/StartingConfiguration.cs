using System.Text;
using System.Text.RegularExpressions;
using Assessment.Core.Model;
using Assessment.Files.Lookups;

namespace Assessment.Files.Configuration;

/// <summary>
/// The starting <c>assessment.yaml</c> that <c>assessment init</c> writes for a partnership: its name and districts as
/// the area, the police.uk force files to download, and commented templates for everything that only the
/// partnership can supply (boundaries, priorities, action plan), so no other area's settings are active.
/// </summary>
public static class StartingConfiguration
{
    /// <summary>The YAML text (UTF-8, LF line ends), loadable by <see cref="AssessmentConfigLoader"/>.</summary>
    /// <param name="partnership">The partnership, from <see cref="PartnershipLookup"/>.</param>
    /// <param name="transportPolice">British Transport Police, listed as a second download.</param>
    /// <param name="endMonth">Last month of the assessment period written as <c>period.end_month</c>.</param>
    /// <param name="command">The command line that made the file, quoted in its first lines.</param>
    public static string Write(PartnershipArea partnership, PoliceForce transportPolice, YearMonth endMonth, string command)
    {
        ArgumentNullException.ThrowIfNull(partnership);
        ArgumentNullException.ThrowIfNull(transportPolice);
        var name = partnership.Name;
        var slug = FileSlug(name);
        var districts = partnership.Districts;
        var y = new StringBuilder();
        void Line(string text = "") => y.Append(text).Append('\n');

        Line($"# {name} Community Safety Partnership ({partnership.Code}{(partnership.WelshName is { } w && w != name ? $"; {w}" : "")}): a starting configuration.");
        Line($"# Written by `{command}` from the ONS lookups (December 2019): district -> Community Safety");
        Line("# Partnership -> police force area. Source: Office for National Statistics licensed under the Open Government");
        Line("# Licence v3.0. Contains public sector information licensed under the Open Government Licence v3.0.");
        Line("# Paths are relative to this file. Every value can be overridden on the command line (assessment run --help).");
        Line();
        Line($"partnership: {Quote(name + " Community Safety Partnership")}");
        Line("# restricted (every count, marked OFFICIAL-SENSITIVE) or public (counts below suppression_threshold withheld, marked OFFICIAL).");
        Line("publication: restricted");
        Line();
        Line($"# The partnership area: its {(districts.Count == 1 ? "district" : $"{districts.Count} districts")} ({string.Join(", ", districts.Select(d => $"{d.Name} {d.Code}"))}).");
        Line("# police.uk names each LSOA \"<District> NNNX\" (e.g. \"" + LsoaNamePrefix(districts[0]) + "001A\"): one prefix per district, trailing space kept.");
        foreach (var d in districts.Where(d => d.CurrentName is not null))
            Line($"# {d.Name} has since become part of {d.CurrentName}: check that your download still names its LSOAs \"{d.Name} ...\"; if not, use lsoa_codes_file.");
        Line("area:");
        Line($"  name: {Quote(name)}");
        Line("  lsoa_name_prefix:");
        foreach (var d in districts) Line($"    - {Quote(LsoaNamePrefix(d))}");
        Line("  # ONS district codes, for partner data published by district (DEFRA fly-tipping).");
        Line($"  district_codes: [{string.Join(", ", districts.Select(d => d.Code))}]");
        Line("  # The police force as Home Office tables name it, and the county or unitary authority, for drug seizures by force");
        Line("  # and drug-misuse tables by county.");
        Line($"  police_force: {Quote(partnership.Force.Name)}");
        var counties = districts.Select(d => d.UpperTier).Distinct().ToList();
        if (counties is [{ } county]) Line($"  county: {Quote(county)}");
        else Line($"  # county: <county or unitary authority>   # the districts lie in {(counties.Count == 0 ? "no county the lookups know" : "several: " + string.Join(", ", counties.Select(c => c ?? "unknown")))}");
        // A unitary authority is its own upper tier: a comparator equal to the area compares nothing.
        var countyCodes = districts.Select(d => d.UpperTierCode).Distinct().ToList();
        Line("  # The county's ONS code, a comparator for Fingertips and treatment data published for counties.");
        if (countyCodes is [{ } countyCode] && districts.All(d => d.Code != countyCode)) Line($"  county_code: {countyCode}");
        else Line("  # county_code: E10000016              # none: the area is a unitary authority, or its districts lie in several counties");
        Line("  # With lsoa_codes_file instead of prefixes, and data whose LSOA codes are of the other census (police.uk files");
        Line("  # before 2021 LSOAs carry 2011 codes), map them with the ONS \"LSOA (2011) to LSOA (2021) to LAD (2022) Exact Fit");
        Line("  # Lookup\" (columns LSOA11CD, LSOA21CD, CHGIND):");
        Line("  # lsoa_lookup: LSOA11_LSOA21_LAD22_EW_LU.csv");
        Line();
        Line("# The assessment period ends with end_month and runs for `months`; the comparison period is as long, just before it.");
        Line("# police.uk publishes each month about two months later: set end_month to the last month you downloaded.");
        Line("period:");
        Line($"  end_month: {endMonth}");
        Line("  months: 12");
        Line();
        Line("# police.uk street-level files: from https://data.police.uk/data/ download, for at least 24 months (the assessment");
        Line("# and comparison periods):");
        Line($"#   {partnership.Force.Name} ({partnership.Force.PoliceUkForce}): files YYYY-MM/YYYY-MM-{partnership.Force.PoliceUkForce}-street.csv");
        Line($"#   {transportPolice.Name} ({transportPolice.PoliceUkForce}): files YYYY-MM/YYYY-MM-{transportPolice.PoliceUkForce}-street.csv (incidents at stations)");
        Line("# and unzip them into the folder below (or pass --input DIR). Rows outside the area are kept out of the analysis.");
        Line("inputs:");
        Line("  police_uk:");
        Line("    - policeuk                            # archive layout: YYYY-MM/YYYY-MM-<force>-street.csv");
        Line("  # Optional. DEFRA's \"Fly-tipping incidents and actions reported by local authorities in England\" workbook");
        Line("  # (gov.uk, statistics \"fly-tipping in England\"), as published (xlsx) or sheet LA_incidents saved as CSV:");
        Line("  # flytipping: Flytipping.xlsx");
        Line("  # Optional. IMD 2019 ranks by 2011 LSOA for the area profile's deprivation deciles: MHCLG's \"English indices of");
        Line("  # deprivation 2019\" File 1 (xlsx, sheet IMD2019) or any CSV with LSOA11CD and the rank (IMD19):");
        Line("  # imd: File_1_-_IMD2019_Index_of_Multiple_Deprivation.xlsx");
        Line($"  # Optional. Compare the area with the other partnerships of {partnership.Force.Name}, by rate per 1,000 residents: give the");
        Line($"  # force's whole files above ({partnership.Force.PoliceUkForce}) for the assessment period and a population file with districts");
        Line("  # (population: the IoD2019 File 6 workbook), then turn it on. counts: instead of the loaded files, the");
        Line("  # tables/benchmark_counts.csv written by a run on the force's whole files.");
        Line("  # benchmark:");
        Line("  #   enabled: true");
        Line("  #   counts: benchmark_counts.csv");
        Line("  # Optional. The Ministry of Justice proven-reoffending extract by local authority (CSV or xlsx; cohort period,");
        Line("  # area code and type, offender type, offenders, reoffenders, reoffences); see docs/data-formats.md:");
        Line("  # reoffending: reoffending.csv");
        Line("  # Optional. Home Office drug seizures by police force (SeizuresYY-YY.csv files or their folder), and wide year x");
        Line("  # county tables of drug-misuse deaths, admissions and population (see docs/data-formats.md):");
        Line("  # drug_seizures: [drug-seizures]");
        Line("  # drug_misuse_deaths: deaths_misuse.csv");
        Line("  # drug_misuse_admissions: misuse.csv");
        Line("  # county_population: population_la.csv");
        Line("  # Optional. OHID Fingertips indicator exports (fingertips.phe.org.uk, an indicator's \"Download\" tab, \"Export");
        Line("  # data\" for districts), e.g. alcohol-related admissions (91414) or drug and alcohol treatment indicators; any number:");
        Line("  # fingertips: [indicators-District.data.csv]");
        Line("  # Optional. Adult treatment figures in the NDTMS shape (period, area_code, substance_group, in_treatment,");
        Line("  # new_presentations, successful_completions, re_presentations), from the local NDTMS/OHID reports:");
        Line("  # treatment: ndtms-treatment.csv");
        Line("  # Optional. The council's anti-social behaviour case log, one row per case (CSV, or xlsx with a sheet \"Cases\");");
        Line("  # columns and allowed categories in docs/data-formats.md (\"Council ASB case log\"):");
        Line("  # asb_cases: asb-cases.csv");
        Line();
        Line("output: reports                         # tables/, charts/, data_quality.csv, the report");
        Line("store: reports/assessment.duckdb        # loaded data kept between runs");
        Line();
        Line("# Optional. Polygons for maps and ward tables; without them the report says the maps are not available.");
        Line("# From the ONS Open Geography Portal (https://geoportal.statistics.gov.uk), as GeoJSON in WGS84 (EPSG:4326):");
        Line("#   lsoa:  \"Lower layer Super Output Areas (December 2021) Boundaries EW BGC\", keeping the features whose LSOA21NM");
        Line($"#          starts with a prefix above; properties needed: LSOA21CD (code) and LSOA21NM (name).");
        Line($"#   wards: the latest \"Wards ... Boundaries UK BGC\" (e.g. May 2025), keeping the wards of {string.Join(", ", districts.Select(d => d.Name))};");
        Line("#          properties needed: a ward code and name of one vintage, such as WD25CD and WD25NM.");
        Line("# boundaries:");
        Line($"#   lsoa: boundaries/{slug}-lsoa21.geojson");
        Line($"#   wards: boundaries/{slug}-wards-2025.geojson");
        Line("# Optional. Named places drawn on every map (towns, the city or town centre). Template: uncomment and fill in.");
        Line("# Give each place lat and lon (WGS84, e.g. from OS Open Names, Open Government Licence), or wards: the wards whose");
        Line("# centroid places it. Without places the maps still draw, with ward names only.");
        Line("# places:");
        Line("#   - name: <town centre>");
        Line("#     kind: centre                         # centre or town");
        Line("#     lat: <latitude>");
        Line("#     lon: <longitude>");
        Line("#   - name: <town>");
        Line("#     wards: [<ward holding the town centre>]");
        Line();
        Line("# Optional. The partnership's action plan (priorities and \"We will\" actions) for the report's action-plan chapter,");
        Line("# in its own file. Template (save as action-plan.yaml, fill in, then uncomment the key below):");
        Line("#   source: <where the plan is published>");
        Line("#   priorities:");
        Line("#     - name: <priority>");
        Line("#       actions:");
        Line("#         - action: \"<what the partnership will do>\"");
        Line("#           lead: <agency or post>             # optional");
        Line("#           timescale: <e.g. March 2027>       # optional");
        Line("#           measure: <how delivery is measured> # optional");
        Line("#           status: not_started                # optional: red, amber, green, complete, not_started");
        Line("# action_plan: action-plan.yaml");
        Line();
        Line("# Optional. Residents by LSOA for the area profile and rates per 1,000 residents; without it the report uses counts");
        Line("# and says so. The English indices of deprivation 2019 \"File 6: population denominators\" workbook as published");
        Line("# (ONS mid-2015, 2011 LSOAs; mapped to 2021 LSOAs through area.lsoa_lookup), or a CSV of LSOA code and population:");
        Line("# population: File_6_-_IoD2019_Population_Denominators.xlsx");
        Line();
        Line("# Optional. Your own harm weights (CSV: category,weight,source); the default table is written to tables/harm.csv.");
        Line("# harm_weights: harm-weights.csv");
        Line();
        Line("# Optional. Months the control-chart limits come from (default: every loaded month before the assessment period).");
        Line("# baseline:");
        Line("#   first: 2024-01");
        Line("#   last: 2024-12");
        Line();
        Line("# Optional. The partnership's priorities: one report chapter each, and a theme series (keyed by id) in every table.");
        Line("# Template: replace with your partnership's own priorities, then uncomment. Without it the report says that no");
        Line("# priorities are configured. id: a stable slug (lower-case, digits, hyphens); crime_types: police.uk categories that");
        Line("# indicate the priority (may be empty); commitments: optional \"We will…\" lines (without them, the action plan's");
        Line("# actions under the priority's name are used); source: where the description and commitments come from.");
        Line("# priorities:");
        Line("#   - id: <priority-id>");
        Line("#     name: <priority name>");
        Line("#     description: <what the priority covers>");
        Line("#     crime_types: [Violence and sexual offences, Public order]");
        Line("#     commitments:");
        Line("#       - <what the partnership will do>");
        Line("#     source: <the partnership's published plan>");
        Line("#   - id: anti-social-behaviour");
        Line("#     name: Anti-social behaviour");
        Line("#     crime_types: [Anti-social behaviour, Criminal damage and arson]");
        Line("# police.uk crime types:");
        foreach (var type in PoliceUkCrimeTypes.All) Line($"#   {type}");
        return y.ToString();
    }

    /// <summary>
    /// The start of a district's LSOA names, trailing space included: its name without the ", City of" or ", County of"
    /// that ONS appends to some district names ("Kingston upon Hull, City of" → "Kingston upon Hull "), as ONS LSOA names
    /// and police.uk's have it.
    /// </summary>
    public static string LsoaNamePrefix(LookupDistrict district)
    {
        ArgumentNullException.ThrowIfNull(district);
        return Regex.Replace(district.Name, ", (City|County) of$", "", RegexOptions.None, TimeSpan.FromSeconds(1)) + " ";
    }

    /// <summary>A file-name form of a name: "Dartford and Gravesham" → "dartford-and-gravesham".</summary>
    public static string FileSlug(string name) =>
        string.Join('-', NameMatch.Normalise(name).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
