using Assessment.Core.Configuration;
using Assessment.Core.Model;
using Assessment.Files.Configuration;
using Assessment.Files.Lookups;

namespace Assessment.Files.Tests.Configuration;

public sealed class StartingConfigurationTests : IDisposable
{
    private static readonly PartnershipLookup Lookup = PartnershipLookup.Load(PartnershipLookup.DefaultFolder);

    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData("Dover", new[] { "Dover " }, "kent")]
    [InlineData("Dartford and Gravesham", new[] { "Dartford ", "Gravesham " }, "kent")]
    [InlineData("Cwm Taf", new[] { "Rhondda Cynon Taf ", "Merthyr Tydfil " }, "south-wales")]
    [InlineData("Dorset", new[] { "Bournemouth, Christchurch and Poole ", "Dorset " }, "dorset")]
    [InlineData("Kingston upon Hull, City of", new[] { "Kingston upon Hull " }, "humberside")]
    public void Write_LoadsWithTheLoaderAsThePartnershipsOwnArea(string csp, string[] prefixes, string force)
    {
        var partnership = Lookup.FindPartnership(csp);
        var path = folder.Write("p.yaml", StartingConfiguration.Write(partnership, Lookup.TransportPolice, new YearMonth(2025, 12), "assessment init"));

        var settings = AssessmentConfigLoader.Load(path, new ConfigurationOverrides(), folder.Path);

        Assert.Equal($"{partnership.Name} Community Safety Partnership", settings.Partnership);
        Assert.Equal(partnership.Name, settings.Area.Name);
        Assert.Equal(AreaKind.LsoaNamePrefix, settings.Area.Kind);
        Assert.Equal(prefixes, settings.Area.LsoaNamePrefixes);
        Assert.Equal(partnership.Districts.Select(d => d.Code), settings.Area.DistrictCodes);
        Assert.Equal(prefixes.Length, settings.Area.DistrictCodes.Count);
        Assert.Equal("2025-01..2025-12", settings.Period.Current.ToString());
        Assert.Equal(folder.Combine("policeuk"), Assert.Single(settings.PoliceUkInputs));
        // Nothing that only the partnership can supply is active.
        Assert.Null(settings.LsoaBoundaryPath);
        Assert.Null(settings.WardBoundaryPath);
        Assert.Null(settings.ActionPlanPath);
        Assert.Empty(settings.Priorities);
        Assert.Empty(settings.Places);
        Assert.Null(settings.PopulationPath);
        Assert.Null(settings.Benchmark);
        var text = File.ReadAllText(path);
        Assert.Contains($"Compare the area with the other partnerships of {partnership.Force.Name}", text, StringComparison.Ordinal);
        Assert.Contains("  # benchmark:", text, StringComparison.Ordinal);
        Assert.Contains($"YYYY-MM-{force}-street.csv", text, StringComparison.Ordinal);
        Assert.Contains("YYYY-MM-btp-street.csv", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Dover", "Kent", "Kent", "E10000016")]
    [InlineData("Medway", "Kent", "Medway", null)]
    [InlineData("Dartford and Gravesham", "Kent", "Kent", "E10000016")]
    [InlineData("Cwm Taf", "South Wales", null, null)]
    public void Write_FillsTheForceAndTheCountyWhereTheLookupsKnowOne(string csp, string force, string? county, string? countyCode)
    {
        var text = StartingConfiguration.Write(Lookup.FindPartnership(csp), Lookup.TransportPolice, new YearMonth(2025, 12), "assessment init");

        var settings = AssessmentConfigLoader.Load(folder.Write("p.yaml", text), new ConfigurationOverrides(), folder.Path);

        Assert.Equal((force, county, countyCode), (settings.Area.PoliceForce, settings.Area.County, settings.Area.CountyCode));
        if (county is null) Assert.Contains("# county: <county or unitary authority>   # the districts lie in several: ", text, StringComparison.Ordinal);
        Assert.Contains("# reoffending: reoffending.csv", text, StringComparison.Ordinal);
        Assert.Contains("# drug_seizures: [drug-seizures]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ActiveLinesNameNoOtherArea_AndTemplatesAreCommentedOut()
    {
        var text = StartingConfiguration.Write(Lookup.FindPartnership("Dover"), Lookup.TransportPolice, new YearMonth(2025, 12), "assessment init --csp Dover");
        var active = text.Split('\n').Where(l => !l.TrimStart().StartsWith('#')).ToList();

        Assert.DoesNotContain(active, l => l.Contains("Canterbury", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(active, l => l.StartsWith("priorities:", StringComparison.Ordinal) || l.StartsWith("action_plan:", StringComparison.Ordinal) || l.StartsWith("boundaries:", StringComparison.Ordinal));
        Assert.Contains("# priorities:", text, StringComparison.Ordinal);
        Assert.Contains("# action_plan: action-plan.yaml", text, StringComparison.Ordinal);
        Assert.Contains("LSOA21CD", text, StringComparison.Ordinal);
        Assert.Contains("WD25CD and WD25NM", text, StringComparison.Ordinal);
        Assert.Contains("Source: Office for National Statistics licensed under the Open Government", text, StringComparison.Ordinal);
    }

    [Fact]
    public void LsoaNamePrefix_EveryKentDistrict_MatchesTheLsoaNamesInARealPoliceUkFile()
    {
        // LSOA names as police.uk writes them (column 9 of a real Kent file), against the prefixes made from the lookups.
        var names = File.ReadLines(Path.Combine(RepositoryPaths.SharedData, "policeuk", "kent", "2025-06", "2025-06-kent-street.csv")).Skip(1)
            .Select(l => l.Split(',')).Where(f => f.Length > 8 && f[8].Length > 0).Select(f => f[8]).ToList();
        var kent = Lookup.Partnerships.Where(p => p.Force.PoliceUkForce == "kent").SelectMany(p => p.Districts).ToList();
        var prefixes = kent.Select(StartingConfiguration.LsoaNamePrefix).ToList();

        Assert.Equal(13, kent.Count);
        Assert.All(prefixes, p => Assert.Contains(names, n => n.StartsWith(p, StringComparison.Ordinal)));
        // Rows outside every Kent district are the few that police.uk placed just over the county edge.
        Assert.InRange(names.Count(n => !prefixes.Any(p => n.StartsWith(p, StringComparison.Ordinal))), 1, 10);
    }

    [Fact]
    public void Write_PartnershipWithReorganisedDistricts_SaysSo()
    {
        var text = StartingConfiguration.Write(Lookup.FindPartnership("North Yorkshire"), Lookup.TransportPolice, new YearMonth(2025, 12), "assessment init");

        Assert.Contains("# Craven has since become part of North Yorkshire", text, StringComparison.Ordinal);
        Assert.Contains("    - \"Selby \"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_PrioritiesTemplate_UncommentedWithItsPlaceholdersFilled_Loads()
    {
        var lines = StartingConfiguration.Write(Lookup.FindPartnership("Dover"), Lookup.TransportPolice, new YearMonth(2025, 12), "assessment init").Split('\n').ToList();
        var start = lines.IndexOf("# priorities:");
        var end = lines.FindIndex(start, l => l.StartsWith("# police.uk crime types", StringComparison.Ordinal));
        for (var i = start; i < end; i++)
            lines[i] = lines[i][2..].Replace("<priority-id>", "my-priority", StringComparison.Ordinal).Replace("<", "", StringComparison.Ordinal).Replace(">", "", StringComparison.Ordinal);
        var path = folder.Write("dover.yaml", string.Join('\n', lines));

        var priorities = AssessmentConfigLoader.Load(path, new ConfigurationOverrides(), folder.Path).Priorities;

        Assert.Equal(["my-priority", "anti-social-behaviour"], priorities.Select(p => p.Id));
        Assert.Equal(["Violence and sexual offences", "Public order"], priorities[0].RelatedCrimeTypes);
        Assert.Equal(["what the partnership will do"], priorities[0].Commitments);
    }

    [Fact]
    public void Write_PlacesTemplate_UncommentedWithItsPlaceholdersFilled_Loads()
    {
        var lines = StartingConfiguration.Write(Lookup.FindPartnership("Dover"), Lookup.TransportPolice, new YearMonth(2025, 12), "assessment init").Split('\n').ToList();
        var start = lines.IndexOf("# places:");
        var end = lines.FindIndex(start, l => !l.StartsWith("#  ", StringComparison.Ordinal) && l != "# places:");
        for (var i = start; i < end; i++)
            lines[i] = lines[i][2..].Replace("<latitude>", "51.13", StringComparison.Ordinal).Replace("<longitude>", "1.31", StringComparison.Ordinal)
                .Replace("<", "", StringComparison.Ordinal).Replace(">", "", StringComparison.Ordinal);
        var path = folder.Write("dover.yaml", string.Join('\n', lines));

        var places = AssessmentConfigLoader.Load(path, new ConfigurationOverrides(), folder.Path).Places;

        Assert.Equal(["town centre", "town"], places.Select(p => p.Name));
        Assert.Equal((1.31, 51.13), (places[0].Longitude!.Value, places[0].Latitude!.Value));
        Assert.Equal(["ward holding the town centre"], places[1].Wards);
    }
}
