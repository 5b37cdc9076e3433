using System.Globalization;
using System.Text;

namespace Assessment.Core.Reporting;

/// <summary>Writes one block at a time into the report HTML; numbers figures and tables in reading order.</summary>
internal sealed class HtmlBlockWriter(StringBuilder html, ReportRenderAssets assets)
{
    private int figures;
    private readonly HtmlTableWriter tables = new(html);

    public void Write(ReportBlock block, int minorHeadingLevel)
    {
        switch (block)
        {
            case HeadingBlock heading:
                var level = Math.Min(minorHeadingLevel, 4).ToString(CultureInfo.InvariantCulture);
                html.Append("<h").Append(level).Append('>').Append(HtmlText.Encode(heading.Text)).Append("</h").Append(level).Append(">\n");
                break;
            case ParagraphBlock paragraph:
                html.Append("<p>").Append(InlineMarkup.ToHtml(paragraph.Text)).Append("</p>\n");
                break;
            case BulletListBlock list:
                html.Append("<ul>\n");
                foreach (var item in list.Items) html.Append("<li>").Append(InlineMarkup.ToHtml(item)).Append("</li>\n");
                html.Append("</ul>\n");
                break;
            case DefinitionListBlock definitions:
                html.Append("<dl class=\"definitions\">\n");
                foreach (var d in definitions.Definitions)
                    html.Append("<dt>").Append(HtmlText.Encode(d.Term)).Append("</dt><dd>").Append(InlineMarkup.ToHtml(d.Meaning)).Append("</dd>\n");
                html.Append("</dl>\n");
                break;
            case KeyFactsBlock facts:
                WriteKeyFacts(facts);
                break;
            case CalloutBlock callout:
                var css = callout.Kind switch { CalloutKind.Warning => "callout-warning", CalloutKind.NotYetAvailable => "callout-not-yet", _ => "callout-info" };
                html.Append("<aside class=\"callout ").Append(css).Append("\" role=\"note\">\n<p class=\"callout-title\">")
                    .Append(HtmlText.Encode(callout.EffectiveTitle)).Append("</p>\n<p>").Append(InlineMarkup.ToHtml(callout.Text)).Append("</p>\n</aside>\n");
                break;
            case TableBlock { Printed: false } table:
                html.Append("<p class=\"csv-only\">").Append(HtmlText.Encode($"The full table \u201c{table.Table.Caption}\u201d is in the CSV output: tables/{table.Table.Id}.csv.")).Append("</p>\n");
                break;
            case TableBlock table:
                tables.Write(table.Table);
                break;
            case ActionPlanBlock plan:
                tables.WriteActionPlan(plan);
                break;
            case ChartBlock chart:
                WriteChart(chart);
                break;
            case PageBreakBlock:
                html.Append("<div class=\"page-break\" aria-hidden=\"true\"></div>\n");
                break;
            default:
                throw new NotSupportedException($"The report cannot render a {block.GetType().Name}.");
        }
    }

    private void WriteKeyFacts(KeyFactsBlock facts)
    {
        if (facts.Title is not null) html.Append("<p class=\"key-facts-title\">").Append(HtmlText.Encode(facts.Title)).Append("</p>\n");
        html.Append("<dl class=\"key-facts\">\n");
        foreach (var fact in facts.Facts)
        {
            // Words set in the large figure size wrap badly in a narrow tile; they get a smaller size.
            var valueClass = fact.Value.Length > 12 ? "fact-value fact-text" : "fact-value";
            html.Append("<div class=\"fact\"><dt>").Append(HtmlText.Encode(fact.Label)).Append("</dt><dd class=\"").Append(valueClass).Append("\">")
                .Append(HtmlText.Encode(fact.Value)).Append("</dd>");
            if (!string.IsNullOrWhiteSpace(fact.Note)) html.Append("<dd class=\"fact-note\">").Append(HtmlText.Encode(fact.Note)).Append("</dd>");
            html.Append("</div>\n");
        }

        html.Append("</dl>\n");
    }

    private void WriteChart(ChartBlock chart)
    {
        figures++;
        var kind = chart.Kind == ChartKind.Map ? "chart map" : "chart";
        var titleId = chart.Id + "-title";
        html.Append("<figure class=\"").Append(kind).Append("\" id=\"").Append(chart.Id).Append("\" aria-labelledby=\"").Append(titleId).Append("\">\n")
            .Append("<p class=\"figure-title\" id=\"").Append(titleId).Append("\">Figure ").Append(figures.ToString(CultureInfo.InvariantCulture))
            .Append(". ").Append(HtmlText.Encode(chart.Title)).Append("</p>\n");

        if (assets.ChartSvgs.TryGetValue(chart.Id, out var svg))
        {
            // The picture carries the text alternative; the caption and source below stay readable to screen readers.
            html.Append("<div class=\"chart-image\" role=\"img\" aria-label=\"").Append(HtmlText.Encode(chart.AltText)).Append("\">\n")
                .Append(svg.Trim()).Append("\n</div>\n");
        }
        else
        {
            var reason = assets.ChartProblems.TryGetValue(chart.Id, out var problem) ? problem : "no chart renderer was available when this report was produced";
            html.Append("<div class=\"chart-unavailable\">\n<p>").Append(HtmlText.Encode(chart.AltText)).Append("</p>\n")
                .Append("<p class=\"figure-source\">This chart could not be drawn: ").Append(HtmlText.Encode(reason.TrimEnd('.'))).Append(". The text above describes what it shows.</p>\n</div>\n");
        }

        html.Append("<figcaption>");
        if (!string.IsNullOrWhiteSpace(chart.Caption)) html.Append("<p class=\"figure-caption\">").Append(InlineMarkup.ToHtml(chart.Caption)).Append("</p>");
        html.Append("<p class=\"figure-source\">Source: ").Append(HtmlText.Encode(chart.Source)).Append("</p></figcaption>\n</figure>\n");
    }
}
