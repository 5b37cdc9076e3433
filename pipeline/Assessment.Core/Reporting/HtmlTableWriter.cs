using System.Globalization;
using System.Text;

namespace Assessment.Core.Reporting;

/// <summary>Writes tables (with <c>&lt;thead&gt;</c>, <c>scope</c> attributes and right-aligned numbers) and action plans; numbers tables in reading order.</summary>
internal sealed class HtmlTableWriter(StringBuilder html)
{
    // Tables this short move whole to the next page rather than split; longer ones flow with repeated headers.
    private const int KeepTogetherRows = 25;

    private int count;

    public void Write(ReportTable table)
    {
        table.Validate();
        Open(table.Id, table.Caption, table.Compact, table.Rows.Count <= KeepTogetherRows);
        html.Append("<thead><tr>");
        foreach (var column in table.Columns)
            html.Append("<th scope=\"col\"").Append(AlignClass(column)).Append(CountAttribute(column)).Append('>').Append(HtmlText.Encode(column.Header)).Append("</th>");
        html.Append("</tr></thead>\n<tbody>\n");
        if (table.Rows.Count == 0)
        {
            html.Append("<tr><td class=\"table-empty\" colspan=\"").Append(table.Columns.Count.ToString(CultureInfo.InvariantCulture))
                .Append("\">There are no rows to show.</td></tr>\n");
        }

        foreach (var row in table.Rows) WriteRow(table, row);
        html.Append("</tbody>\n");
        if (table.Totals is not null)
        {
            html.Append("<tfoot>\n");
            WriteRow(table, table.Totals);
            html.Append("</tfoot>\n");
        }

        Close(table.Source);
    }

    public void WriteActionPlan(ActionPlanBlock plan)
    {
        Open(plan.Id, plan.Caption, compact: false, keepTogether: plan.Items.Count <= 4);
        html.Append("<thead><tr>");
        foreach (var header in ActionPlanBlock.Headers) html.Append("<th scope=\"col\">").Append(HtmlText.Encode(header)).Append("</th>");
        html.Append("</tr></thead>\n<tbody>\n");
        if (plan.Items.Count == 0) html.Append("<tr><td class=\"table-empty\" colspan=\"5\">There are no actions to show.</td></tr>\n");
        foreach (var item in plan.Items)
        {
            html.Append("<tr><th scope=\"row\">").Append(HtmlText.Encode(item.Action)).Append("</th>");
            // An unstated field is a dash here; the chapter says once, under the table, which fields the plan leaves out.
            foreach (var text in new[] { item.Lead, string.Join(", ", item.Partners), item.Timescale })
                html.Append("<td>").Append(HtmlText.Encode(string.IsNullOrWhiteSpace(text) ? "–" : text)).Append("</td>");
            html.Append("<td>");
            var measures = plan.MeasuresOf(item);
            if (measures.Count == 0)
            {
                html.Append(item.Status == RagStatus.NotAssessed ? "–" : Rag(item.Status, ActionPlanItem.StatusText(item.Status)));
            }
            foreach (var measure in measures)
            {
                html.Append("<p class=\"measure\">").Append(Rag(measure.Status, measure.StatusLabel)).Append(' ')
                    .Append("<strong>").Append(HtmlText.Encode(measure.Measure)).Append("</strong>. ").Append(HtmlText.Encode(measure.Evidence)).Append("</p>");
            }
            html.Append("</td></tr>\n");
        }

        html.Append("</tbody>\n");
        Close(plan.Source);
    }

    private static string Rag(RagStatus status, string label) =>
        $"<span class=\"rag rag-{status.ToString().ToLowerInvariant()}\">{HtmlText.Encode(label)}</span>";

    private void Open(string id, string caption, bool compact, bool keepTogether)
    {
        count++;
        html.Append(keepTogether ? "<div class=\"table-block keep-together\">\n" : "<div class=\"table-block\">\n").Append("<table id=\"").Append(id).Append(compact ? "\" class=\"compact\">" : "\">").Append("\n<caption>Table ")
            .Append(count.ToString(CultureInfo.InvariantCulture)).Append(". ").Append(HtmlText.Encode(caption)).Append("</caption>\n");
    }

    private void Close(string? source)
    {
        html.Append("</table>\n");
        if (!string.IsNullOrWhiteSpace(source)) html.Append("<p class=\"table-source\">Source: ").Append(HtmlText.Encode(source)).Append("</p>\n");
        html.Append("</div>\n");
    }

    private void WriteRow(ReportTable table, IReadOnlyList<TableCell> row)
    {
        html.Append("<tr>");
        for (var i = 0; i < row.Count; i++)
        {
            var column = table.Columns[i];
            var header = i == 0 && table.FirstColumnIsRowHeader;
            html.Append(header ? "<th scope=\"row\"" : "<td").Append(AlignClass(column)).Append(CountAttribute(column)).Append('>')
                .Append(HtmlText.Encode(row[i].Display(column.Format)))
                .Append(header ? "</th>" : "</td>");
        }

        html.Append("</tr>\n");
    }

    // Count columns say so in the finished HTML, so that a scan of a published file knows which cells are counts.
    private static string CountAttribute(TableColumn column) => column.HoldsCounts ? " data-count=\"\"" : "";

    private static string AlignClass(TableColumn column) => column.EffectiveAlignment switch
    {
        ColumnAlignment.Right => column.Format is null ? " class=\"al-right\"" : " class=\"num\"",
        ColumnAlignment.Centre => " class=\"al-centre\"",
        _ => "",
    };
}
