using Assessment.Core.Geography;
using Assessment.Core.Statistics;
using Assessment.Core.Trends;

namespace Assessment.Core.Profile;

/// <summary>
/// Computes the area profile: the area's population and age structure (from the population file, in the data's LSOAs),
/// the IMD 2019 deciles of its LSOAs, and records per 1,000 residents by ward and LSOA with 95% exact Poisson intervals
/// (<see cref="PoissonInterval.Exact"/>). A ward's records and residents are both summed over the LSOAs fitted to it
/// (<see cref="LsoaWardFit"/>), so numerator and denominator cover the same ground.
/// </summary>
public static class AreaProfileAnalysis
{
    /// <summary>The profile of <paramref name="input"/>; what cannot be computed carries its <see cref="ProfileGap"/>.</summary>
    public static AreaProfile Run(AreaProfileInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var areaLsoas = input.AreaLsoas.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var profile = new AreaProfile(input.AreaName, input.Period) { AreaLsoas = areaLsoas.Count, PopulationFile = input.Population?.Population.Source, ImdFile = input.Imd?.Source };
        profile = Deprivation(profile, input, areaLsoas);
        if (input.Population is not { } mapped) return profile with { PopulationGap = ProfileGap.NotConfigured };

        var population = mapped.Population;
        var area = population.ForArea(areaLsoas);
        if (!area.IsUsable)
            return profile with { PopulationGap = mapped.FileVintage == LsoaVintage.Census2011 && input.Lookup is null ? ProfileGap.NeedsLookup : ProfileGap.NoMatch };

        var shared = mapped.Mapped && input.Lookup is { } lookup
            ? areaLsoas.SelectMany(c => lookup.Counterparts(c, LsoaVintage.Census2011)).Distinct(StringComparer.Ordinal)
                .Count(c => lookup.Counterparts(c, LsoaVintage.Census2021).Count > 1)
            : 0;
        var ages = population.HasAges ? areaLsoas.Select(population.AgesOf).OfType<AgeBands>().Aggregate(AgeBands.Zero, AgeBands.Add) : null;
        var fileAges = input.PopulationFile is { HasAges: true } file ? file.Lsoas.Select(l => l.Ages).OfType<AgeBands>().Aggregate(AgeBands.Zero, AgeBands.Add) : null;
        profile = profile with
        {
            Population = new PopulationProfile(area.Residents, area.LsoasWithPopulation, area.LsoasWithoutPopulation, population.Source, population.ReferenceDate,
                mapped.FileVintage, population.Vintage, shared, mapped.Mapped ? input.Lookup?.Source : null, ages, fileAges),
        };
        return Rates(profile, input, areaLsoas, population);
    }

    private static AreaProfile Deprivation(AreaProfile profile, AreaProfileInput input, List<string> areaLsoas)
    {
        if (input.Imd is not { } imd) return profile with { DeprivationGap = ProfileGap.NotConfigured };
        // IMD 2019 ranks 2011 LSOAs: the area's 2021 LSOAs are taken back to 2011 through the lookup when they need it.
        var direct = areaLsoas.Where(c => imd.For(c) is not null).ToList();
        var viaLookup = input.Lookup is { } lookup && direct.Count < areaLsoas.Count;
        var codes = viaLookup
            ? areaLsoas.SelectMany(c => input.Lookup!.Holds(c, LsoaVintage.Census2021) ? input.Lookup.Counterparts(c, LsoaVintage.Census2011) : [c]).Distinct(StringComparer.Ordinal).ToList()
            : areaLsoas;
        var ranked = codes.Select(imd.For).OfType<ImdLsoa>().OrderBy(l => l.Rank).ToList();
        if (ranked.Count == 0) return profile with { DeprivationGap = input.Lookup is null ? ProfileGap.NeedsLookup : ProfileGap.NoMatch };
        var deciles = new int[10];
        foreach (var l in ranked) deciles[l.Decile - 1]++;
        return profile with { Deprivation = new DeprivationProfile(ranked, deciles, codes.Count - ranked.Count, imd.Source, viaLookup) };
    }

    private static AreaProfile Rates(AreaProfile profile, AreaProfileInput input, List<string> areaLsoas, LsoaPopulation population)
    {
        var series = new List<(string Key, string Label, Func<string, bool> Has)> { (AreaProfile.AllSeries, AreaProfile.AllSeriesLabel, _ => true) };
        foreach (var theme in input.Themes.Where(t => t.HasCrimeTypes))
        {
            var types = theme.CrimeTypes.ToHashSet(StringComparer.OrdinalIgnoreCase);
            series.Add((theme.Id, theme.Name, types.Contains));
        }

        var names = new Dictionary<string, string>(input.LsoaNames, StringComparer.Ordinal);
        foreach (var c in input.Counts.Where(c => c.LsoaName.Length > 0)) names[c.LsoaCode] = c.LsoaName;
        var byLsoa = input.Counts.GroupBy(c => c.LsoaCode, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        long CountOf(string lsoa, Func<string, bool> has) => byLsoa.TryGetValue(lsoa, out var rows) ? rows.Where(r => has(r.CrimeType)).Sum(r => r.Count) : 0;

        var rated = areaLsoas.Where(c => population.For(c) is > 0).ToList();
        var lsoaRates = new List<ProfileRate>();
        var wardRates = new List<ProfileRate>();
        var areaRates = new List<ProfileRate>();
        foreach (var (key, label, has) in series)
        {
            foreach (var code in rated)
                lsoaRates.Add(Rate("lsoa", code, names.GetValueOrDefault(code, code), key, label, CountOf(code, has), population.For(code)!.Value, 1));
            foreach (var ward in rated.Where(input.WardOfLsoa.ContainsKey).GroupBy(c => input.WardOfLsoa[c]))
                wardRates.Add(Rate("ward", ward.Key.Code, ward.Key.Name, key, label, ward.Sum(c => CountOf(c, has)), ward.Sum(c => population.For(c)!.Value), ward.Count()));
            areaRates.Add(Rate("area", input.AreaName, input.AreaName, key, label, rated.Sum(c => CountOf(c, has)), rated.Sum(c => population.For(c)!.Value), rated.Count));
        }

        return profile with
        {
            LsoaRates = lsoaRates,
            WardRates = [.. wardRates.OrderBy(r => r.Name, StringComparer.Ordinal)],
            AreaRates = areaRates,
            Series = [.. series.Select(s => (s.Key, s.Label))],
            LsoasWithoutWard = input.WardOfLsoa.Count == 0 ? 0 : rated.Count(c => !input.WardOfLsoa.ContainsKey(c)),
        };
    }

    private static ProfileRate Rate(string level, string code, string name, string series, string label, long count, double residents, int lsoas)
    {
        var interval = PoissonInterval.Exact(count);
        var scale = 1000 / residents;
        return new ProfileRate(level, code, name, series, label, count, residents, lsoas, count * scale, interval.Lower * scale, interval.Upper * scale);
    }
}
