using Assessment.Core.Charts;
using Assessment.Core.Partners;
using Assessment.Core.Statistics;

namespace Assessment.Core.Reporting.Sections;

/// <summary>
/// Reoffending from the Ministry of Justice proven reoffending statistics by local authority: for adults and juveniles
/// (or all offenders), the proportion of each cohort who reoffended with its 95% Wilson interval, in a table and a
/// chart, beside England and Wales (or the county). The area differs from the comparator only when its interval excludes
/// the comparator's proportion, and two cohorts differ only when their intervals do not overlap
/// (<see cref="ReoffendingComparisonRule"/>). Without the extract, one sentence says so.
/// </summary>
public sealed class ReoffendingSection : IReportSectionComposer
{
    /// <summary>The part's key and section id.</summary>
    public const string PartKey = "reoffending";

    private const string Title = "Reoffending";

    /// <summary>The sentence that states the rule for claiming a difference.</summary>
    public const string RuleSentence = "The area is called higher or lower than its comparator only when the area's 95% Wilson interval excludes the comparator's proportion, as Fingertips compares areas with England. Two of the area's cohorts are called different only when their intervals do not overlap, which is stricter than a significance test at the 5% level. Either way, no difference called means the data do not show one, not that there is none.";

    /// <inheritdoc/>
    public string Key => PartKey;

    /// <inheritdoc/>
    public IEnumerable<ReportSection> Compose(ReportSectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var input = context.Input;
        if (input.Reoffending is not { } summary || summary.Series.All(s => s.Known.Count == 0))
        {
            var reason = input.Reoffending is null ? input.ReoffendingAbsence
                : $"The proven-reoffending extract has no figures for {string.Join(", ", input.Reoffending.DistrictCodes)}, so reoffending is not covered.";
            yield return new ReportSection(PartKey, Title, [new ParagraphBlock(reason)], []);
            yield break;
        }

        var blocks = new List<ReportBlock>();
        if (summary.Synthetic)
        {
            blocks.Add(new CalloutBlock(CalloutKind.Warning,
                $"The figures in this chapter are synthetic: they were made up for the sample ({summary.FileName}) in the shape of the Ministry of Justice statistics and are not real reoffending figures for {input.AreaName}. Give the published extract as inputs.reoffending to use real ones.",
                "Synthetic data"));
        }
        blocks.Add(new ParagraphBlock("A proven reoffence is an offence committed within one year of a caution, a non-custodial conviction or release from custody (the cohort period) that leads to a caution or conviction within that year or a further six months. Offenders are counted where they live. Cohorts are published about two years after they start, so these figures describe offending some years before the assessment period."));
        blocks.Add(new ParagraphBlock(RuleSentence));
        if (summary.MissingCodes.Count > 0)
            blocks.Add(new CalloutBlock(CalloutKind.Warning, $"The extract has no rows for {string.Join(", ", summary.MissingCodes)}; the figures cover {string.Join(", ", summary.DistrictNames)} only."));
        var source = Source(summary);
        var children = summary.Series.Where(s => s.Known.Count > 0).Select(s => Series(input.AreaName, summary, s, source)).ToList();
        yield return new ReportSection(PartKey, Title, blocks, children);
    }

    /// <summary>The source note: the publisher and licence, or the plain statement that the figures are synthetic, and the cohorts covered.</summary>
    public static string Source(ReoffendingSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var known = summary.Series.SelectMany(s => s.Known).OrderBy(p => p.PeriodStart).ToList();
        var span = known.Count == 0 ? "" : $", cohorts {known[0].Period} to {known[^1].Period}";
        return summary.Synthetic
            ? $"SYNTHETIC sample data ({summary.FileName}) in the shape of the Ministry of Justice proven reoffending statistics{span}; not real figures"
            : $"Ministry of Justice, Proven reoffending statistics by local authority ({summary.FileName}){span}; Open Government Licence v3.0";
    }

    private static ReportSection Series(string area, ReoffendingSummary summary, ReoffendingSeries series, string source)
    {
        var who = Who(series.OffenderType);
        var comparator = summary.ComparatorName;
        var blocks = new List<ReportBlock> { new ParagraphBlock(Latest(area, series, comparator, who)) };
        if (Trend(series) is { } trend) blocks.Add(new ParagraphBlock(trend));
        var suppressed = series.Points.Where(p => p.Local is null).Select(p => p.Period).ToList();
        if (suppressed.Count > 0)
            blocks.Add(new ParagraphBlock($"No figure is given for {string.Join(", ", suppressed)}: the extract suppresses or lacks it. It is left blank, not counted as zero."));

        var id = $"reoffending-{series.OffenderType.ToString().ToLowerInvariant()}";
        List<TableColumn> columns =
        [
            TableColumn.Text("Cohort"), TableColumn.Count("Offenders"), TableColumn.Count("Reoffenders"), TableColumn.Count("Reoffences"),
            TableColumn.Number("Reoffended", NumberFormat.Percent1), TableColumn.Text("95% interval"),
            TableColumn.Number("Reoffences per reoffender", new NumberFormat(2)),
        ];
        if (comparator is not null)
            columns.AddRange([TableColumn.Number(comparator, NumberFormat.Percent1), TableColumn.Text($"{comparator} 95% interval"), TableColumn.Text($"Against {comparator}")]);
        var rows = series.Points.Select(p =>
        {
            var local = p.Local;
            List<TableCell> cells =
            [
                p.Period, Cell(p.Offenders), Cell(local?.Reoffenders), Cell(local?.Reoffences),
                Cell(local?.Proportion), local is { Offenders: > 0 } ? Interval(local.Interval) : "–", Cell(local?.ReoffencesPerReoffender),
            ];
            if (comparator is not null)
                cells.AddRange([Cell(p.Comparator?.Proportion), p.Comparator is { Offenders: > 0 } c ? Interval(c.Interval) : "–", Verdict(p.VersusComparator)]);
            return (IReadOnlyList<TableCell>)cells;
        }).ToList();
        blocks.Add(new TableBlock(new ReportTable($"{id}-by-cohort", $"Proven reoffending of {who} living in {area}, by cohort", columns, rows, source)));

        var seriesNames = comparator is null ? new[] { area } : [area, comparator];
        var points = series.Points.SelectMany(p => new[] { (Name: area, Rate: p.Local, p.Period), (Name: comparator ?? "", Rate: p.Comparator, p.Period) })
            .Where(x => x.Rate is { Offenders: > 0 } && x.Name.Length > 0)
            .Select(x => new IntervalPoint(x.Name, x.Period, x.Rate!.Proportion!.Value, x.Rate.Interval.Lower, x.Rate.Interval.Upper)).ToList();
        var known = series.Known;
        blocks.Add(new ChartBlock($"{id}-proportion", $"Proportion of {who} in {area} who reoffended, with 95% intervals",
            IntervalTrendChart.Build(points, series.Points.Select(p => p.Period).ToList(), "Cohort", "Proportion who reoffended", percent: true,
                $"Proportion of {who} in each cohort who reoffended, with 95% Wilson intervals{(comparator is null ? "" : $", beside {comparator}")}.", seriesNames),
            $"Dots with vertical bars for the proportion of {who} in {area} who reoffended in each cohort from {known[0].Period} to {known[^1].Period}: {Percent(known[0].Local!.Proportion!.Value)} in the first and {Percent(known[^1].Local!.Proportion!.Value)} in the latest"
                + (comparator is null ? "." : $", with {comparator} beside each for comparison."),
            source,
            "Each bar is the 95% Wilson interval. Where the area's bar includes the comparator's proportion, the data do not show the area differs from it; where the bars of two cohorts overlap, they do not show a change."));
        return new ReportSection(id, Capitalised(who), blocks, []);
    }

    private static string Latest(string area, ReoffendingSeries series, string? comparator, string who)
    {
        var last = series.Known[^1];
        var rate = last.Local!;
        var text = $"In the latest cohort ({last.Period}), {ReportNumbers.FormatCount(rate.Reoffenders)} of the {ReportNumbers.FormatCount(rate.Offenders)} {who} living in {area} reoffended: {Percent(rate.Proportion!.Value)} (95% interval {Interval(rate.Interval)})";
        text += rate.ReoffencesPerReoffender is { } per && rate.Reoffences is { } reoffences
            ? $", committing {ReportNumbers.FormatCount(reoffences)} proven reoffences, {ReportNumbers.Format(per, new NumberFormat(1))} per reoffender."
            : ".";
        if (comparator is null || last.Comparator is not { Offenders: > 0 } other) return text;
        text += $" For {comparator} the proportion was {Percent(other.Proportion!.Value)} ({Interval(other.Interval)}); "
            + last.VersusComparator switch
            {
                ReoffendingComparison.Higher => $"{area}'s is higher: its interval lies above {comparator}'s proportion.",
                ReoffendingComparison.Lower => $"{area}'s is lower: its interval lies below {comparator}'s proportion.",
                _ => $"{area}'s interval includes {comparator}'s proportion, so the data do not show that {area} differs from {comparator}.",
            };
        var compared = series.Points.Where(p => p.VersusComparator is not null).ToList();
        var higher = compared.Count(p => p.VersusComparator == ReoffendingComparison.Higher);
        var lower = compared.Count(p => p.VersusComparator == ReoffendingComparison.Lower);
        text += higher + lower == 0
            ? $" In none of the {compared.Count} cohorts compared does {area} differ from {comparator} by this rule."
            : $" Of the {compared.Count} cohorts compared, {area} is higher than {comparator} in {higher} and lower in {lower}; in the rest its interval includes {comparator}'s proportion."
              + (compared.Count > 1 ? " With this many comparisons, one or two such cohorts can arise by chance, so a single one is not a pattern." : "");
        return text;
    }

    private static string? Trend(ReoffendingSeries series)
    {
        if (series.LatestVersusEarliest is not { } change) return null;
        var (first, last) = (series.Known[0], series.Known[^1]);
        var from = $"Against the earliest cohort in the extract ({first.Period}: {Percent(first.Local!.Proportion!.Value)}, {Interval(first.Local.Interval)})";
        return change switch
        {
            ReoffendingComparison.Higher => $"{from}, the latest proportion is higher: the intervals do not overlap.",
            ReoffendingComparison.Lower => $"{from}, the latest proportion is lower: the intervals do not overlap.",
            _ => $"{from}, the intervals overlap, so no rise or fall is claimed; with cohorts of this size, quarter-to-quarter movements of several points are expected by chance.",
        };
    }

    private static string Who(ReoffendingOffenderType type) => type switch
    {
        ReoffendingOffenderType.Adult => "adult offenders",
        ReoffendingOffenderType.Juvenile => "juvenile offenders",
        _ => "offenders",
    };

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static string Verdict(ReoffendingComparison? comparison) => comparison switch
    {
        ReoffendingComparison.Higher => "Higher",
        ReoffendingComparison.Lower => "Lower",
        ReoffendingComparison.NoClearDifference => "No clear difference",
        _ => "–",
    };

    private static string Percent(double fraction) => ReportNumbers.FormatPercent(fraction, 1);

    // Compact, so that the table's interval columns do not wrap: "21.3–35.6%".
    private static string Interval(ConfidenceInterval interval) =>
        $"{ReportNumbers.Format(100 * interval.Lower, NumberFormat.OneDecimal)}–{ReportNumbers.Format(100 * interval.Upper, NumberFormat.OneDecimal)}%";

    private static TableCell Cell(double? value) => value is { } v ? TableCell.FromNumber(v) : TableCell.FromText("–");

    private static TableCell Cell(long? value) => value is { } v ? TableCell.FromNumber(v) : TableCell.FromText("–");
}
