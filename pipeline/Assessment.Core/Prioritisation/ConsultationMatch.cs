using Assessment.Core.Model;

namespace Assessment.Core.Prioritisation;

/// <summary>
/// Ties the themes of a consultation extract to candidates: by id (e.g. "crime-shoplifting", "priority-safeguarding"),
/// else by name (letters and digits alone compared, ignoring case), else by the id without its kind prefix (e.g.
/// "shoplifting", "safeguarding"). The first of these that finds exactly one candidate decides. A theme that matches
/// none, or several at once, or a candidate already matched, is not used and becomes a note; nothing is dropped silently.
/// </summary>
internal static class ConsultationMatch
{
    private static readonly string[] Prefixes = ["crime-", "priority-", "asb-case-"];

    public static Dictionary<string, ConsultationResponse> Shares(IReadOnlyList<CandidateIssue> candidates, ConsultationExtract? consultation, List<PrioritisationNote> notes)
    {
        var matched = new Dictionary<string, ConsultationResponse>(StringComparer.Ordinal);
        if (consultation is null) return matched;
        foreach (var response in consultation.Responses)
        {
            var found = Find(candidates, response.Theme);
            if (found.Count == 0)
                notes.Add(new PrioritisationNote(PrioritisationNoteKind.UnmatchedTheme, response.Theme, response.Line, []));
            else if (found.Count > 1)
                notes.Add(new PrioritisationNote(PrioritisationNoteKind.AmbiguousTheme, response.Theme, response.Line, [.. found.Select(c => c.Id)]));
            else if (!matched.TryAdd(found[0].Id, response))
                notes.Add(new PrioritisationNote(PrioritisationNoteKind.RepeatedTheme, response.Theme, response.Line, [found[0].Id], matched[found[0].Id].Line));
        }

        return matched;
    }

    private static List<CandidateIssue> Find(IReadOnlyList<CandidateIssue> candidates, string theme)
    {
        var key = Key(theme);
        var slug = key.Length == 0 ? null : ReportIds.FromText(theme);
        IEnumerable<Func<CandidateIssue, bool>> tiers =
        [
            c => string.Equals(c.Id, theme.Trim(), StringComparison.OrdinalIgnoreCase),
            c => key.Length > 0 && Key(c.Name) == key,
            c => slug is not null && Bare(c.Id) == slug,
        ];
        foreach (var tier in tiers)
        {
            var found = candidates.Where(tier).ToList();
            if (found.Count > 0) return found;
        }

        return [];
    }

    private static string Bare(string id) => Prefixes.FirstOrDefault(p => id.StartsWith(p, StringComparison.Ordinal)) is { } prefix ? id[prefix.Length..] : id;

    private static string Key(string text) => new([.. text.ToLowerInvariant().Where(char.IsLetterOrDigit)]);
}
