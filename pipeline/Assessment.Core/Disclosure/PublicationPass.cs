using Assessment.Core.Reporting;

namespace Assessment.Core.Disclosure;

/// <summary>
/// Turns a composed <see cref="ReportDocument"/> into the edition a run publishes: the cover carries the edition's
/// marking; count marks in every text are resolved (<see cref="CountMarkers"/>); tables lose their small counts and
/// complements (<see cref="TableDisclosure"/>); charts and maps lose small values of their count fields
/// (<see cref="ChartDisclosure"/>) and say so under the figure. Everything the run writes afterwards (HTML, PDF,
/// the CSV of each report table, the chart specs and images) is made from the document this returns.
/// </summary>
public static class PublicationPass
{
    /// <summary>The document as <paramref name="policy"/> allows it to be published.</summary>
    /// <exception cref="NotSupportedException">The document holds a kind of block the pass does not know (so it cannot vouch for its counts).</exception>
    public static ReportDocument Apply(ReportDocument document, DisclosurePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(policy);
        var pass = new Pass(policy);
        return new ReportDocument(
            document.Cover with { Classification = policy.Marking, Title = pass.Plain(document.Cover.Title), Subtitle = pass.Plain(document.Cover.Subtitle) },
            [.. document.Sections.Select(pass.Section)]);
    }

    private sealed class Pass(DisclosurePolicy policy)
    {
        public ReportSection Section(ReportSection section) =>
            new(section.Id, Plain(section.Title), [.. section.Blocks.Select(Block)], [.. section.Children.Select(Section)]);

        // Plain: shown as text only (headings, labels, attributes). Running: rendered with InlineMarkup; in the public
        // edition its counts stay findable in the HTML (<span class="count">) for the scan of finished files. The
        // restricted edition keeps its text exactly as written: it is not for publication, and its tables fail the scan.
        [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(text))]
        public string? Plain(string? text) => text is null ? null : Resolve(text, false);

        private string Running(string text) => Resolve(text, policy.Suppresses);

        private string Resolve(string text, bool running)
        {
            var withheld = false;
            return CountMarkers.Resolve(text, policy.ResolveThreshold, running, ref withheld)!;
        }

        private ReportBlock Block(ReportBlock block) => block switch
        {
            HeadingBlock heading => new HeadingBlock(Plain(heading.Text)),
            ParagraphBlock paragraph => new ParagraphBlock(Running(paragraph.Text)),
            BulletListBlock list => new BulletListBlock([.. list.Items.Select(Running)]),
            DefinitionListBlock definitions => new DefinitionListBlock([.. definitions.Definitions.Select(d => new Definition(Plain(d.Term), Running(d.Meaning)))]),
            KeyFactsBlock facts => new KeyFactsBlock([.. facts.Facts.Select(Fact)], Plain(facts.Title)),
            CalloutBlock callout => new CalloutBlock(callout.Kind, Running(callout.Text), Plain(callout.Title)),
            TableBlock table => table with { Table = Table(table.Table) },
            ActionPlanBlock plan => plan with
            {
                Caption = Plain(plan.Caption),
                Items = [.. plan.Items.Select(i => i with { Action = Plain(i.Action), Measure = Plain(i.Measure), Timescale = Plain(i.Timescale), Lead = Plain(i.Lead) })],
                // The evidence of a computed status states the counts it rests on.
                Assessments = [.. plan.Assessments.Select(a => a with { Evidence = Plain(a.Evidence), Measure = Plain(a.Measure), StatusLabel = Plain(a.StatusLabel) })],
            },
            ChartBlock chart => Chart(chart),
            PageBreakBlock => block,
            _ => throw new NotSupportedException($"The publication pass does not know a {block.GetType().Name}; add it to {nameof(PublicationPass)} so that its counts are checked."),
        };

        // A key fact keeps the small-count rule of its value and note together: a note often states the total beside it.
        private KeyFact Fact(KeyFact fact)
        {
            var joined = fact.Value + "\n" + (fact.Note ?? "");
            var withheld = false;
            var resolved = CountMarkers.Resolve(joined, policy.ResolveThreshold, false, ref withheld)!.Split('\n');
            return new KeyFact(Plain(fact.Label), resolved[0], fact.Note is null ? null : resolved[1]);
        }

        private ReportTable Table(ReportTable table)
        {
            // A number shown as text that held a withheld count loses the number too, or its CSV would print it.
            TableCell Cell(TableCell cell)
            {
                if (cell.Text is not { } text || !CountMarkers.HasMarks(text)) return cell;
                var withheld = false;
                var shown = CountMarkers.Resolve(text, policy.ResolveThreshold, false, ref withheld)!;
                return cell.Number is { } n && !withheld ? TableCell.FromNumber(n, shown) : TableCell.FromText(shown);
            }

            var resolved = table with
            {
                Caption = Plain(table.Caption),
                Source = Plain(table.Source),
                Rows = [.. table.Rows.Select(r => (IReadOnlyList<TableCell>)[.. r.Select(Cell)])],
                Totals = table.Totals is { } totals ? [.. totals.Select(Cell)] : null,
            };
            var suppressed = false;
            return TableDisclosure.Apply(resolved, policy, ref suppressed);
        }

        private ChartBlock Chart(ChartBlock chart)
        {
            var withheld = false;
            var spec = ChartDisclosure.Apply(chart.Spec, policy, ref withheld);
            var caption = chart.Caption is null ? null : Running(chart.Caption);
            if (withheld) caption = caption is null ? SuppressionWording.ChartNote(policy.Threshold) : caption + " " + SuppressionWording.ChartNote(policy.Threshold);
            return chart with { Spec = spec, Title = Plain(chart.Title), AltText = Plain(chart.AltText), Source = Plain(chart.Source), Caption = caption };
        }
    }
}
