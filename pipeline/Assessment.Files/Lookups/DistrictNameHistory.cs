namespace Assessment.Files.Lookups;

/// <summary>
/// The names a district has had, from the lookups shipped in <c>Lookups/</c>: every row of <c>la_all_codes.csv</c> ties a
/// district code and name of some vintage (<c>LADCD, LADNM</c>) to the district that holds it now (<c>LADCD_ACTIVE,
/// LADNM_ACTIVE</c>); and in <c>lad19-csp19-pfa19.csv</c> a partnership made of one district is named after that
/// district as it was called then (Folkestone and Hythe's partnership is "Shepway", the district's name until 2018).
/// LSOA names keep the district name of their vintage ("Shepway 001A"), so an area named by one name must also match
/// the other.
/// </summary>
public sealed class DistrictNameHistory
{
    private readonly Dictionary<string, string> activeCodeByName;
    private readonly Dictionary<string, (string Current, IReadOnlyList<string> Former, bool Renamed)> byActiveCode;

    private DistrictNameHistory(Dictionary<string, string> activeCodeByName, Dictionary<string, (string, IReadOnlyList<string>, bool)> byActiveCode)
    {
        this.activeCodeByName = activeCodeByName;
        this.byActiveCode = byActiveCode;
    }

    /// <summary>Reads <c>la_all_codes.csv</c> and <c>lad19-csp19-pfa19.csv</c> from <paramref name="folder"/>.</summary>
    /// <param name="folder">The lookups folder, e.g. <see cref="PartnershipLookup.DefaultFolder"/>.</param>
    /// <exception cref="LookupTableException">A table is missing or lacks a column.</exception>
    public static DistrictNameHistory Load(string folder)
    {
        var activeByCode = new Dictionary<string, string>(StringComparer.Ordinal);
        var currentName = new Dictionary<string, string>(StringComparer.Ordinal);
        var names = new List<(string Name, string Code, string Active)>();
        foreach (var r in LookupCsv.Read(Path.Combine(folder, "la_all_codes.csv"), "LADCD", "LADNM", "LADCD_ACTIVE", "LADNM_ACTIVE"))
        {
            activeByCode.TryAdd(r[0], r[2]);
            currentName.TryAdd(r[2], r[3]);
            names.Add((r[1], r[0], r[2]));
        }
        foreach (var group in LookupCsv.Read(Path.Combine(folder, "lad19-csp19-pfa19.csv"), "LAD19CD", "LAD19NM", "CSP19NM").GroupBy(r => r[2], StringComparer.Ordinal))
        {
            foreach (var r in group)
                if (activeByCode.TryGetValue(r[0], out var active)) names.Add((r[1], r[0], active));
            // A partnership of one district bears the district's name of 2019; of several, it names no district.
            if (group.Count() == 1 && activeByCode.TryGetValue(group.First()[0], out var only)) names.Add((group.Key, group.First()[0], only));
        }

        var byActive = new Dictionary<string, (string, IReadOnlyList<string>, bool)>(StringComparer.Ordinal);
        foreach (var (active, current) in currentName)
        {
            var lineage = names.Where(n => n.Active == active).ToList();
            var former = lineage.Select(n => n.Name).Where(n => n != current).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            // A rename keeps one code (Shepway and Folkestone and Hythe are both E07000112); a merger brings several.
            var renamed = lineage.All(n => n.Code == active);
            byActive[active] = (current, former, renamed);
        }
        var activeCodeByName = new Dictionary<string, string>(StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, _, active) in names.Concat(currentName.Select(c => (Name: c.Value, Code: c.Key, Active: c.Key))))
        {
            if (activeCodeByName.TryGetValue(name, out var seen) && seen != active) ambiguous.Add(name);
            else activeCodeByName[name] = active;
        }
        foreach (var name in ambiguous) activeCodeByName.Remove(name);
        return new DistrictNameHistory(activeCodeByName, byActive);
    }

    /// <summary>
    /// The other names under which LSOA names may give the district called <paramref name="name"/>: for a current name,
    /// every former name of the district and of the districts merged into it; for a former name, the current name when
    /// the district was only renamed (one code), not merged. Empty when the name is no district's, or is ambiguous.
    /// </summary>
    /// <param name="name">A district name as in LSOA names, case-sensitive, e.g. "Folkestone and Hythe" or "Shepway".</param>
    /// <returns>Names other than <paramref name="name"/>, e.g. ["Shepway"] for "Folkestone and Hythe".</returns>
    public IReadOnlyList<DistrictName> OtherNames(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!activeCodeByName.TryGetValue(name, out var active) || !byActiveCode.TryGetValue(active, out var district)) return [];
        if (district.Current == name) return [.. district.Former.Select(f => new DistrictName(f, district.Current, active))];
        return district.Renamed ? [new DistrictName(district.Current, district.Current, active)] : [];
    }
}
