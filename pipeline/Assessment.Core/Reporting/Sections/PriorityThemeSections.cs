using Assessment.Core.Model;

namespace Assessment.Core.Reporting.Sections;

/// <summary>One chapter per priority theme: what it covers, the partnership's commitments, and the police.uk categories that indicate it.</summary>
public sealed class PriorityThemeSections : IReportSectionComposer
{
    /// <inheritdoc/>
    public string Key => "priorities";

    /// <inheritdoc/>
    public IEnumerable<ReportSection> Compose(ReportSectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Input.Priorities.Count == 0)
        {
            yield return NoPrioritiesSection.Create();
            yield break;
        }

        foreach (var theme in context.Input.Priorities)
        {
            var id = "priority-" + theme.Id;
            var blocks = new List<ReportBlock>
            {
                new ParagraphBlock($"**Priority:** {theme.Name}. {theme.Description}".TrimEnd()),
            };
            if (theme.Commitments.Count > 0)
            {
                blocks.Add(new HeadingBlock("What the partnership has committed to"));
                blocks.Add(new BulletListBlock(theme.Commitments));
                if (theme.Source is { } source) blocks.Add(new ParagraphBlock($"*Source: {source}.*"));
            }

            var types = theme.RelatedCrimeTypes.Where(t => context.Crime.CrimeTypes.Contains(t)).ToList();
            if (types.Count > 0 && context.Crime.MatchedCurrentMonths.Count > 0)
            {
                blocks.Add(new HeadingBlock("Related police.uk categories"));
                blocks.Add(new ParagraphBlock("police.uk categories are broad and do not map exactly onto the theme; these counts indicate its volume only."));
                blocks.Add(new TableBlock(CrimeTables.ByType(context, id + "-counts", types, $"{theme.Name}: related police.uk categories")));
            }

            blocks.Add(NotYetIncluded.Callout($"Analysis of this theme (trends and their significance, hotspots, repeat locations and harm)",
                "the trend, hotspot and harm analyses planned for later versions, and partner data beyond police.uk where the theme needs it (for example safeguarding referrals or domestic abuse flags)"));
            yield return new ReportSection(id, theme.Name, blocks, []);
        }
    }
}
