using Assessment.Core.Model;
using Assessment.Core.Results;

namespace Assessment.Core.Reporting.Sections;

/// <summary>
/// The statutory "changes since the previous assessment", from this run's <see cref="AssessmentResultsDocument"/> and
/// last year's (read from <c>previous:</c>): headline counts then and now, significant changes then and now,
/// priorities added or dropped and rank moves, progress on each measure, and hotspots that appeared or went. A
/// difference between the two documents' figures is set out, never tested: only each assessment's own year-on-year
/// comparison is a tested change. Without a previous document the chapter is one sentence saying how to give one.
/// </summary>
public sealed class ChangesSection : IReportSectionComposer
{
    private readonly AssessmentResultsDocument? current;
    private readonly AssessmentResultsDocument? previous;

    /// <summary>The chapter when no previous assessment was given: one sentence saying how to give one.</summary>
    public ChangesSection()
    {
    }

    /// <summary>The chapter comparing <paramref name="current"/> with <paramref name="previous"/>.</summary>
    /// <param name="current">This run's results.</param>
    /// <param name="previous">The previous assessment's results, already checked to be of this area and of an earlier
    /// period (<c>AssessmentResultsFile.ReadPrevious</c>); null when none was given.</param>
    public ChangesSection(AssessmentResultsDocument current, AssessmentResultsDocument? previous)
    {
        this.current = current ?? throw new ArgumentNullException(nameof(current));
        this.previous = previous;
    }

    /// <summary>The part's key.</summary>
    public const string PartKey = "changes";

    /// <summary>The chapter's title.</summary>
    public const string Title = "Changes since the previous assessment";

    /// <inheritdoc/>
    public string Key => PartKey;

    /// <inheritdoc/>
    public IEnumerable<ReportSection> Compose(ReportSectionContext sectionContext)
    {
        if (previous is null || current is null)
        {
            // Like every absent chapter: one line, which the report prints after the chapter before it.
            yield return new ReportSection(PartKey, Title, new CalloutBlock(CalloutKind.NotYetAvailable,
                "No previous assessment was given, so changes since it are not set out; to include them, give last year's assessment.json as " +
                "*previous:* in the configuration (or *--previous* on the command line)."));
            yield break;
        }

        var now = current!.Run.CurrentPeriod.ToRange();
        var then = previous.Run.CurrentPeriod.ToRange();
        var blocks = new List<ReportBlock>
        {
            new ParagraphBlock($"This chapter sets this assessment ({now.ToLongString()}) beside the previous one ({then.ToLongString()}, produced on " +
                $"{ReportNumbers.FormatDate(DateOnly.ParseExact(previous.Run.ProducedOn, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))}). " +
                "A difference between the two assessments' figures is not itself a tested change: the changes that were tested are those each assessment " +
                "found between its own year and the year before."),
        };
        var overlap = now.Months().Count(then.Contains);
        if (overlap > 0)
            blocks.Add(new CalloutBlock(CalloutKind.Warning, $"The two periods overlap by {overlap} month{(overlap == 1 ? "" : "s")} " +
                $"({new MonthRange(now.First, then.Last).ToLongString()}): those months' records are in both, so the figures are not independent."));
        yield return new ReportSection(PartKey, Title, blocks,
        [
            Levels(then, now),
            SignificantChanges(),
            Priorities(),
            Measures(),
            Hotspots(),
        ]);
    }

    /// <summary>
    /// The changes since the previous assessment in a sentence each, for the executive summary: the total then and now,
    /// recommended priorities added or dropped, measures whose status moved, hotspots that appeared or went. Empty
    /// without a previous assessment.
    /// </summary>
    public IReadOnlyList<string> Headlines()
    {
        if (previous is null || current is null) return [];
        var lines = new List<string>();
        var (then, now) = (previous.Run.CurrentPeriod.ToRange(), current.Run.CurrentPeriod.ToRange());
        lines.Add(SameLength()
            ? $"{ReportNumbers.FormatCount(current.CurrentTotalCount)} crimes and ASB incidents in {now.ToLongString()} against {ReportNumbers.FormatCount(previous.CurrentTotalCount)} in the previous assessment ({then.ToLongString()}); a difference set out, not tested."
            : $"The previous assessment covered {previous.Run.CurrentMonthsLoaded} months ({then.ToLongString()}) and this one {current.Run.CurrentMonthsLoaded}, so their totals are not compared.");
        if (current.Prioritisation is { } p && previous.Prioritisation is { } q)
        {
            var (added, dropped) = RecommendedMoves(q, p);
            lines.Add(added.Count + dropped.Count == 0 ? "The recommended priorities are those of the previous assessment."
                : $"Recommended priorities added: {List(added)}; dropped: {List(dropped)}.");
        }
        if (current.Measures is { Count: > 0 } measures && previous.Measures is { Count: > 0 } before)
        {
            var statusThen = before.GroupBy(MeasureKey, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Status, StringComparer.Ordinal);
            var moved = measures.Count(m => statusThen.TryGetValue(MeasureKey(m), out var status) && status != m.Status);
            lines.Add($"{moved} of {measures.Count} action-plan measure{(measures.Count == 1 ? "" : "s")} changed status since the previous assessment.");
        }
        if (previous.Hotspots.Count + current.Hotspots.Count > 0)
        {
            var (appeared, went, _) = HotspotMoves();
            lines.Add($"{appeared.Count} hotspot{(appeared.Count == 1 ? "" : "s")} appeared and {went.Count} went.");
        }
        return lines;
    }

    /// <summary>Candidates recommended now and not then (added), and then and not now (dropped), by name.</summary>
    private static (IReadOnlyList<string> Added, IReadOnlyList<string> Dropped) RecommendedMoves(PrioritisationMatrixResult then, PrioritisationMatrixResult now)
    {
        var was = then.Candidates.Where(c => c.Recommended).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var isNow = now.Candidates.Where(c => c.Recommended).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        return ([.. now.Candidates.Where(c => c.Recommended && !was.Contains(c.Id)).Select(c => c.Name)],
            [.. then.Candidates.Where(c => c.Recommended && !isNow.Contains(c.Id)).Select(c => c.Name)]);
    }

    /// <summary>Hotspots of this assessment only (appeared), of the previous only (went), and how many are in both, matched by identity.</summary>
    private (IReadOnlyList<HotspotResult> Appeared, IReadOnlyList<HotspotResult> Went, int Stayed) HotspotMoves()
    {
        var before = previous!.Hotspots.GroupBy(h => h.Identity, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var after = current!.Hotspots.GroupBy(h => h.Identity, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return ([.. after.Values.Where(h => !before.ContainsKey(h.Identity))], [.. before.Values.Where(h => !after.ContainsKey(h.Identity))],
            after.Values.Count(h => before.ContainsKey(h.Identity)));
    }

    /// <summary>What matches a measure across the two assessments: its action and metric.</summary>
    private static string MeasureKey(MeasureResult m) => $"{m.ActionId}|{m.Metric}";

    /// <summary>True when both assessments loaded as many months of their own period, so their totals can be set side by side.</summary>
    private bool SameLength() => previous!.Run.CurrentMonthsLoaded == current!.Run.CurrentMonthsLoaded;

    private ReportSection Levels(MonthRange then, MonthRange now)
    {
        var before = previous!.CrimeCounts.ToDictionary(c => c.CrimeType, c => c.CurrentCount, StringComparer.Ordinal);
        var after = current!.CrimeCounts.ToDictionary(c => c.CrimeType, c => c.CurrentCount, StringComparer.Ordinal);
        var types = after.Keys.Union(before.Keys, StringComparer.Ordinal)
            .OrderByDescending(t => after.GetValueOrDefault(t)).ThenBy(t => t, StringComparer.Ordinal).ToList();
        var rows = types.Select(t => (IReadOnlyList<TableCell>)[t, before.GetValueOrDefault(t), after.GetValueOrDefault(t),
            TableCell.FromNumber(after.GetValueOrDefault(t) - before.GetValueOrDefault(t), ReportNumbers.FormatSignedCount(after.GetValueOrDefault(t) - before.GetValueOrDefault(t)))]).ToList();
        var (total, totalBefore) = (current!.CurrentTotalCount, previous.CurrentTotalCount);
        var blocks = new List<ReportBlock>
        {
            new ParagraphBlock($"The previous assessment counted {ReportNumbers.FormatCount(totalBefore)} crimes and ASB incidents in {current!.Run.AreaName} " +
                $"over {then.ToLongString()}{MonthsNote(previous.Run)}; this one counts {ReportNumbers.FormatCount(total)} over {now.ToLongString()}{MonthsNote(current!.Run)}" +
                (SameLength() ? $", {ReportNumbers.FormatSignedCount(total - totalBefore)} on the previous figure."
                    : $". The two cover different numbers of months ({previous.Run.CurrentMonthsLoaded} and {current!.Run.CurrentMonthsLoaded}), so their totals and differences are not comparable and none is given.")),
            new TableBlock(new ReportTable("changes-levels-table", $"Records by type, previous assessment ({then.ToLongString()}) and this one ({now.ToLongString()})",
                SameLength()
                    ? [TableColumn.Text("Crime type"), TableColumn.Count("Previous assessment"), TableColumn.Count("This assessment"), TableColumn.Number("Difference", NumberFormat.SignedInteger)]
                    : [TableColumn.Text("Crime type"), TableColumn.Count("Previous assessment"), TableColumn.Count("This assessment")],
                SameLength() ? rows : [.. rows.Select(r => (IReadOnlyList<TableCell>)[.. r.Take(3)])], "assessment.json of each run",
                SameLength() ? ["All crime and ASB", totalBefore, total, TableCell.FromNumber(total - totalBefore, ReportNumbers.FormatSignedCount(total - totalBefore))]
                    : ["All crime and ASB", totalBefore, total])),
        };
        if (current!.Run.ComparisonPeriod.First == previous.Run.CurrentPeriod.First && current!.Run.ComparisonPeriod.Last == previous.Run.CurrentPeriod.Last
            && current!.PreviousTotalCount != totalBefore)
            blocks.Add(new ParagraphBlock($"For the same months this run counts {ReportNumbers.FormatCount(current!.PreviousTotalCount)}, not " +
                $"{ReportNumbers.FormatCount(totalBefore)}: police.uk files are restated as records are reclassified or moved, so this assessment's own " +
                "year-on-year comparison uses its own count of the earlier year."));
        return new ReportSection("changes-levels", "Levels then and now", blocks, []);
    }

    private static string MonthsNote(RunMetadata run) =>
        run.CurrentMonthsLoaded == run.CurrentPeriod.Months ? "" : $" ({run.CurrentMonthsLoaded} of its {run.CurrentPeriod.Months} months loaded)";

    private ReportSection SignificantChanges()
    {
        static string Key(YearOnYearResult r) => $"{r.Level}:{r.Key}";
        var before = previous!.YearOnYear.Where(r => r.Level != "ward").ToDictionary(Key, StringComparer.Ordinal);
        var after = current!.YearOnYear.Where(r => r.Level != "ward").ToDictionary(Key, StringComparer.Ordinal);
        var keys = after.Values.Concat(before.Values).Where(r => r.IsSignificant).Select(Key).Distinct(StringComparer.Ordinal).ToList();
        if (keys.Count == 0)
            return new ReportSection("changes-significant", "Significant changes then and now",
                new ParagraphBlock("Neither assessment found a significant change in all crime and ASB, a crime type or a priority theme."));
        var rows = keys.Select(k =>
        {
            var label = (after.GetValueOrDefault(k) ?? before[k]).Label;
            return (IReadOnlyList<TableCell>)[label, Verdict(before.GetValueOrDefault(k), previous.Run), Verdict(after.GetValueOrDefault(k), current!.Run)];
        }).ToList();
        return new ReportSection("changes-significant", "Significant changes then and now",
        [
            new ParagraphBlock("Each assessment tested its own year against the year before it. The table lists every series either assessment found a " +
                "significant change in, with what each found."),
            new TableBlock(new ReportTable("changes-significant-table", "Significant changes found by the previous assessment and by this one",
                [TableColumn.Text("Series"), TableColumn.Text("Previous assessment"), TableColumn.Text("This assessment")], rows, "assessment.json of each run")),
        ], []);
    }

    /// <summary>The verdict with its change, and the months compared when fewer than the period's (a partly loaded year before).</summary>
    private static string Verdict(YearOnYearResult? result, RunMetadata run)
    {
        if (result is null) return "not compared";
        var text = result switch
        {
            { Verdict: VerdictNames.SignificantIncrease or VerdictNames.SignificantDecrease, RateRatio: { } ratio } =>
                $"{(result.Verdict == VerdictNames.SignificantIncrease ? "significant rise" : "significant fall")} ({ReportNumbers.FormatPercent(ratio - 1, 1, signed: true)})",
            { Verdict: VerdictNames.SignificantIncrease } => "significant rise",
            { Verdict: VerdictNames.SignificantDecrease } => "significant fall",
            { Verdict: VerdictNames.DataCannotTell } => "data cannot tell",
            _ => "no significant change",
        };
        return result.MonthsCompared < run.CurrentPeriod.Months ? $"{text}; {result.MonthsCompared} of {run.CurrentPeriod.Months} months compared" : text;
    }

    private ReportSection Priorities()
    {
        var blocks = new List<ReportBlock>();
        var before = previous!.Priorities.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var after = current!.Priorities.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var added = current!.Priorities.Where(p => !before.Contains(p.Id)).Select(p => p.Name).ToList();
        var dropped = previous.Priorities.Where(p => !after.Contains(p.Id)).Select(p => p.Name).ToList();
        blocks.Add(new ParagraphBlock(added.Count == 0 && dropped.Count == 0
            ? current!.Priorities.Count == 0 ? "Neither assessment was run with configured priorities." : "The configured priorities are the same as in the previous assessment."
            : $"Configured priorities added: {List(added)}. Dropped: {List(dropped)}."));

        if (current!.Prioritisation is { } now && previous.Prioritisation is { } then)
            blocks.AddRange(RankMoves(then, now));
        else
            blocks.Add(new ParagraphBlock((previous.Prioritisation, current!.Prioritisation) switch
            {
                (null, null) => "Neither assessment has a scored prioritisation, so no rank moves can be shown.",
                (null, _) => "The previous assessment has no scored prioritisation, so priorities added or dropped by score and rank moves cannot be set out.",
                _ => "This assessment has no scored prioritisation, so rank moves cannot be set out.",
            }));
        return new ReportSection("changes-priorities", "Priorities", blocks, []);
    }

    private static IEnumerable<ReportBlock> RankMoves(PrioritisationMatrixResult then, PrioritisationMatrixResult now)
    {
        var before = then.Candidates.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var (added, dropped) = RecommendedMoves(then, now);
        yield return new ParagraphBlock($"Recommended priorities added since the previous assessment: {List(added)}. Dropped: {List(dropped)}.");
        var rows = now.Candidates.OrderBy(c => c.Rank).Select(c => (IReadOnlyList<TableCell>)[c.Name,
            before.GetValueOrDefault(c.Id) is { } b ? b.Rank : TableCell.FromText("not scored"), c.Rank, $"{c.RankLow}–{c.RankHigh}",
            before.GetValueOrDefault(c.Id) is { } m ? TableCell.FromNumber(m.Rank - c.Rank, m.Rank == c.Rank ? "no move" : m.Rank > c.Rank ? $"up {m.Rank - c.Rank}" : $"down {c.Rank - m.Rank}") : TableCell.FromText("new")]).ToList();
        yield return new TableBlock(new ReportTable("changes-ranks-table", "Rank of each candidate issue, previous assessment and this one",
            [TableColumn.Text("Issue"), TableColumn.Number("Rank then", NumberFormat.Integer), TableColumn.Number("Rank now", NumberFormat.Integer),
             TableColumn.Text("Range now (weights ±20%)"), TableColumn.Text("Move")], rows, "assessment.json of each run"));
    }

    private ReportSection Measures()
    {
        if (current!.Measures is not { Count: > 0 } now)
            return new ReportSection("changes-measures", "Progress on the action plan", new ParagraphBlock(previous!.Measures is { Count: > 0 }
                ? "This assessment has no action-plan measures, so progress on the previous plan's measures cannot be set out."
                : "Neither assessment has action-plan measures, so no progress can be set out."));
        if (previous!.Measures is not { Count: > 0 } then)
            return new ReportSection("changes-measures", "Progress on the action plan",
                new ParagraphBlock("The previous assessment has no action-plan measures, so every measure's status below is the first one recorded."),
                new TableBlock(MeasureTable(now.Select(m => (m, (MeasureResult?)null)).ToList())));
        var before = then.GroupBy(MeasureKey, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var gone = then.Where(m => !now.Any(n => MeasureKey(n) == MeasureKey(m))).Select(m => m.ActionText).Distinct(StringComparer.Ordinal).ToList();
        var blocks = new List<ReportBlock>
        {
            new TableBlock(MeasureTable(now.Select(m => (m, before.GetValueOrDefault(MeasureKey(m)))).ToList())),
        };
        if (gone.Count > 0) blocks.Add(new ParagraphBlock($"Measures of the previous plan no longer in this one: {List(gone)}."));
        return new ReportSection("changes-measures", "Progress on the action plan", blocks, []);
    }

    private static ReportTable MeasureTable(IReadOnlyList<(MeasureResult Now, MeasureResult? Then)> measures) =>
        new("changes-measures-table", "Status of each action-plan measure, previous assessment and this one",
            [TableColumn.Text("Action"), TableColumn.Text("Measure"), TableColumn.Text("Status then"), TableColumn.Text("Status now")],
            [.. measures.Select(m => (IReadOnlyList<TableCell>)[m.Now.ActionText, m.Now.Metric ?? "status given by the plan",
                m.Then is null ? "not measured" : Status(m.Then.Status), Status(m.Now.Status)])],
            "assessment.json of each run");

    private static string Status(string status) => status switch
    {
        "green" => "Green",
        "amber" => "Amber",
        "red" => "Red",
        "complete" => "Complete",
        "not_started" => "Not started",
        _ => "Not assessed",
    };

    private ReportSection Hotspots()
    {
        const string id = "changes-hotspots";
        const string title = "Hotspots that appeared or went";
        if (previous!.Hotspots.Count == 0 && current!.Hotspots.Count == 0)
            return new ReportSection(id, title, new ParagraphBlock("Neither assessment found a hotspot, so none appeared or went."));
        var (appeared, went, stayed) = HotspotMoves();
        var rows = appeared.Select(h => Row(h, "appeared", null, h)).Concat(went.Select(h => Row(h, "went", h, null))).ToList();
        var byWard = current!.Hotspots.Concat(previous.Hotspots).Any(h => h.WardCode is not null);
        var blocks = new List<ReportBlock>
        {
            new ParagraphBlock($"A hotspot is matched between the two assessments by its group and {(byWard ? "the ward at its centre" : "the police.uk location of its busiest map point")}. " +
                $"{stayed} {(stayed == 1 ? "hotspot is" : "hotspots are")} in both; {appeared.Count} appeared and {went.Count} went."),
        };
        if (rows.Count > 0)
            blocks.Add(new TableBlock(new ReportTable("changes-hotspots-table", "Hotspots found by only one of the two assessments",
                [TableColumn.Text("Group"), TableColumn.Text("Place"), TableColumn.Text("Change"), TableColumn.Count("Records then"), TableColumn.Count("Records now")],
                rows, "assessment.json of each run")));
        return new ReportSection(id, title, blocks, []);
    }

    private static IReadOnlyList<TableCell> Row(HotspotResult h, string change, HotspotResult? then, HotspotResult? now) =>
        [h.GroupName, h.WardName ?? h.TopLocation ?? h.Identity, change,
         then is null ? TableCell.FromText("–") : then.Count, now is null ? TableCell.FromText("–") : now.Count];

    private static string List(IReadOnlyList<string> names) => names.Count == 0 ? "none" : string.Join("; ", names);
}
