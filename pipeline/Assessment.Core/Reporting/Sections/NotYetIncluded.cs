namespace Assessment.Core.Reporting.Sections;

/// <summary>The plain statement a section makes when its analysis is not in this version of the report.</summary>
public static class NotYetIncluded
{
    /// <summary>A "Not yet included" callout: what is missing and what it needs.</summary>
    /// <param name="what">E.g. "Analysis of substance misuse".</param>
    /// <param name="needs">E.g. "treatment data from OHID's National Drug Treatment Monitoring System".</param>
    public static CalloutBlock Callout(string what, string needs) =>
        new(CalloutKind.NotYetAvailable, $"{what} is not yet included in this version of the report. It will need {needs}.");
}
