namespace Assessment.Core.Reporting.Sections;

/// <summary>The headline figures of the overview, also used by the executive summary.</summary>
public static class OverviewFacts
{
    /// <summary>Total in the assessment period, the matched comparison, the difference and the largest type.</summary>
    public static KeyFactsBlock Build(ReportSectionContext context)
    {
        var crime = context.Crime;
        var facts = new List<KeyFact>
        {
            new("Crimes and ASB incidents recorded", ReportNumbers.FormatCount(crime.CurrentTotal()),
                crime.CurrentMonthsLoaded.Count == crime.Period.LengthInMonths ? crime.Period.Current.ToLongString() : $"{crime.CurrentMonthsLoaded.Count} loaded months of the assessment period"),
        };
        if (crime.MatchedCurrentMonths.Count > 0)
        {
            var difference = crime.MatchedCurrent() - crime.MatchedComparison();
            facts.Add(new KeyFact("Comparison period", ReportNumbers.FormatCount(crime.MatchedComparison()), crime.MatchedDescription(comparison: true)));
            facts.Add(new KeyFact("Count difference", ReportNumbers.FormatSignedCount(difference),
                $"{ReportNumbers.FormatCount(crime.MatchedCurrent())} in {crime.MatchedDescription(comparison: false)} against {ReportNumbers.FormatCount(crime.MatchedComparison())}"));
        }

        if (crime.CrimeTypes.Count > 0)
        {
            var largest = crime.CrimeTypes[0];
            facts.Add(new KeyFact("Largest category", largest, $"{ReportNumbers.FormatCount(crime.CurrentTotal(largest))} in the assessment period"));
        }

        return new KeyFactsBlock(facts, "Key facts");
    }
}
