namespace Assessment.Core.Reporting.Sections;

/// <summary>
/// Introduction and statutory context, stating only what the project's methods reference marks as verified, and how
/// this report meets the regulations: taken from the statutory checklist of the same run, so the claim about the
/// report's structure is true of it.
/// </summary>
public sealed class IntroductionSection : IDocumentSummaryComposer
{
    /// <inheritdoc/>
    public string Key => "introduction";

    /// <inheritdoc/>
    public IReadOnlyList<(string Id, string Title)> OwnSections => [];

    /// <inheritdoc/>
    public IEnumerable<ReportSection> Compose(ReportSectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var input = context.Input;
        var blocks = new List<ReportBlock>
        {
            new ParagraphBlock($"Community Safety Partnerships bring together the 'responsible authorities' – the council, the police, the fire and rescue service, health and probation – to reduce crime and disorder in their area. " +
                $"This assessment is the evidence base for the {input.PartnershipName}'s priorities and action plan."),
            new HeadingBlock("Statutory basis"),
            new BulletListBlock(
            [
                "**Crime and Disorder Act 1998, sections 5 and 6:** the responsible authorities must formulate and implement strategies to reduce crime and disorder, to combat substance misuse and to reduce reoffending in the area.",
                "**Police, Crime, Sentencing and Courts Act 2022, section 20:** amends section 6 of the 1998 Act so that the strategies also cover preventing people from becoming involved in serious violence and reducing instances of serious violence (the Serious Violence Duty).",
                "**Crime and Disorder (Formulation and Implementation of Strategy) Regulations 2007 (SI 2007/1830), regulations 5 to 7:** require the partnership to prepare a strategic assessment. The explanatory note describes it as \"an analysis of the levels and patterns of crime and disorder and substance misuse in the area and the priorities the CDRP should adopt\".",
                "**Amendment Regulations 2010:** add reoffending by people living in the area to what the assessment covers.",
            ]),
            new ParagraphBlock("Regulation 5 is generally read as also asking for the changes since the previous assessment and why they occurred, the matters the community considers should be prioritised, a review of the previous partnership plan, and the gaps in information for the next assessment; the text of the regulation itself should be consulted for their exact wording."),
        };
        if (context.Checklist is { } checklist)
        {
            blocks.Add(new HeadingBlock("How this report meets them"));
            var covered = checklist.Covered.GroupBy(c => c.SectionTitle!, StringComparer.Ordinal)
                .Select(g => $"**{g.Key}:** {string.Join("; ", g.Select(c => LowerFirst(c.Element.Requirement)))}.").ToList();
            blocks.Add(new BulletListBlock(covered));
            blocks.Add(new ParagraphBlock(checklist.Missing.Count == 0
                ? $"Every element is covered; the {StatutoryChecklistSection.Title.Replace("Appendix: ", "", StringComparison.Ordinal)} appendix gives the detail."
                : $"Not covered by this run: {string.Join("; ", checklist.Missing.Select(c => LowerFirst(c.Element.Requirement)))}. The statutory checklist appendix says what each needs."));
        }

        yield return new ReportSection("introduction", "Introduction and statutory context", blocks, []);
    }

    private static string LowerFirst(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];
}
