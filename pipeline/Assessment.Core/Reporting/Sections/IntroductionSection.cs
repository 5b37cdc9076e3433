namespace Assessment.Core.Reporting.Sections;

/// <summary>Introduction and statutory context, stating only what the project's methods reference marks as verified.</summary>
public sealed class IntroductionSection : IReportSectionComposer
{
    /// <inheritdoc/>
    public string Key => "introduction";

    /// <inheritdoc/>
    public IEnumerable<ReportSection> Compose(ReportSectionContext context)
    {
        var input = context.Input;
        yield return new ReportSection("introduction", "Introduction and statutory context",
        [
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
            new ParagraphBlock("Regulation 5 is generally read as also asking for the changes since the previous assessment and why they occurred, the matters the community considers should be prioritised, a review of the previous partnership plan, and the gaps in information for the next assessment. " +
                "Those elements are listed here as the structure of this report; the text of the regulation itself should be consulted for their exact wording."),
        ], []);
    }
}
