namespace Assessment.Core.Reporting.Sections;

/// <summary>Executive summary: the headline figures and a plain account of what this version of the report covers.</summary>
public sealed class ExecutiveSummarySection : IReportSectionComposer
{
    /// <inheritdoc/>
    public string Key => "executive-summary";

    /// <inheritdoc/>
    public IEnumerable<ReportSection> Compose(ReportSectionContext context)
    {
        var input = context.Input;
        var crime = context.Crime;
        var blocks = new List<ReportBlock>
        {
            new ParagraphBlock($"This is the {input.PartnershipName}'s strategic assessment for {input.Period.Current.ToLongString()}. " +
                "It reviews the levels and patterns of crime and disorder in the area to inform the partnership's priorities and action plan."),
        };
        if (crime.CurrentMonthsLoaded.Count > 0)
        {
            blocks.Add(OverviewFacts.Build(context));
            var largest = crime.CrimeTypes.Take(3).Select(t => $"{t.ToLowerInvariant()} ({ReportNumbers.FormatCount(crime.CurrentTotal(t))})");
            blocks.Add(new ParagraphBlock($"{ReportNumbers.FormatCount(crime.CurrentTotal())} crimes and ASB incidents were recorded in {input.AreaName} in {KeyFactPeriod.Of(crime.CurrentMonthsLoaded)}. " +
                $"The largest categories were {string.Join(", ", largest)}. Chapter 5 gives the figures by type and month."));
        }
        else
        {
            blocks.Add(new ParagraphBlock("No police.uk data were loaded for the assessment period, so this version of the report has no crime figures."));
        }

        blocks.Add(new HeadingBlock("What this version includes"));
        blocks.Add(new BulletListBlock([.. IncludedAndMissing(input)]));
        yield return new ReportSection("executive-summary", "Executive summary", blocks, []);
    }

    private static IEnumerable<string> IncludedAndMissing(AssessmentReportInput input)
    {
        var analyses = input.Analyses;
        var included = new List<string> { "recorded crime and ASB counts by type and month from police.uk" };
        var missing = new List<string>();
        (analyses.SignificanceTests ? included : missing).Add("tests of whether changes are statistically significant");
        (analyses.HarmWeighting ? included : missing).Add("harm weighting");
        (analyses.Hotspots ? included : missing).Add("hotspot mapping");
        included.Add("the statutory context, methods and data sources");
        // Only priorities the configuration gives are the partnership's; without them the report must not claim any.
        (input.Priorities.Count > 0 ? included : missing).Add("the partnership's priorities");
        if (input.ActionPlan.Count > 0) included.Add("its published action plan");
        included.Add("a data-quality appendix");
        missing.Add("substance misuse and reoffending data, the scored prioritisation and the review of the previous action plan");
        yield return $"**Included:** {string.Join(", ", included)}.";
        yield return $"**Not yet included:** {string.Join(", ", missing)}. Each chapter concerned says what it will need.";
    }
}
