/**
 * The report's only stylesheet, inlined. Side accents match the first two chart colours (charts/palette.ts);
 * every text/background pair here passes WCAG AA in both schemes. Charts keep a white panel in dark mode
 * so their pinned colours stay valid.
 */
import { html } from './html.ts';

// Written through `html` (no interpolations) so the constant stylesheet is SafeHtml without any raw-markup escape hatch.
export const reportCss = html`
:root{--bg:#fbfaf7;--fg:#1f1f1f;--muted:#4d4d4d;--rule:#d9d5cc;--card:#ffffff;--a:#1d5a85;--b:#b0481c;--a-soft:#eaf1f7;--b-soft:#f8ece6;--code:#f1efe9;color-scheme:light dark}
@media (prefers-color-scheme:dark){:root{--bg:#15171a;--fg:#e9e6e0;--muted:#b9b4aa;--rule:#3a3d42;--card:#1e2125;--a:#8cbde3;--b:#f0a27c;--a-soft:#1b2a36;--b-soft:#35231b;--code:#2a2d31}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
.page{max-width:74rem;margin:0 auto;padding:1.5rem 1rem 4rem}
main:focus{outline:none}
.skip-link{position:absolute;left:.5rem;top:-4rem;z-index:10;background:var(--card);color:var(--a);border:2px solid var(--a);padding:.5rem .75rem;font-weight:600}
.skip-link:focus{top:.5rem}
a:focus-visible,summary:focus-visible,[tabindex]:focus-visible{outline:3px solid var(--a);outline-offset:2px}
mark{background:#fbe38e;color:#1f1f1f;padding:0 .1em;border-radius:2px}
.overview{margin:0 0 3rem}
.overview-grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,21rem),1fr));gap:1rem;align-items:start}
.overview-tension{background:var(--card);border:1px solid var(--rule);border-radius:6px;padding:.75rem;min-width:0}
.overview-tension h3 a{color:inherit}
.overview-sentence{font-size:.92rem;margin:.35rem 0 .5rem}
.overview-figure{margin:0;background:#fff;border-radius:4px;padding:.4rem}
.overview-figure svg{display:block;width:100%;height:auto;max-width:30rem;margin:0 auto}
.highlights{list-style:none;padding:0;margin:.5rem 0;font-size:.9rem}
.highlights li{margin:.35rem 0;padding-left:.6rem;border-left:3px solid var(--rule);overflow-wrap:anywhere}
.highlights .where{font-size:.75rem;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);margin-right:.4rem}
h1,h2,h3{font-family:Georgia,"Times New Roman",serif;font-weight:normal;line-height:1.2;margin:0}
h1{font-size:2rem;margin:.25rem 0 .75rem}
h2{font-size:1.6rem;margin:0 0 .25rem}
h3{font-size:1.15rem;margin:0 0 .5rem}
a{color:var(--a)}
.label{font-weight:600}
.page-header{border-bottom:2px solid var(--fg);padding-bottom:1rem;margin-bottom:1.5rem}
.kicker{text-transform:uppercase;letter-spacing:.08em;font-size:.8rem;color:var(--muted);margin:0}
.owner{color:var(--muted)}
.lede{font-size:1.1rem;max-width:46rem;margin:0 0 1rem}
.facts{display:flex;flex-wrap:wrap;gap:.5rem 2.5rem;margin:0}
.facts dt{font-size:.8rem;text-transform:uppercase;letter-spacing:.06em;color:var(--muted)}
.facts dd{margin:0}
.facts ul{margin:0;padding:0;list-style:none}
.path{overflow-wrap:anywhere;font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85em}
td.path{min-width:10rem}
.toc{border:1px solid var(--rule);background:var(--card);padding:1rem 1.25rem;margin:0 0 2.5rem;max-width:46rem}
.toc h2{font-size:1.2rem}
.toc ol{margin:.5rem 0 0;padding-left:1.4rem}
.toc li{margin:.2rem 0}
.toc-sides{color:var(--muted);font-size:.85rem;white-space:nowrap}
.tension{margin:0 0 3.5rem;padding-top:1rem;border-top:1px solid var(--rule)}
.essay{font-style:italic;color:var(--muted);margin:0 0 1.25rem;max-width:46rem}
.sides{display:grid;grid-template-columns:minmax(0,1fr) auto minmax(0,1fr);gap:1rem;align-items:start}
.side{border-top:6px solid var(--a);background:var(--a-soft);padding:.75rem;border-radius:0 0 6px 6px;min-width:0}
.side-second{border-top-color:var(--b);background:var(--b-soft)}
.side-name{margin:0 0 .75rem;font-size:1rem;font-weight:700;letter-spacing:.06em;text-transform:uppercase;color:var(--a)}
.side-second .side-name{color:var(--b)}
.versus{align-self:center;writing-mode:vertical-rl;transform:rotate(180deg);color:var(--muted);font-style:italic;letter-spacing:.2em;font-size:.85rem}
.empty{color:var(--muted);font-style:italic}
.indicator{background:var(--card);border:1px solid var(--rule);border-radius:6px;padding:1rem;margin:0 0 1rem;min-width:0}
.figure-line{display:flex;flex-wrap:wrap;gap:.25rem 1rem;align-items:baseline;margin:0 0 .75rem}
.value{margin:0;flex:0 0 auto;max-width:100%}
.number{font-size:2rem;font-family:Georgia,"Times New Roman",serif;line-height:1.1}
.display{color:var(--muted)}
.value.missing .status{font-style:italic;font-size:1.05rem}
.caveat{margin:0;flex:1 1 14rem;font-size:.9rem;border-left:3px solid var(--rule);padding-left:.6rem}
.reason,.definition,.by-platform,.more{font-size:.9rem;margin:.5rem 0}
.window{color:var(--muted)}
.notes{font-size:.9rem;margin:.5rem 0;padding-left:1.2rem}
.question{margin:.75rem 0 0;padding:.6rem .75rem;border-left:3px solid var(--fg);background:var(--code);font-family:Georgia,"Times New Roman",serif;font-size:1.02rem}
.question .label{display:block;font-family:system-ui,sans-serif;font-size:.75rem;text-transform:uppercase;letter-spacing:.06em;color:var(--muted)}
.references{font-size:.85rem;margin:.75rem 0 0}
.references .label{margin:0;font-size:.75rem;text-transform:uppercase;letter-spacing:.06em;color:var(--muted)}
.references ul{margin:.25rem 0 0;padding-left:1.1rem}
.source{color:var(--muted)}
.tag{display:inline-block;font-size:.72rem;border:1px solid var(--muted);border-radius:3px;padding:0 .3rem;margin-right:.2rem;color:var(--muted)}
.table-wrap{overflow-x:auto;max-width:100%}
.table-wrap:focus-visible{outline:2px solid var(--a);outline-offset:2px}
table{border-collapse:collapse;font-size:.85rem;margin:.5rem 0;min-width:50%}
caption{text-align:left;font-weight:600;padding-bottom:.2rem}
th,td{border-bottom:1px solid var(--rule);padding:.2rem .6rem .2rem 0;text-align:left;vertical-align:top;overflow-wrap:break-word}
th{font-weight:600}
td{max-width:22rem}
td.num,.parts td{text-align:right;font-variant-numeric:tabular-nums}
.parts th{font-weight:normal}
.chart{margin:.75rem 0 0;background:#fff;color:#222;border:1px solid var(--rule);border-radius:4px;padding:.5rem}
.chart svg{display:block;width:100%;height:auto;margin:0 auto}
.chart figcaption{font-size:.85rem;margin-top:.4rem}
.chart-data{font-size:.85rem;margin:.25rem 0 .5rem}
.chart-data summary{cursor:pointer;color:var(--muted)}
.chart-missing{font-style:italic}
.chart-empty{font-size:.9rem;margin:.5rem 0}
.data-quality,.limits,.extra{border-top:1px solid var(--rule);padding-top:1rem;margin:0 0 3rem}
.extra .lede,.extra p{max-width:46rem}
.extra .small{font-size:.8rem;color:var(--muted)}
.extra li{overflow-wrap:anywhere}
.extra pre.example{background:var(--code);padding:.75rem;overflow-x:auto;font-size:.85rem}
.aim{margin:1rem 0 1.5rem}
.aim .targets{font-size:.85rem;color:var(--muted)}
.excerpt{font-family:ui-monospace,monospace;font-size:.8rem}
td.num{text-align:right}
.data-quality h3,.limits h3{margin-top:1.25rem}
.limits p{max-width:46rem}
.missing-list{color:var(--muted)}
.diagnostics{list-style:none;padding:0;margin:0}
.diag{border-left:4px solid var(--rule);padding:.2rem 0 .2rem .75rem;margin:.6rem 0}
.diag p{margin:0}
.diag-error{border-left-color:#b3261e}
.diag-warning{border-left-color:#a35f00}
.severity{text-transform:uppercase;font-size:.72rem;letter-spacing:.06em;color:var(--muted)}
.count{color:var(--muted)}
.hint{font-size:.85rem;color:var(--muted)}
.examples{font-size:.85rem;margin:.2rem 0;padding-left:1.1rem;overflow-wrap:anywhere}
code{background:var(--code);padding:0 .25rem;border-radius:3px;font-size:.8em}
footer{color:var(--muted);font-size:.85rem;border-top:1px solid var(--rule);padding-top:1rem}
@media (max-width:760px){
 .page{padding:1rem .75rem 3rem}
 h1{font-size:1.6rem}
 .sides{grid-template-columns:minmax(0,1fr)}
 .versus{writing-mode:horizontal-tb;transform:none;text-align:center}
 .side{padding:.4rem}
 .indicator{padding:.6rem}
 .chart{padding:.25rem}
 .overview-tension{padding:.5rem}
 .overview-figure{padding:0}
 td{max-width:12rem}
 .number{font-size:1.7rem}
}
@media print{
 :root{--bg:#fff;--fg:#000;--muted:#444;--card:#fff;--a:#1d5a85;--b:#b0481c;--a-soft:#fff;--b-soft:#fff;--code:#f3f3f3;--rule:#bbb}
 @page{margin:14mm}
 body{font-size:10pt}
 .page{max-width:none;padding:0}
 .skip-link{display:none}
 .overview-grid{grid-template-columns:1fr 1fr;gap:4mm}
 .overview-tension{break-inside:avoid}
 .overview-figure,.chart{print-color-adjust:exact;-webkit-print-color-adjust:exact}
 mark{print-color-adjust:exact;-webkit-print-color-adjust:exact;text-decoration:underline}
 .toc{break-after:page}
 .tension,.data-quality,.limits,.extra{break-before:page;border-top:none}
 /* On paper the two sides are stacked at full width: half-width columns squeezed the tables into slivers and
    doubled the page count, and Chromium does not split a tall grid row across pages well. */
 .sides{display:block}
 .side{margin:0 0 4mm;border-radius:0}
 .versus{writing-mode:horizontal-tb;transform:none;text-align:center;margin:0 0 3mm}
 .figure-line,.chart,table,.question,.references{break-inside:avoid}
 h2,h3,.essay{break-after:avoid}
 .chart-data{display:none}
 .chart svg{max-width:120mm}
 .table-wrap{overflow:visible}
 td{overflow-wrap:anywhere}
 h3{break-inside:avoid}
 td.path{min-width:0}
 a{color:inherit;text-decoration:none}
}
`;
