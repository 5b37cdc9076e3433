namespace Assessment.Core.Reporting.Statutory;

/// <summary>
/// The elements of the Crime and Disorder (Formulation and Implementation of Strategy) Regulations 2007 as amended
/// (METHODS.md §1.1–1.2), each checked against the sections a run composed. An element is covered only when one of
/// its sections holds figures (<see cref="ReportSection.HasFigures"/>; for the plan review, a delivery status): a
/// chapter that only says its data are absent does not cover it.
/// </summary>
public sealed class StatutoryChecklist
{
    /// <summary>Id of the appendix section that lists the information gaps; it covers the "information gaps" element.</summary>
    public const string GapsSectionId = "information-gaps";

    /// <summary>Id of the methods appendix section that lists the data sources against SI 2007/1831.</summary>
    public const string DataSourcesSectionId = "data-sources";

    /// <summary>Id a chapter gives the section that reports community views (e.g. the prioritisation's public-concern scores).</summary>
    public const string CommunityViewsSectionId = "community-views";

    /// <summary>The elements in the order the appendix lists them.</summary>
    public static IReadOnlyList<StatutoryElement> Elements { get; } =
    [
        new("Levels and patterns of crime", "CDA 1998 s.6; SI 2007/1830 reg. 5",
            ["overview", "hotspots"], "police.uk street-level data for the assessment period"),
        new("Levels and patterns of disorder and anti-social behaviour, including environmental ASB", "CDA 1998 s.6; SI 2007/1830 reg. 5",
            ["council-asb", "fly-tipping", "asb-environment"], "the council's ASB case log (inputs.asb_cases) or DEFRA's fly-tipping table (inputs.flytipping)"),
        new("Levels and patterns of substance misuse: drugs", "CDA 1998 s.6; SI 2007/1830 reg. 5",
            ["substance-treatment", "substance-police", "drug-seizures", "county-drug-misuse"], "treatment figures (inputs.treatment) or drug tables (inputs.drug_seizures)"),
        new("Levels and patterns of substance misuse: alcohol", "CDA 1998 s.6; SI 2007/1830 reg. 5",
            ["substance-indicators", "substance-treatment"], "a Fingertips export with alcohol indicators (inputs.fingertips) or treatment figures (inputs.treatment)"),
        new("Reoffending by people living in the area", "SI 2010/648 (amending SI 2007/1830)",
            ["reoffending"], "a Ministry of Justice proven-reoffending extract (inputs.reoffending)"),
        new("Serious violence: its kinds and causes", "CDA 1998 s.6(1)(d), inserted by PCSC Act 2022 s.20",
            ["serious-violence"], "a serious violence profile (hospital assault admissions, knife crime), which this pipeline does not yet read; police.uk's broad violence and weapons categories are in the overview"),
        new("Changes since the previous strategic assessment, and why they occurred", "SI 2007/1830 reg. 5",
            ["changes"], "the previous assessment's results file (previous: in the configuration)"),
        new("The priorities the partnership should adopt", "SI 2007/1830 reg. 5",
            ["prioritisation"], "the scored prioritisation (prioritisation: in the configuration)"),
        new("The matters people who live or work in the area think should be priorities", "SI 2007/1830 reg. 5",
            [CommunityViewsSectionId], "a consultation or survey extract of the area's residents (inputs.consultation; a synthetic sample does not count)"),
        new("Assessment of the implementation of the previous partnership plan", "SI 2007/1830 reg. 5",
            ["action-plan"], "a delivery status for the previous plan's actions or measures (the action plan file)")
        {
            // A list of actions without any status describes the plan but does not assess its implementation.
            Covers = s => s.SelfAndDescendants().Any(x => x.Blocks.Any(b => b is TableBlock or ChartBlock
                || b is ActionPlanBlock plan && (plan.Items.Any(i => i.Status != RagStatus.NotAssessed) || plan.Assessments.Any(a => a.Status != RagStatus.NotAssessed)))),
        },
        new("Matters on which more information is needed for the next assessment", "SI 2007/1830 reg. 5",
            [GapsSectionId], "the statutory checklist appendix"),
        new("Data shared by the responsible authorities", "SI 2007/1831, Schedule",
            [DataSourcesSectionId], "the methods appendix's list of data sources"),
    ];

    private StatutoryChecklist(IReadOnlyList<StatutoryCheck> checks) => Checks = checks;

    /// <summary>One check per element of <see cref="Elements"/>, in that order.</summary>
    public IReadOnlyList<StatutoryCheck> Checks { get; }

    /// <summary>The elements this run covers.</summary>
    public IReadOnlyList<StatutoryCheck> Covered => Checks.Where(c => c.IsCovered).ToList();

    /// <summary>The elements this run does not cover.</summary>
    public IReadOnlyList<StatutoryCheck> Missing => Checks.Where(c => !c.IsCovered).ToList();

    /// <summary>
    /// Checks every element against <paramref name="sections"/> (chapters with their descendants). The sections in
    /// <paramref name="composedLater"/> (id and title of those composed after the checklist, such as the gaps it lists
    /// itself) count as covering when an element names them.
    /// </summary>
    public static StatutoryChecklist From(IEnumerable<ReportSection> sections, IEnumerable<(string Id, string Title)>? composedLater = null)
    {
        ArgumentNullException.ThrowIfNull(sections);
        var byId = new Dictionary<string, ReportSection>(StringComparer.Ordinal);
        foreach (var s in sections.SelectMany(s => s.SelfAndDescendants())) byId.TryAdd(s.Id, s);
        var later = (composedLater ?? []).ToDictionary(s => s.Id, s => s.Title, StringComparer.Ordinal);
        return new StatutoryChecklist(Elements.Select(e =>
        {
            foreach (var id in e.SectionIds)
            {
                if (byId.TryGetValue(id, out var section) && e.Covers(section)) return new StatutoryCheck(e, id, section.Title);
                if (later.TryGetValue(id, out var title)) return new StatutoryCheck(e, id, title);
            }
            return new StatutoryCheck(e, null, null);
        }).ToList());
    }


}
