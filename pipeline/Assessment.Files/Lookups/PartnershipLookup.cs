namespace Assessment.Files.Lookups;

/// <summary>
/// The Community Safety Partnerships of England and Wales with their districts and police force, from the December
/// 2019 ONS lookups shipped in <c>Lookups/</c> (see its README for sources and the Open Government Licence).
/// </summary>
public sealed class PartnershipLookup
{
    private readonly Dictionary<string, string> activeByDistrictCode;
    private readonly Dictionary<string, List<string>> districtCodesByName;

    private PartnershipLookup(IReadOnlyList<PartnershipArea> partnerships, PoliceForce transportPolice, Dictionary<string, string> activeByDistrictCode, Dictionary<string, List<string>> districtCodesByName)
    {
        Partnerships = partnerships;
        TransportPolice = transportPolice;
        this.activeByDistrictCode = activeByDistrictCode;
        this.districtCodesByName = districtCodesByName;
    }

    /// <summary>The folder the lookups are copied to beside the executable: <c>&lt;app&gt;/Lookups</c>.</summary>
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "Lookups");

    /// <summary>Every partnership (314 in December 2019), in lookup order.</summary>
    public IReadOnlyList<PartnershipArea> Partnerships { get; }

    /// <summary>British Transport Police (<c>btp</c>), whose incidents at stations every partnership's download can include.</summary>
    public PoliceForce TransportPolice { get; }

    /// <summary>Reads <c>lad19-csp19-pfa19.csv</c>, <c>csp19-names.csv</c>, <c>police-uk-forces.csv</c> and <c>la_all_codes.csv</c> from <paramref name="folder"/>.</summary>
    /// <exception cref="LookupTableException">A table is missing, lacks a column, or a force area has no police.uk identifier.</exception>
    public static PartnershipLookup Load(string folder)
    {
        var forces = LookupCsv.Read(Path.Combine(folder, "police-uk-forces.csv"), "PFA19CD", "PFA19NM", "police_uk_force")
            .Select(r => new PoliceForce(r[0], r[1], r[2])).ToList();
        var transport = forces.SingleOrDefault(f => f.PoliceUkForce == "btp")
            ?? throw new LookupTableException($"{Path.Combine(folder, "police-uk-forces.csv")}: no row for btp (British Transport Police).");
        var forceByCode = forces.Where(f => f.Code.Length > 0).ToDictionary(f => f.Code, StringComparer.Ordinal);

        var welshNames = LookupCsv.Read(Path.Combine(folder, "csp19-names.csv"), "CSP19CD", "CSP19NMW")
            .Where(r => r[1].Length > 0).ToDictionary(r => r[0], r => r[1], StringComparer.Ordinal);

        var all = LookupCsv.Read(Path.Combine(folder, "la_all_codes.csv"), "LADCD", "LADNM", "LADCD_ACTIVE", "LADNM_ACTIVE", "UTLANM", "UTLACD");
        var upperTierByCode = new Dictionary<string, string>(StringComparer.Ordinal);
        var upperTierCodeByCode = new Dictionary<string, string>(StringComparer.Ordinal);
        var activeByCode = new Dictionary<string, string>(StringComparer.Ordinal);
        var activeNames = new Dictionary<string, string>(StringComparer.Ordinal);
        var codesByName = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var r in all)
        {
            activeByCode.TryAdd(r[0], r[2]);
            if (r[4].Length > 0) upperTierByCode.TryAdd(r[0], r[4]);
            if (r[5].Length > 0) upperTierCodeByCode.TryAdd(r[0], r[5]);
            activeNames.TryAdd(r[2], r[3]);
            AddName(codesByName, r[1], r[0]);
            AddName(codesByName, r[3], r[2]);
        }

        var districtsPath = Path.Combine(folder, "lad19-csp19-pfa19.csv");
        var partnerships = new List<PartnershipArea>();
        foreach (var group in LookupCsv.Read(districtsPath, "LAD19CD", "LAD19NM", "CSP19CD", "CSP19NM", "PFA19CD", "PFA19NM").GroupBy(r => r[2]))
        {
            var first = group.First();
            if (!forceByCode.TryGetValue(first[4], out var force))
                throw new LookupTableException($"{Path.Combine(folder, "police-uk-forces.csv")}: no police.uk identifier for {first[5]} ({first[4]}), the force of {first[3]} in {districtsPath}.");
            var districts = group.Select(r => new LookupDistrict(r[0], r[1],
                activeByCode.TryGetValue(r[0], out var active) && active != r[0] && activeNames.TryGetValue(active, out var activeName) ? activeName : null)
            {
                UpperTier = upperTierByCode.GetValueOrDefault(r[0]),
                UpperTierCode = upperTierCodeByCode.GetValueOrDefault(r[0]),
            }).ToList();
            foreach (var d in group) AddName(codesByName, d[1], d[0]);
            partnerships.Add(new PartnershipArea(group.Key, first[3], welshNames.GetValueOrDefault(group.Key), districts, force));
        }
        return new PartnershipLookup(partnerships, transport, activeByCode, codesByName);
    }

    /// <summary>The partnership with this ONS code (e.g. "E22000140") or English or Welsh name (case, punctuation and "&amp;"/"and" ignored).</summary>
    /// <exception cref="LookupNotFoundException">No partnership has that code or name; the message lists the closest names.</exception>
    public PartnershipArea FindPartnership(string nameOrCode)
    {
        var key = NameMatch.Normalise(nameOrCode);
        var found = Partnerships.FirstOrDefault(p => string.Equals(p.Code, nameOrCode.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? Partnerships.FirstOrDefault(p => NameMatch.Normalise(p.Name) == key || (p.WelshName is { } welsh && NameMatch.Normalise(welsh) == key));
        if (found is not null) return found;
        var closest = NameMatch.Closest(nameOrCode, Partnerships.SelectMany(p => p.WelshName is { } w ? new[] { p.Name, w } : [p.Name]));
        throw new LookupNotFoundException(
            $"No Community Safety Partnership in England or Wales is called or coded \"{nameOrCode}\". Closest: {string.Join("; ", closest.Select(Describe))}.");
    }

    /// <summary>
    /// The partnership that covers this district, named by code or name of any vintage in <c>la_all_codes.csv</c> (a
    /// district merged since 2019, or the unitary authority that replaced it, finds the partnership of its 2019 districts).
    /// </summary>
    /// <exception cref="LookupNotFoundException">No district has that code or name (the message lists the closest names), or its 2019 districts belong to several partnerships (the message lists them; use a partnership instead).</exception>
    public PartnershipArea FindByDistrict(string nameOrCode)
    {
        var text = nameOrCode.Trim();
        var codes = activeByDistrictCode.ContainsKey(text.ToUpperInvariant()) || Partnerships.Any(p => p.Districts.Any(d => d.Code == text.ToUpperInvariant()))
            ? [text.ToUpperInvariant()]
            : districtCodesByName.GetValueOrDefault(NameMatch.Normalise(text)) ?? [];
        var matches = Partnerships.Where(p => p.Districts.Any(d => codes.Contains(d.Code))).ToList();
        if (matches.Count == 0)
        {
            // A code of another vintage reaches the 2019 districts through the district that holds it now.
            var active = codes.Select(c => activeByDistrictCode.GetValueOrDefault(c, c)).ToHashSet(StringComparer.Ordinal);
            matches = [.. Partnerships.Where(p => p.Districts.Any(d => active.Contains(activeByDistrictCode.GetValueOrDefault(d.Code, d.Code))))];
        }
        if (matches.Count == 1) return matches[0];
        if (matches.Count > 1)
            throw new LookupNotFoundException(
                $"The district \"{nameOrCode}\" now covers several 2019 partnerships: {string.Join("; ", matches.Select(p => $"{p.Name} ({p.Code})"))}. Choose one with --csp.");
        var closest = NameMatch.Closest(nameOrCode, Partnerships.SelectMany(p => p.Districts.Select(d => d.Name)));
        throw new LookupNotFoundException(
            $"No district in England or Wales is called or coded \"{nameOrCode}\". Closest: {string.Join("; ", closest.Select(c => $"{c} (in {Partnerships.First(p => p.Districts.Any(d => d.Name == c)).Name})"))}.");
    }

    private string Describe(string name)
    {
        var p = Partnerships.First(p => p.Name == name || p.WelshName == name);
        return $"{name} ({p.Code})";
    }

    private static void AddName(Dictionary<string, List<string>> codesByName, string name, string code)
    {
        var key = NameMatch.Normalise(name);
        if (key.Length == 0) return;
        if (!codesByName.TryGetValue(key, out var codes)) codesByName[key] = codes = [];
        if (!codes.Contains(code)) codes.Add(code);
    }
}
