namespace Assessment.Files.Configuration;

/// <summary>
/// Stops a run whose area comes from the command line (<c>--area-*</c>) from taking another area's settings out of
/// the configuration: its partnership name, boundaries, action plan, priorities, population, places, consultation and
/// vulnerability ratings would all be reported as
/// the asked-for area's. The check runs before anything is loaded.
/// </summary>
internal static class BorrowedAreaGuard
{
    /// <summary>
    /// Passes when no <c>--area-*</c> option is given, when the configuration carries no area-specific setting, or when
    /// every <c>--area-*</c> option given agrees with the configuration's own area (same name ignoring case; same
    /// prefixes, code set or boundary file).
    /// </summary>
    /// <exception cref="ConfigurationException">The command line asks for another area; the message names the configuration file, its area, the area asked for and the <c>assessment init</c> command that makes a configuration for it.</exception>
    public static void Check(AssessmentConfigFile file, string source, ConfigurationOverrides o, Func<string, string> fromFile, Func<string, string> fromCli)
    {
        var asked = AskedFor(o);
        if (asked.Count == 0) return;
        var specific = AreaSpecificKeys(file);
        if (specific.Count == 0) return;
        var area = file.Area;
        if (area is not null && area.Name is not null && Agrees(area, o, fromFile, fromCli)) return;

        var own = area?.Name is { } name ? $"\"{name}\"{Definition(area)}" : "no area (area.name is missing)";
        throw new ConfigurationException(
            $"{source} is the configuration for {own}, but the command line asks for {string.Join(" ", asked)}. " +
            $"Its area-specific settings ({string.Join(", ", specific)}) belong to that area, and a run for another area must not use them, so nothing was loaded." +
            Environment.NewLine + $"Make a configuration for the area you want, then use it: {InitSuggestion(o)}");
    }

    private static List<string> AskedFor(ConfigurationOverrides o)
    {
        var asked = new List<string>();
        if (o.AreaName is { } name) asked.Add($"--area-name \"{name}\"");
        if (o.LsoaNamePrefix is { } prefix) asked.Add($"--area-prefix \"{prefix}\"");
        if (o.LsoaCodesFile is { } codes) asked.Add($"--area-codes \"{codes}\"");
        if (o.BoundaryPath is { } boundary) asked.Add($"--area-boundary \"{boundary}\"");
        return asked;
    }

    /// <summary>The keys whose values describe one particular area and would be wrong for any other.</summary>
    private static List<string> AreaSpecificKeys(AssessmentConfigFile file)
    {
        var keys = new List<string>();
        if (file.Area is { } a && (a.Name is not null || a.LsoaNamePrefix is not null || a.LsoaCodes is not null || a.LsoaCodesFile is not null || a.Boundary is not null)) keys.Add("area");
        if (file.Partnership is not null) keys.Add("partnership");
        if (file.Boundaries is { } b && (b.Lsoa is not null || b.Wards is not null)) keys.Add("boundaries");
        if (file.ActionPlan is not null) keys.Add("action_plan");
        if (file.Priorities is not null) keys.Add("priorities");
        if (file.Population is not null) keys.Add("population");
        if (file.Previous is not null) keys.Add("previous");
        // Partners' vulnerability ratings, a residents' survey and named places describe one area's people and streets.
        if (file.Prioritisation?.Vulnerability is { Count: > 0 }) keys.Add("prioritisation.vulnerability");
        if (file.Inputs?.Consultation is not null) keys.Add("inputs.consultation");
        if (file.Places is { Count: > 0 }) keys.Add("places");
        return keys;
    }

    private static bool Agrees(AreaSection area, ConfigurationOverrides o, Func<string, string> fromFile, Func<string, string> fromCli)
    {
        if (o.AreaName is { } name && !string.Equals(name.Trim(), area.Name?.Trim(), StringComparison.OrdinalIgnoreCase)) return false;
        if (o.LsoaNamePrefix is { } prefix && !(area.LsoaNamePrefix?.Values is { Count: 1 } own && own[0] == prefix)) return false;
        if (o.BoundaryPath is { } boundary && !(area.Boundary is { } own2 && fromFile(own2) == fromCli(boundary))) return false;
        if (o.LsoaCodesFile is { } codesFile)
        {
            var ownCodes = area.LsoaCodes ?? (area.LsoaCodesFile is { } f ? LsoaCodeFile.Read(fromFile(f)) : null);
            if (ownCodes is null || !new HashSet<string>(ownCodes, StringComparer.Ordinal).SetEquals(LsoaCodeFile.Read(fromCli(codesFile)))) return false;
        }
        return true;
    }

    private static string Definition(AreaSection area) =>
        area.LsoaNamePrefix is { } p ? $" (LSOA names starting {string.Join(" or ", p.Values.Select(v => $"\"{v}\""))})"
        : area.LsoaCodes is not null || area.LsoaCodesFile is not null ? " (an LSOA code list)"
        : area.Boundary is { } b ? $" (boundary {b})"
        : "";

    private static string InitSuggestion(ConfigurationOverrides o)
    {
        // A prefix names a district ("Dover "); a bare name is more likely the partnership's.
        var (option, value) = o.LsoaNamePrefix is { } prefix && prefix.Trim().Length > 0 ? ("--district", prefix.Trim())
            : o.AreaName is { } name && name.Trim().Length > 0 ? ("--csp", name.Trim())
            : ("--csp", "NAME_OR_CODE");
        var fileName = value == "NAME_OR_CODE" ? "area.yaml" : StartingConfiguration.FileSlug(value) + ".yaml";
        return $"assessment init {option} \"{value}\" --out {fileName}, then assessment run --config {fileName} (with --input for your police.uk download).";
    }
}
