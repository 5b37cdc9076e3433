namespace Assessment.Core.Reporting.Sections;

/// <summary>Methodology and data sources: police.uk, its licence, what its locations mean and how the area is selected.</summary>
public sealed class MethodologySection : IReportSectionComposer
{
    /// <inheritdoc/>
    public string Key => "methodology";

    /// <inheritdoc/>
    public IEnumerable<ReportSection> Compose(ReportSectionContext context)
    {
        var input = context.Input;
        var crime = context.Crime;
        var loaded = crime.LoadedMonths.Count == 0 ? "no months" :
            $"{crime.LoadedMonths.Count} months between {crime.LoadedMonths[0].ToLongString()} and {crime.LoadedMonths[^1].ToLongString()}";
        yield return new ReportSection("methodology", "Methodology and data sources",
        [
            new HeadingBlock("Police-recorded crime and anti-social behaviour"),
            new ParagraphBlock($"Crime and ASB figures come from the street-level data that {input.ForceName} publishes monthly on police.uk: one row per crime or ASB incident, with the month, the crime type (14 police.uk categories), an approximate location and the latest outcome. " +
                $"This report loaded {loaded}."),
            new BulletListBlock(
            [
                "**Area:** a record counts for the area when its location falls in one of the area's 2021 Lower Layer Super Output Areas (LSOAs), whichever force file it comes from.",
                "**Locations are approximate:** to protect victims, police.uk moves each location to the nearest of about 750,000 anonymous map points (the centre of a street, a public place or commercial premises). Counts at a single point or street therefore describe the map point, not an address.",
                "**\"No Location\" records** have no coordinates and no LSOA, because the crime could not be placed on the map. They cannot be assigned to the area and are counted separately in the data-quality appendix.",
                "**Dates are months only:** police.uk gives no day or time, so analyses by day of week or time of day are not possible from this source.",
                "**Outcomes change:** the \"last outcome\" of a crime is updated as cases progress, so recent months show more crimes \"under investigation\".",
            ]),
            new HeadingBlock("Periods and comparisons"),
            new ParagraphBlock($"The assessment period is {input.Period.Current.ToLongString()} and the comparison period is the {input.Period.LengthInMonths} months before it, {input.Period.Comparison.ToLongString()}. " +
                (input.Analyses.SignificanceTests
                    ? "Changes are compared over matched months and tested for statistical significance, as described in the trend methods below."
                    : "Changes are shown as plain count differences over matched months; they are not yet tested for statistical significance.")),
            new HeadingBlock("Licence and attribution"),
            new ParagraphBlock("Contains public sector information licensed under the Open Government Licence v3.0. Boundaries, where used, contain OS data © Crown copyright and database right."),
        ], []);
    }
}
