using Assessment.Core.Charts;
using Assessment.Core.Geography;
using Assessment.Core.Profile;

namespace Assessment.Core.Reporting.Sections;

/// <summary>
/// Area profile: the area's population and age structure, the IMD 2019 deciles of its LSOAs, and records per 1,000
/// residents by ward and LSOA with intervals. What is not configured is said in one line each; the rest stands.
/// </summary>
/// <param name="profile">The computed profile, or null when the run computed none (one line says so).</param>
public sealed class AreaProfileSection(AreaProfile? profile = null) : IReportSectionComposer
{
    /// <summary>The part's key and section id.</summary>
    public const string PartKey = "area-profile";

    /// <summary>How many LSOAs the report lists by rate (all are in tables/profile_rates.csv).</summary>
    public const int TopLsoas = 10;

    /// <summary>How many of the most deprived LSOAs the report names.</summary>
    public const int MostDeprivedShown = 5;

    /// <summary>Source note of IMD figures.</summary>
    public const string ImdSource = "Ministry of Housing, Communities and Local Government, English Indices of Deprivation 2019 (IMD rank by 2011 LSOA); Open Government Licence v3.0";

    private const string Title = "Area profile";

    /// <inheritdoc/>
    public string Key => PartKey;

    /// <inheritdoc/>
    public IEnumerable<ReportSection> Compose(ReportSectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var input = context.Input;
        var blocks = new List<ReportBlock>();
        if (input.AreaProfileFacts.Count > 0) blocks.Add(new KeyFactsBlock(input.AreaProfileFacts, $"{input.AreaName} at a glance"));
        if (profile is null)
        {
            blocks.Add(new ParagraphBlock("No population or deprivation file is configured (population: and inputs.imd in the configuration), so the area's population, deprivation and rates per 1,000 residents are not described."));
            yield return new ReportSection(PartKey, Title, blocks, []);
            yield break;
        }

        var children = new List<ReportSection>();
        if (profile.Population is { } population) children.Add(Population(profile.AreaName, population));
        else blocks.Add(new ParagraphBlock(AreaProfileWording.PopulationAbsence(profile)));
        if (profile.Deprivation is { } deprivation) children.Add(Deprivation(profile.AreaName, deprivation));
        else blocks.Add(new ParagraphBlock(AreaProfileWording.DeprivationAbsence(profile)));
        if (profile.Population is { } rated && profile.AreaRates.Count > 0) children.Add(Rates(profile, rated, input.PoliceUkSource));
        if (blocks.Count == 0) blocks.Add(new ParagraphBlock($"Who lives in {profile.AreaName}, how deprived its neighbourhoods are, and how much crime is recorded per resident in each part of it."));
        yield return new ReportSection(PartKey, Title, blocks, children);
    }

    /// <summary>Source note of the population: the ONS attribution for IoD2019 File 6 (mid-2015, 2011 LSOAs), else the file's name.</summary>
    public static string PopulationSource(PopulationProfile population)
    {
        ArgumentNullException.ThrowIfNull(population);
        return population is { FileVintage: LsoaVintage.Census2011, ReferenceDate: "mid-2015" }
            ? $"Office for National Statistics licensed under the Open Government Licence v.3.0 (mid-2015 population estimates by 2011 LSOA, prisoners excluded, from MHCLG's English Indices of Deprivation 2019, File 6: {population.Source})"
            : $"Population file {population.Source}, as given";
    }

    /// <summary>"mid-2015, 2011 LSOAs, mapped to 2021 LSOAs": the estimates' date and the LSOAs they were given in and are shown in.</summary>
    public static string Vintage(PopulationProfile population)
    {
        ArgumentNullException.ThrowIfNull(population);
        var parts = new List<string>();
        if (population.ReferenceDate is { } date) parts.Add(date);
        if (Census(population.FileVintage) is { } file) parts.Add($"{file} LSOAs");
        if (population.LookupSource is not null && Census(population.AreaVintage) is { } area && population.AreaVintage != population.FileVintage)
            parts.Add($"mapped to {area} LSOAs");
        return parts.Count > 0 ? string.Join(", ", parts) : "date and LSOA vintage not stated in the file";
    }

    private static string? Census(LsoaVintage vintage) => vintage switch
    {
        LsoaVintage.Census2011 => "2011",
        LsoaVintage.Census2021 => "2021",
        _ => null,
    };

    private static ReportSection Population(string area, PopulationProfile population)
    {
        var source = PopulationSource(population);
        var text = $"{area} had {Count(population.Residents)} residents ({Vintage(population)}), over {population.Lsoas:N0} LSOAs.";
        if (population.LookupSource is not null)
        {
            text += $" The figures are published for 2011 LSOAs and police.uk uses 2021 LSOAs, so they were mapped through the 2011↔2021 LSOA lookup ({population.LookupSource}). The rule: {AreaProfileWording.MappingRule}.";
            if (population.SharedLsoas > 0) text += $" {population.SharedLsoas:N0} of the area's 2011 LSOAs were shared out this way.";
        }
        if (population.LsoasWithout > 0)
        {
            text += $" {population.LsoasWithout:N0} of the area's LSOAs have no population in the file, so the total and every rate that uses it are understated.";
            if (population.FileVintage == LsoaVintage.Census2011 && population.LookupSource is null)
                text += " The file gives 2011 LSOAs: a 2011↔2021 LSOA lookup (area.lsoa_lookup or area.lsoa_lookup_boundaries) would map it to the data's LSOAs.";
        }
        var blocks = new List<ReportBlock> { new ParagraphBlock(text) };
        if (population.ReferenceDate is "mid-2015")
            blocks.Add(new ParagraphBlock("The estimates are ten years older than the crime data and exclude prisoners; rates per 1,000 residents are a guide to relative levels between places, not a measure of current risk."));

        if (population.Ages is { Total: > 0 } ages)
        {
            var rows = new List<IReadOnlyList<TableCell>>();
            void Band(string label, Func<Trends.AgeBands, double> of) => rows.Add(
            [
                label, TableCell.FromNumber(Math.Round(of(ages))), TableCell.FromNumber(of(ages) / ages.Total),
                population.FileAges is { Total: > 0 } england ? TableCell.FromNumber(of(england) / england.Total) : TableCell.FromText("–"),
            ]);
            Band("0–15", a => a.Children);
            Band("16–59", a => a.WorkingAge);
            Band("60 and over", a => a.Older);
            var compare = population.FileVintage == LsoaVintage.Census2011 && population.ReferenceDate == "mid-2015" ? "England" : "Whole file";
            blocks.Add(new TableBlock(new ReportTable("area-profile-ages", $"Residents of {area} by age, against {(compare == "England" ? "England" : "every LSOA of the file")}",
                [TableColumn.Text("Age"), TableColumn.Count("Residents"), TableColumn.Number($"Share in {area}", NumberFormat.Percent1), TableColumn.Number($"Share in {compare}", NumberFormat.Percent1)],
                rows, source)));
        }
        else
        {
            blocks.Add(new ParagraphBlock($"The population file gives no age bands, so the age structure is not shown. Source: {source}."));
        }
        return new ReportSection("area-profile-population", "Population", blocks, []);
    }

    private static ReportSection Deprivation(string area, DeprivationProfile deprivation)
    {
        var n = deprivation.Lsoas.Count;
        var text = $"Of {area}'s {n:N0} LSOAs (2011 LSOAs, as IMD 2019 ranks them{(deprivation.ViaLookup ? ", found from the area's 2021 LSOAs through the lookup" : "")}), "
            + $"{deprivation.DecileCounts[0]:N0} are among the 10% most deprived in England and {deprivation.DecileCounts[0] + deprivation.DecileCounts[1]:N0} ({ReportNumbers.FormatPercent(deprivation.MostDeprivedFifthShare, 0)}) among the most deprived 20%; "
            + $"{deprivation.DecileCounts[9]:N0} are among the least deprived 10%. Deciles are national: each holds a tenth of England's {Profile.ImdRanks.EnglandLsoas:N0} LSOAs, so an area like England as a whole would have 10% of its LSOAs in each.";
        if (deprivation.Missing > 0) text += $" {deprivation.Missing:N0} of the area's 2011 LSOAs are not in the IMD file.";
        var decileRows = Enumerable.Range(1, 10).Select(d => (IReadOnlyList<TableCell>)
        [
            DecileLabel(d), deprivation.DecileCounts[d - 1], TableCell.FromNumber(n == 0 ? 0 : (double)deprivation.DecileCounts[d - 1] / n),
        ]).ToList();
        var worst = deprivation.Lsoas.Take(MostDeprivedShown).Select(l => (IReadOnlyList<TableCell>)
        [
            l.Name.Length > 0 ? l.Name : l.Code, l.Code, l.Rank, l.Decile,
        ]).ToList();
        var blocks = new List<ReportBlock>
        {
            new ParagraphBlock(text),
            new ChartBlock("area-profile-imd-deciles-chart", $"{area}'s LSOAs by national IMD 2019 decile",
                YearlyBarChart.Build([.. Enumerable.Range(1, 10).Select(d => (d.ToString(System.Globalization.CultureInfo.InvariantCulture), (double?)deprivation.DecileCounts[d - 1]))],
                    "IMD 2019 decile (1 = most deprived 10% in England)", "LSOAs", $"LSOAs of {area} in each national IMD 2019 decile."),
                $"Bar chart of {area}'s {n:N0} LSOAs by IMD 2019 decile: {string.Join(", ", Enumerable.Range(1, 10).Select(d => $"decile {d}: {deprivation.DecileCounts[d - 1]}"))}.",
                ImdSource),
            new TableBlock(new ReportTable("area-profile-imd-deciles", $"{area}'s LSOAs by national IMD 2019 decile",
                [TableColumn.Text("Decile"), TableColumn.Count("LSOAs"), TableColumn.Number("Share", NumberFormat.Percent1)], decileRows, ImdSource)),
            new TableBlock(new ReportTable("area-profile-most-deprived", $"The {Math.Min(MostDeprivedShown, n)} most deprived LSOAs of {area}",
                [TableColumn.Text("LSOA"), TableColumn.Text("Code"), TableColumn.Count("IMD rank (1 = most deprived)"), TableColumn.Count("Decile")], worst, ImdSource)),
        };
        return new ReportSection("area-profile-deprivation", "Deprivation", blocks, []);
    }

    private static string DecileLabel(int decile) => decile switch
    {
        1 => "1 (most deprived)",
        10 => "10 (least deprived)",
        _ => decile.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static ReportSection Rates(AreaProfile profile, PopulationProfile population, string policeSource)
    {
        var area = profile.AreaName;
        var source = $"{policeSource}; {PopulationSource(population)}";
        var all = profile.AreaRates.First(r => r.Series == AreaProfile.AllSeries);
        var blocks = new List<ReportBlock>
        {
            new ParagraphBlock($"From {profile.Period.ToLongString()}, police.uk recorded {all.Count:N0} crimes and ASB incidents in {area}'s LSOAs with a population: {Rate(all.Rate)} per 1,000 residents (95% interval {Rate(all.Lower)}–{Rate(all.Upper)}). "
                + "Intervals are exact Poisson intervals for the count, divided by the residents; they show how much a rate could move by chance alone, not the uncertainty of the population estimate."),
            new CalloutBlock(CalloutKind.Info, "Rates per resident mislead where few people live but many visit: a city centre, a shopping street or a station has a small resident population and a large daytime and night-time one, so its rate per 1,000 residents is high because the denominator leaves the visitors out, not because residents face that risk. Read such rates as a sign of activity, and compare places of similar kind."),
        };

        var rates = profile.Series.Where(s => s.Key != AreaProfile.AllSeries).ToList();
        var wardAll = profile.WardRates.Where(r => r.Series == AreaProfile.AllSeries).ToList();
        if (wardAll.Count > 0)
        {
            blocks.Add(new ParagraphBlock($"Wards: a ward's residents and records are both summed over its LSOAs, where {AreaProfileWording.WardFitRule}; LSOAs do not nest in wards, so these are best-fit figures, and they differ slightly from the ward counts of the trend chapters, which place each record by its map point."
                + (profile.LsoasWithoutWard > 0 ? $" {profile.LsoasWithoutWard:N0} LSOAs fall in no ward of the ward file and are left out of the ward table." : "")));
            var rows = wardAll.OrderByDescending(r => r.Rate).Select(r => (IReadOnlyList<TableCell>)
            [
                r.Name, TableCell.FromNumber(Math.Round(r.Residents)), r.Count, TableCell.FromNumber(r.Rate), $"{Rate(r.Lower)}–{Rate(r.Upper)}",
                .. rates.Select(s => profile.WardRates.FirstOrDefault(w => w.Code == r.Code && w.Series == s.Key) is { } t ? TableCell.FromNumber(t.Rate) : TableCell.FromText("–")),
            ]).ToList();
            blocks.Add(TableBlock.CsvOnly(new ReportTable("area-profile-ward-rates", $"Crime and ASB per 1,000 residents by ward, {profile.Period.ToLongString()}",
                [TableColumn.Text("Ward"), TableColumn.Count("Residents"), TableColumn.Count("Records"), TableColumn.Number("Per 1,000", NumberFormat.OneDecimal), TableColumn.Text("95% interval"),
                 .. rates.Select(s => TableColumn.Number($"{s.Label} per 1,000", NumberFormat.OneDecimal))],
                rows, source, Compact: true)));
            blocks.Add(new ChartBlock("area-profile-ward-rates-chart", $"Crime and ASB per 1,000 residents by ward, {profile.Period.ToLongString()}",
                RateIntervalChart.Build([.. wardAll.Select(r => (r.Name, r.Rate, r.Lower, r.Upper))], all.Rate, "Records per 1,000 residents",
                    $"Crime and ASB per 1,000 residents in each ward of {area}, with 95% intervals; the dashed line is {area}'s rate."),
                $"Horizontal bar chart of records per 1,000 residents by ward: highest {wardAll.MaxBy(r => r.Rate)!.Name} at {Rate(wardAll.Max(r => r.Rate))}, lowest {wardAll.MinBy(r => r.Rate)!.Name} at {Rate(wardAll.Min(r => r.Rate))}, against {Rate(all.Rate)} for {area}.",
                source));
        }

        var lsoaAll = profile.LsoaRates.Where(r => r.Series == AreaProfile.AllSeries).OrderByDescending(r => r.Rate).Take(TopLsoas).ToList();
        if (lsoaAll.Count > 0)
        {
            var rows = lsoaAll.Select(r => (IReadOnlyList<TableCell>)
            [
                r.Name, r.Code, TableCell.FromNumber(Math.Round(r.Residents)), r.Count, TableCell.FromNumber(r.Rate), $"{Rate(r.Lower)}–{Rate(r.Upper)}",
            ]).ToList();
            blocks.Add(new TableBlock(new ReportTable("area-profile-lsoa-rates", $"The {lsoaAll.Count} LSOAs with the most crime and ASB per 1,000 residents, {profile.Period.ToLongString()}",
                [TableColumn.Text("LSOA"), TableColumn.Text("Code"), TableColumn.Count("Residents"), TableColumn.Count("Records"), TableColumn.Number("Per 1,000", NumberFormat.OneDecimal), TableColumn.Text("95% interval")],
                rows, source)));
            blocks.Add(new ParagraphBlock($"Every ward and LSOA, for all crime and ASB and for each priority with police.uk crime types, is in tables/{ProfileRatesFile} with its interval."));
        }
        return new ReportSection("area-profile-rates", "Crime per 1,000 residents", blocks, []);
    }

    /// <summary>The CSV, under tables/, that holds every rate of the profile.</summary>
    public const string ProfileRatesFile = "profile_rates.csv";

    private static string Count(double value) => ReportNumbers.Format(Math.Round(value), NumberFormat.Integer);

    private static string Rate(double value) => ReportNumbers.Format(value, NumberFormat.OneDecimal);
}
