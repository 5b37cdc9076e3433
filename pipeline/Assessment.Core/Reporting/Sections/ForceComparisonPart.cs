using System.Globalization;
using Assessment.Core.Benchmarking;
using Assessment.Core.Charts;

namespace Assessment.Core.Reporting.Sections;

/// <summary>
/// The overview's last sub-section: how the area compares with the other Community Safety Partnerships of its force,
/// for all crime and each theme, by rate per 1,000 residents with intervals, in a table and a dot-and-interval chart.
/// Without the comparison, the sub-section is one sentence saying why.
/// </summary>
public static class ForceComparisonPart
{
    /// <summary>Id of the sub-section.</summary>
    public const string SectionId = "force-comparison";

    /// <summary>Source note of the lookup that ties districts to partnerships and forces.</summary>
    public const string LookupSource = "ONS, Local Authority District to Community Safety Partnership to Police Force Area (December 2019) Lookup in England and Wales; Open Government Licence v3.0";

    /// <summary>The sub-section for <paramref name="input"/>'s area from <paramref name="part"/>.</summary>
    public static ReportSection Build(AssessmentReportInput input, ForceComparisonFindings part)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(part);
        var (comparison, absence, populationSource) = part;
        if (comparison is null || comparison.AllCrime.Area is null)
            return new ReportSection(SectionId, $"How {input.AreaName} compares with the other partnerships of its force", new ParagraphBlock(absence));
        var c = comparison;
        var source = $"{c.Source}; residents: {populationSource}; partnerships: {LookupSource}";
        var level = ReportNumbers.FormatPercent(c.ConfidenceLevel, 0);
        var all = c.AllCrime;
        var area = all.Area!;
        var blocks = new List<ReportBlock>
        {
            new ParagraphBlock(Headline(c, all, area, level)),
            new ParagraphBlock($"Rates are crimes per 1,000 residents over {c.Period.ToLongString()}. A partnership is called higher or lower than {c.ForceName} only when the difference is larger than chance would give (see the methods appendix)."),
        };
        if (LeftOut(c) is { } leftOut) blocks.Add(new ParagraphBlock(leftOut));
        if (!c.IsComplete)
            blocks.Add(new CalloutBlock(CalloutKind.Warning, $"The {c.ForceName} files cover {c.MonthsCovered.Count} of the {c.Period.Length} months of the assessment period, so every rate is for those months only and is lower than a full year's."));
        blocks.Add(TableBlock.CsvOnly(new ReportTable("force-comparison-table", $"{ForceComparison.AllCrimeName} per 1,000 residents, partnerships of {c.ForceName}, {c.Period.ToLongString()}",
            [TableColumn.Whole("Rank"), TableColumn.Text("Partnership"), TableColumn.Count("Crimes"), TableColumn.Count("Residents"),
             TableColumn.Number("Per 1,000", NumberFormat.OneDecimal), TableColumn.Text($"{level} interval"), TableColumn.Text($"Against {c.ForceName}")],
            [.. all.Partnerships.Select(p => (IReadOnlyList<TableCell>)[p.Rank, p.IsArea ? $"{p.Name} (this area)" : p.Name, p.Count, p.Residents, p.Rate, Interval(p), Verdict(p.Verdict)])],
            source,
            Totals: ["", c.ForceName, all.ForceCount, all.ForceResidents, all.ForceRate, "", ""],
            FirstColumnIsRowHeader: false)));
        blocks.Add(Chart(c, all, source, level));
        if (c.Themes.Count > 1)
        {
            blocks.Add(new ParagraphBlock($"For each priority theme measured by police.uk crime types (the types are listed in its chapter), {input.AreaName}'s rate against {c.ForceName}'s and its rank among the {all.Partnerships.Count} partnerships:"));
            blocks.Add(new TableBlock(new ReportTable("force-comparison-themes-table", $"{input.AreaName} against {c.ForceName} by theme, per 1,000 residents, {c.Period.ToLongString()}",
                [TableColumn.Text("Theme"), TableColumn.Count("Count"), TableColumn.Number("Per 1,000", NumberFormat.OneDecimal), TableColumn.Text($"{level} interval"),
                 TableColumn.Number($"{c.ForceName} per 1,000", NumberFormat.OneDecimal), TableColumn.Text("Rank"), TableColumn.Text($"Against {c.ForceName}")],
                [.. c.Themes.Where(t => t.Area is not null).Select(t => (IReadOnlyList<TableCell>)
                    [t.Name, t.Area!.Count, t.Area.Rate, Interval(t.Area), t.ForceRate, $"{t.Area.Rank} of {t.Partnerships.Count}", Verdict(t.Area.Verdict)])],
                source)));
        }
        return new ReportSection(SectionId, $"How {input.AreaName} compares with the other partnerships in {c.ForceName}", blocks, []);
    }

    /// <summary>How the comparison is made, for the methods appendix.</summary>
    public static string Method(ForceComparisonFindings part)
    {
        ArgumentNullException.ThrowIfNull(part);
        if (part.Comparison is not { } c) return part.Absence;
        var level = ReportNumbers.FormatPercent(c.ConfidenceLevel, 0);
        return $"Rates are crimes per 1,000 residents over the assessment period ({c.Period.ToLongString()}), for each of the {c.AllCrime.Partnerships.Count} partnerships of {c.ForceName}, from {c.Source}. " +
            $"Each interval allows for month-to-month variation beyond chance: the spread of a partnership's monthly counts around the force's monthly pattern widens it (overdispersion, with the same small-sample allowance as the year-on-year tests). " +
            $"A partnership is called higher or lower than {c.ForceName} only when its {level} interval lies wholly above or below the {c.ForceName} rate, which is the funnel-plot comparison with overdispersion (Spiegelhalter 2005); otherwise the difference could be chance. " +
            $"Two partnerships whose intervals overlap may still differ; rank them with care. " +
            $"Residents come from {part.PopulationSource}: where a partnership's population has grown since, its rate is overstated. The theme rates are in the table of the overview and in the CSV output; only the all-crime rates are charted.";
    }

    private static string Headline(ForceComparison c, ThemeComparison all, PartnershipRate area, string level)
    {
        var standing = area.Verdict switch
        {
            RateVerdict.Higher => $"higher than the {c.ForceName} rate of {Rate(all.ForceRate)}",
            RateVerdict.Lower => $"lower than the {c.ForceName} rate of {Rate(all.ForceRate)}",
            _ => $"not distinguishable from the {c.ForceName} rate of {Rate(all.ForceRate)}",
        };
        return $"Over {c.Period.ToLongString()}, {c.AreaName} recorded {ReportNumbers.FormatCount(area.Count)} crimes (excluding anti-social behaviour), {Rate(area.Rate)} per 1,000 residents ({level} interval {Interval(area)}): {standing}. " +
            $"It has the {(area.Rank == 1 ? "" : Ordinal(area.Rank) + " ")}highest rate of the {all.Partnerships.Count} partnerships in {c.ForceName}.";
    }

    private static string? LeftOut(ForceComparison c)
    {
        var parts = new List<string>();
        var l = c.LeftOut;
        if (l.OtherForcesDistricts > 0)
            parts.Add($"{ReportNumbers.FormatCount(l.OtherForcesDistricts)} in districts of other forces' partnerships ({string.Join(", ", l.OtherForcesDistrictNames.Take(6))}{(l.OtherForcesDistrictNames.Count > 6 ? " and others" : "")})");
        if (l.WithoutLocation > 0) parts.Add($"{ReportNumbers.FormatCount(l.WithoutLocation)} without a location");
        if (l.Unrecognised > 0) parts.Add($"{ReportNumbers.FormatCount(l.Unrecognised)} under district names the ONS lookups do not know ({string.Join(", ", l.UnrecognisedNames.Take(6))})");
        if (l.WithoutResidents > 0) parts.Add($"{ReportNumbers.FormatCount(l.WithoutResidents)} in partnerships without residents in the population file ({string.Join(", ", c.PartnershipsWithoutResidents)})");
        return parts.Count == 0 ? null
            : $"Of the {c.ForceName} rows for the period (crime and ASB), {string.Join("; ", parts)}: these are in no partnership's rate and not in the {c.ForceName} rate.";
    }

    private static ChartBlock Chart(ForceComparison c, ThemeComparison theme, string source, string level)
    {
        var area = theme.Area;
        var alt = $"Dot-and-interval chart of {theme.Name.ToLowerInvariant()} per 1,000 residents for the {theme.Partnerships.Count} partnerships of {c.ForceName}, highest first, with {level} intervals and the {c.ForceName} rate of {Rate(theme.ForceRate)} as a dashed line."
            + (area is null ? "" : $" {c.AreaName} is {Ordinal(area.Rank)} at {Rate(area.Rate)} ({Interval(area)}), {Verdict(area.Verdict).ToLowerInvariant()}.");
        return new ChartBlock($"force-comparison-{theme.Id}", $"{theme.Name} per 1,000 residents, partnerships of {c.ForceName}",
            ForceComparisonChart.Build(theme, c.ForceName, alt), alt, source,
            $"Dot: rate; bar: {level} interval; dashed line: {c.ForceName}. {c.AreaName} is the orange diamond.");
    }

    private static string Verdict(RateVerdict verdict) => verdict switch
    {
        RateVerdict.Higher => "Higher",
        RateVerdict.Lower => "Lower",
        _ => "Similar",
    };

    private static string Rate(double rate) => ReportNumbers.Format(rate, NumberFormat.OneDecimal);

    private static string Interval(PartnershipRate p) => $"{Rate(p.Interval.Lower)}–{Rate(p.Interval.Upper)}";

    private static string Ordinal(int n) => n.ToString(CultureInfo.InvariantCulture) + ((n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });
}
