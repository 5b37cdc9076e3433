namespace Assessment.Files.Configuration;

// The YAML file's shape, one class per mapping. Property names map to snake_case keys
// (end_month, police_uk, lsoa_name_prefix); unknown keys are errors so typos don't pass silently.
#pragma warning disable CA1002, CA2227 // mutable collections are what the YAML deserializer fills

/// <summary>Root of <c>assessment.yaml</c>.</summary>
internal sealed class AssessmentConfigFile
{
    public string? Partnership { get; set; }

    /// <summary>The marking; now follows <see cref="Publication"/> and, when given, must agree with it.</summary>
    public string? Classification { get; set; }

    /// <summary>The edition: <c>public</c> or <c>restricted</c> (the default).</summary>
    public string? Publication { get; set; }

    /// <summary>The smallest count the public edition shows (default 5).</summary>
    public int? SuppressionThreshold { get; set; }

    public AreaSection? Area { get; set; }

    public PeriodSection? Period { get; set; }

    public InputsSection? Inputs { get; set; }

    public BoundariesSection? Boundaries { get; set; }

    public string? Output { get; set; }

    public string? Store { get; set; }

    /// <summary>The partnership's priorities, each with its id, name and police.uk crime types; absent means none.</summary>
    public List<PrioritySection?>? Priorities { get; set; }

    /// <summary>The earlier name → crime types mapping; read only to say that <c>priorities:</c> replaced it.</summary>
    public object? Themes { get; set; }

    /// <summary>Named places (towns, centres) drawn on the maps; absent means none.</summary>
    public List<PlaceSection?>? Places { get; set; }

    /// <summary>Population file (LSOA code, residents).</summary>
    public string? Population { get; set; }

    /// <summary>Harm-weight table (category, weight, source).</summary>
    public string? HarmWeights { get; set; }

    /// <summary>Action plan file (priorities and their actions).</summary>
    public string? ActionPlan { get; set; }

    /// <summary>Months the control limits come from.</summary>
    public BaselineSection? Baseline { get; set; }

    /// <summary>The prioritisation matrix: weights, how many to recommend, vulnerability ratings.</summary>
    public PrioritisationMapping? Prioritisation { get; set; }

    /// <summary>Last year's assessment.json, for the changes since the previous assessment.</summary>
    public string? Previous { get; set; }
}

internal sealed class PrioritySection
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public List<string?>? CrimeTypes { get; set; }

    public List<string?>? Commitments { get; set; }

    public string? Source { get; set; }
}

internal sealed class PlaceSection
{
    public string? Name { get; set; }

    /// <summary>"town" (default) or "centre".</summary>
    public string? Kind { get; set; }

    public double? Lat { get; set; }

    public double? Lon { get; set; }

    /// <summary>Wards whose centroid positions the place, instead of lat and lon.</summary>
    public List<string?>? Wards { get; set; }
}

internal sealed class AreaSection
{
    public string? Name { get; set; }

    /// <summary>One prefix (<c>lsoa_name_prefix: "Dover "</c>) or one per district (a list).</summary>
    public OneOrMoreStrings? LsoaNamePrefix { get; set; }

    public List<string>? LsoaCodes { get; set; }

    public string? LsoaCodesFile { get; set; }

    public string? Boundary { get; set; }

    /// <summary>ONS codes of the area's local authority districts (e.g. E07000106), for partner data published by district.</summary>
    public List<string>? DistrictCodes { get; set; }

    /// <summary>The area's police force as Home Office tables name it (e.g. "Kent"), for drug seizures by force.</summary>
    public string? PoliceForce { get; set; }

    /// <summary>The county or unitary authority the area lies in (e.g. "Kent"), for tables published by county.</summary>
    public string? County { get; set; }

    /// <summary>ONS code of the county or upper-tier authority the area lies in (e.g. E10000016 Kent), a comparator for partner data.</summary>
    public string? CountyCode { get; set; }

    /// <summary>ONS's 2011↔2021 LSOA exact-fit lookup (CSV).</summary>
    public string? LsoaLookup { get; set; }

    /// <summary>LSOA boundaries of both vintages, to derive the lookup from when no ONS file is given.</summary>
    public LookupBoundariesSection? LsoaLookupBoundaries { get; set; }
}

internal sealed class LookupBoundariesSection
{
    public OneOrMoreStrings? Lsoa11 { get; set; }

    public OneOrMoreStrings? Lsoa21 { get; set; }
}

internal sealed class PeriodSection
{
    public string? EndMonth { get; set; }

    public int? Months { get; set; }
}

internal sealed class InputsSection
{
    public List<string>? PoliceUk { get; set; }

    /// <summary>DEFRA's fly-tipping workbook (xlsx, sheet LA_incidents) or a CSV of that sheet.</summary>
    public string? Flytipping { get; set; }

    /// <summary>IMD 2019 ranks by 2011 LSOA (CSV or xlsx, e.g. MHCLG's File 1 or a cut of it).</summary>
    public string? Imd { get; set; }

    /// <summary>The comparison of the area with the other partnerships of its force.</summary>
    public BenchmarkSection? Benchmark { get; set; }

    /// <summary>Ministry of Justice proven-reoffending extract by local authority (CSV or xlsx).</summary>
    public string? Reoffending { get; set; }

    /// <summary>Home Office seizure and quantity tables by police force (files or folders of SeizuresYY-YY.csv, QuantitiesYY-YY.csv).</summary>
    public List<string>? DrugSeizures { get; set; }

    /// <summary>Wide year × county table of deaths related to drug misuse.</summary>
    public string? DrugMisuseDeaths { get; set; }

    /// <summary>Wide year × county table of hospital admissions for drug misuse.</summary>
    public string? DrugMisuseAdmissions { get; set; }

    /// <summary>Wide year × county table of mid-year population, for rates per 100,000.</summary>
    public string? CountyPopulation { get; set; }

    /// <summary>OHID Fingertips indicator exports (CSV), any number: one file or a list.</summary>
    public OneOrMoreStrings? Fingertips { get; set; }

    /// <summary>Adult drug and alcohol treatment figures in the NDTMS shape (CSV).</summary>
    public string? Treatment { get; set; }

    /// <summary>The council's ASB case log (CSV, or xlsx with a sheet "Cases"); docs/data-formats.md.</summary>
    public string? AsbCases { get; set; }

    /// <summary>Consultation extract (CSV of theme, share, sample_size) for the public-concern scores.</summary>
    public string? Consultation { get; set; }
}

internal sealed class BenchmarkSection
{
    /// <summary>False turns the comparison off; the default, when the section is present, is on.</summary>
    public bool? Enabled { get; set; }

    /// <summary>A compact table of counts by force, district, month and crime type (tables/benchmark_counts.csv of a whole-force run); without it, the loaded police.uk files.</summary>
    public string? Counts { get; set; }
}

internal sealed class BoundariesSection
{
    public string? Lsoa { get; set; }

    public string? Wards { get; set; }
}

internal sealed class BaselineSection
{
    public string? First { get; set; }

    public string? Last { get; set; }
}
