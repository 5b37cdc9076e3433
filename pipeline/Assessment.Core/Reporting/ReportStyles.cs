namespace Assessment.Core.Reporting;

/// <summary>
/// The report's stylesheet: calm typography in Inter, one accent colour, and print rules for A4
/// (page margins, chapters on new pages, headings kept with what follows, figures never split,
/// table headers repeated on every page).
/// </summary>
public static class ReportStyles
{
    /// <summary>Page margins in millimetres (top, right, bottom, left); the PDF printer uses the same values.</summary>
    public static (int Top, int Right, int Bottom, int Left) PageMarginsMm { get; } = (22, 18, 20, 18);

    /// <summary>The stylesheet.</summary>
    public const string Css = """
:root{--ink:#1f2328;--muted:#57606a;--rule:#d0d7de;--accent:#1d4e89;--accent-soft:#e8eff7;--zebra:#f6f8fa;--warn:#9a5b00;--warn-soft:#fff5e0;--grey-soft:#f2f3f5}
*{box-sizing:border-box}
html{font-family:Inter,"Segoe UI",Arial,sans-serif;color:var(--ink);font-size:10pt;line-height:1.5;font-variant-numeric:lining-nums}
body{margin:0;background:#fff}
h1,h2,h3,h4{line-height:1.25;font-weight:600;color:var(--ink);break-after:avoid;page-break-after:avoid}
h2{font-size:18pt;font-weight:700;color:var(--accent);margin:0 0 10pt;padding-bottom:5pt;border-bottom:2px solid var(--accent)}
h3{font-size:13pt;margin:16pt 0 6pt}
h4{font-size:11pt;margin:12pt 0 4pt}
p{margin:0 0 7pt;orphans:3;widows:3}
ul{margin:0 0 8pt;padding-left:16pt}
li{margin:0 0 3pt}
a{color:var(--accent)}
.section-number{display:inline-block;min-width:1.6em;color:var(--muted);font-weight:600}
.skip-link{position:absolute;left:-999px;top:0;background:#fff;padding:6px 10px;z-index:10}
.skip-link:focus{left:8px}
.cover{display:flex;flex-direction:column;min-height:100vh;padding:0 0 12mm}
.cover-band{height:8mm;background:var(--accent);margin-bottom:38mm}
.cover-partnership{font-size:14pt;font-weight:600;color:var(--accent);margin:0 0 10pt}
.cover h1{font-size:30pt;font-weight:700;margin:0 0 8pt;letter-spacing:-0.01em}
.cover-subtitle{font-size:14pt;color:var(--muted);margin:0 0 28pt}
.cover-meta{display:grid;grid-template-columns:max-content 1fr;gap:4pt 14pt;margin:0;font-size:11pt}
.cover-meta dt{color:var(--muted)}
.cover-meta dd{margin:0;font-weight:600}
.cover-classification{margin-top:auto;border-top:1px solid var(--rule);padding-top:8pt;font-size:9pt;color:var(--muted)}
.cover-classification strong{color:var(--ink);letter-spacing:.06em}
.contents{break-before:page;break-after:page}
.contents ol{list-style:none;margin:0;padding:0}
.contents li{margin:0;break-inside:avoid}
.contents a{display:flex;align-items:baseline;color:var(--ink);text-decoration:none;padding:3pt 0}
.contents .toc-1>a{font-weight:600;margin-top:5pt}
.contents .toc-2>a{padding-left:2.2em;color:var(--muted)}
.toc-number{min-width:2.2em}
.toc-2 .toc-number{min-width:2.6em}
.toc-leader{flex:1;border-bottom:1px dotted #9aa3ad;margin:0 6pt;transform:translateY(-3pt)}
.toc-page{width:2.4em;text-align:right;font-variant-numeric:tabular-nums}
main>section{break-before:page}
main>section.brief{break-before:auto;margin-top:2em}
section section{break-before:auto}
.key-facts{display:grid;grid-template-columns:repeat(auto-fit,minmax(36mm,1fr));gap:6pt;margin:6pt 0 12pt;padding:0;break-inside:avoid}
.key-facts-title{font-weight:600;margin:8pt 0 4pt}
.fact{background:var(--accent-soft);border-top:3px solid var(--accent);padding:7pt 9pt}
.fact dt{font-size:8.5pt;color:var(--muted);margin:0}
.fact .fact-value{font-size:17pt;font-weight:700;margin:2pt 0 0;font-variant-numeric:tabular-nums}
.fact .fact-text{font-size:12pt;line-height:1.3;padding-top:3pt}
.fact .fact-note{font-size:8.5pt;color:var(--muted);margin:1pt 0 0}
.callout{border-left:4px solid var(--accent);background:var(--accent-soft);padding:7pt 10pt;margin:8pt 0 10pt;break-inside:avoid}
.callout-title{font-weight:600;margin:0 0 2pt}
.callout p:last-child{margin-bottom:0}
.callout-warning{border-color:var(--warn);background:var(--warn-soft)}
.callout-not-yet{border-color:#6e7781;background:var(--grey-soft)}
.table-block{margin:8pt 0 14pt}
.keep-together{break-inside:avoid}
table th:first-child{min-width:32mm}
table{width:100%;border-collapse:collapse;font-size:9pt;font-variant-numeric:tabular-nums}
caption{caption-side:top;text-align:left;font-weight:600;font-size:9.5pt;padding:0 0 4pt}
thead{display:table-header-group}
tfoot{display:table-row-group}
tr{break-inside:avoid}
th{text-align:left}
th,td{padding:3.5pt 6pt;vertical-align:top;border-bottom:1px solid #e4e8ec;overflow-wrap:break-word}
thead th{background:var(--accent);color:#fff;font-weight:600;border-bottom:none;vertical-align:bottom;white-space:normal}
tbody tr:nth-child(even){background:var(--zebra)}
tbody th{font-weight:400;text-align:left}
tfoot th,tfoot td{font-weight:700;border-top:1.5px solid var(--ink);border-bottom:1.5px solid var(--ink)}
.num{text-align:right;white-space:nowrap}
thead th.num{white-space:normal}
table.compact{font-size:7.5pt}
table.compact th,table.compact td{padding:2.5pt 3pt}
.al-left{text-align:left}.al-centre{text-align:center}.al-right{text-align:right}
.table-source,.figure-source{font-size:8pt;color:var(--muted);margin:3pt 0 0}
.table-empty{font-style:italic;color:var(--muted)}
.rag{display:inline-block;padding:0 5pt;border-radius:2pt;font-size:8pt;font-weight:600;white-space:nowrap}
.rag-red{background:#f6d5d3;color:#8a1c12}.rag-amber{background:#fbe6c2;color:#7a4a00}.rag-green{background:#d4ecd9;color:#1b5e2c}.rag-complete{background:#dde3ea;color:#2c3e50}.rag-notstarted{background:#eceef0;color:#57606a}.rag-notassessed{background:#fff;color:#57606a;border:1px solid #c9ced4}
.measure{margin:0 0 3pt}.measure:last-child{margin-bottom:0}.measure .rag{white-space:normal}
figure.chart{margin:10pt 0 14pt;break-inside:avoid}
.figure-title{font-weight:600;font-size:9.5pt;margin:0 0 4pt}
.chart-image svg{display:block;max-width:100%;height:auto}
figure.map .chart-image svg{margin:0 auto}
figcaption{font-size:8.5pt;color:var(--muted);margin-top:4pt}
figcaption .figure-caption{margin:0 0 2pt;color:var(--ink)}
.chart-unavailable{border:1px dashed #9aa3ad;background:var(--grey-soft);padding:8pt 10pt}
.chart-unavailable p{margin:0 0 4pt}
dl.definitions{margin:0}
dl.definitions dt{font-weight:600;margin-top:6pt;break-after:avoid}
dl.definitions dd{margin:0 0 2pt}
.page-break{break-after:page;height:0}
@page{size:A4;margin:22mm 18mm 20mm 18mm}
@media screen{
 body{max-width:52rem;margin:0 auto;padding:0 1.5rem 3rem}
 .cover{min-height:auto;padding:0 0 2rem;border-bottom:1px solid var(--rule)}
 .cover-band{margin-bottom:2rem}
 .toc-leader,.toc-page{display:none}
 main>section{margin-top:3rem}
 .page-break{display:none}
}
@media print{
 .cover{height:250mm;min-height:0}
 .skip-link{display:none}
 a{text-decoration:none}
}
""";
}
