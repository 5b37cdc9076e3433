using Assessment.Core.Hotspots;
using Assessment.Core.Reporting.Sections;

namespace Assessment.Core.Reporting.Packs;

/// <summary>
/// Builds one short document per configured priority for its lead: the priority's own chapter (from the report's
/// priority-chapter composer, given only that priority), the hotspot section of the priority's crime types, and its
/// actions and measures. Nothing of another priority goes in.
/// </summary>
/// <param name="themeChapters">The report's "priorities" part (e.g. <see cref="Sections.PriorityThemeSections"/>), which yields one chapter per priority.</param>
/// <param name="hotspots">The hotspot analysis, whose groups are keyed by priority id; null when hotspots were not analysed.</param>
/// <param name="maps">Ward boundaries for the hotspot maps; null leaves the maps out.</param>
public sealed class PriorityPackComposer(
    IReportSectionComposer themeChapters, HotspotFindings? hotspots, HotspotMapLayers? maps)
{
    /// <summary>One pack per priority of <paramref name="input"/>, in the configured order; none when no priorities are configured.</summary>
    /// <exception cref="ArgumentException">A pack's document is invalid (e.g. duplicate ids).</exception>
    public IReadOnlyList<PriorityPack> Compose(AssessmentReportInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return [.. input.Priorities.Select(p => new PriorityPack(p.Id, ComposeOne(input, p)))];
    }

    private ReportDocument ComposeOne(AssessmentReportInput input, PriorityTheme priority)
    {
        // The chapter composer sees this priority alone, so the pack cannot pick up another's chapter.
        var only = input with { Priorities = [priority] };
        var context = new ReportSectionContext(only, CrimeCountSummary.From(only));
        var sections = themeChapters.Compose(context).ToList();
        var more = new List<ReportSection>();
        if (hotspots?.Groups.FirstOrDefault(g => string.Equals(g.Group.Key, priority.Id, StringComparison.Ordinal)) is { } group)
            more.Add(HotspotSections.ForGroup(hotspots, group, maps, input.PoliceUkSource, "pack-hotspots"));
        more.Add(ActionsSection(input, priority));
        // Hotspots and actions follow the chapter as its subsections: each chapter starts a new page, a subsection does not.
        if (sections.Count == 1) sections[0] = sections[0] with { Children = [.. sections[0].Children, .. more] };
        else sections.AddRange(more);
        var cover = new ReportCover(input.PartnershipName, $"Priority pack: {priority.Name}", input.Period.Current.ToLongString(), input.ProducedOn, input.Classification,
            $"For the lead of this priority; drawn from the {input.Title}");
        var document = new ReportDocument(cover, sections);
        document.Validate();
        return document;
    }

    private ReportSection ActionsSection(AssessmentReportInput input, PriorityTheme priority)
    {
        var blocks = new List<ReportBlock> { new HeadingBlock("Actions this priority leads") };
        var actions = input.ActionPlan.Where(a => string.Equals(a.Priority, priority.Name, StringComparison.OrdinalIgnoreCase) || string.Equals(a.Priority, priority.Id, StringComparison.OrdinalIgnoreCase)).ToList();
        if (actions.Count == 0)
        {
            blocks.Add(new ParagraphBlock("The action plan lists no actions under this priority."));
        }
        else
        {
            blocks.Add(new TableBlock(new ReportTable("pack-actions", $"{priority.Name}: actions",
                [TableColumn.Text("Action"), TableColumn.Text("Lead"), TableColumn.Text("Timescale")],
                [.. actions.Select(a => (IReadOnlyList<TableCell>)[a.Action, a.Lead, a.Timescale])], input.ActionPlanSource)));
        }

        blocks.Add(new HeadingBlock("Measures and their status"));
        // The same assessed measures as the action-plan chapter, so a pack and the report never disagree on a status.
        var ids = actions.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var set = input.MeasureAssessments.Where(m => string.Equals(m.PriorityId, priority.Id, StringComparison.Ordinal) || ids.Contains(m.ActionId)).ToList();
        if (set.Count == 0)
        {
            blocks.Add(new CalloutBlock(CalloutKind.Info, "No measures set for this priority: the action plan binds none of its actions to a measure.", "No measures set"));
        }
        else
        {
            var leads = input.ActionPlan.Where(a => a.Id.Length > 0).GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Lead, StringComparer.Ordinal);
            blocks.Add(new TableBlock(new ReportTable("pack-measures", $"{priority.Name}: measures",
                [TableColumn.Text("Action"), TableColumn.Text("Lead"), TableColumn.Text("Measure"), TableColumn.Text("Status"), TableColumn.Text("Evidence")],
                [.. set.Select(m => (IReadOnlyList<TableCell>)[m.Action, leads.GetValueOrDefault(m.ActionId) ?? "", m.Measure, m.StatusLabel, m.Evidence])], input.ActionPlanSource)));
        }
        return new ReportSection("pack-actions-and-measures", "Actions and measures", blocks, []);
    }
}
