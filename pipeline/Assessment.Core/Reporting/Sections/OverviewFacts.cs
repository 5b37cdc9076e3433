namespace Assessment.Core.Reporting.Sections;

/// <summary>
/// The headline figures of the count-only overview, also used by the executive summary. Each states its months; the
/// change between the periods is one tile holding both counts over the same months, never a comparison-period total
/// beside an assessment-period total of other months.
/// </summary>
public static class OverviewFacts
{
    /// <summary>Total in the assessment period, the change over the matched months and the largest type.</summary>
    public static KeyFactsBlock Build(ReportSectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var crime = context.Crime;
        var recorded = KeyFactPeriod.Of(crime.CurrentMonthsLoaded);
        var facts = new List<KeyFact> { new("Crimes and ASB incidents recorded", ReportNumbers.FormatCount(crime.CurrentTotal()), recorded) };
        if (crime.MatchedCurrentMonths.Count > 0)
        {
            var matched = crime.MatchedCurrentMonths;
            facts.Add(new KeyFact("Count difference, same months", ReportNumbers.FormatSignedCount(crime.MatchedCurrent() - crime.MatchedComparison()),
                KeyFactPeriod.Counts(crime.MatchedComparison(), [.. matched.Select(m => m.AddMonths(-crime.Period.LengthInMonths))], crime.MatchedCurrent(), matched, crime.CurrentMonthsLoaded.Count)));
        }

        if (crime.CrimeTypes.Count > 0)
        {
            var largest = crime.CrimeTypes[0];
            facts.Add(new KeyFact("Largest category", largest, $"{ReportNumbers.FormatCount(crime.CurrentTotal(largest))} in {recorded}"));
        }

        return new KeyFactsBlock(facts, "Key facts");
    }
}
