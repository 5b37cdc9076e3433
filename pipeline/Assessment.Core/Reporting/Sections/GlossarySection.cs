namespace Assessment.Core.Reporting.Sections;

/// <summary>Glossary of the terms the report uses.</summary>
public sealed class GlossarySection : IReportSectionComposer
{
    /// <inheritdoc/>
    public string Key => "glossary";

    /// <inheritdoc/>
    public IEnumerable<ReportSection> Compose(ReportSectionContext context)
    {
        yield return new ReportSection("glossary", "Glossary",
            new DefinitionListBlock(
            [
                new("Anti-social behaviour (ASB)", "Behaviour that causes or is likely to cause harassment, alarm or distress. police.uk publishes ASB incidents alongside crimes, without a crime ID or outcome."),
                new("Assessment period", $"The months this assessment is about: {context.Input.Period.Current.ToLongString()}."),
                new("Comparison period", $"The same number of months immediately before the assessment period: {context.Input.Period.Comparison.ToLongString()}."),
                new("Community Safety Partnership (CSP)", "The statutory partnership of responsible authorities that works to reduce crime and disorder, substance misuse and reoffending in a district."),
                new("Count difference", "Assessment-period count minus comparison-period count over the same calendar months. It is not a test of statistical significance."),
                new("LSOA", "Lower Layer Super Output Area: a small statistical area of about 1,500 residents, used by police.uk to place records."),
                new("Map point (snap point)", "One of about 750,000 anonymous points to which police.uk moves each record's location to protect privacy."),
                new("No Location", "A police.uk record that could not be placed on the map; it has no coordinates and no LSOA."),
                new("Open Government Licence (OGL) v3.0", "The licence under which police.uk data are published; it requires the attribution given in the methodology."),
                new("RAG status", "Red, amber or green rating of progress on an action: off track, at risk, on track."),
                new("Responsible authorities", "The bodies with the statutory duty: the council, the police, the fire and rescue service, health bodies and probation."),
                new("Rolling mean (12-month)", "The average of a month and the 11 months before it; it smooths out seasonal variation."),
            ]));
    }
}
