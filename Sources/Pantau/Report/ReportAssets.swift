import Foundation

/// The report's only style sheet and script, inline. The page's Content-Security-Policy
/// allows exactly these two by their SHA-256, so no other script or style runs, not even one
/// that scraped text might smuggle in past the escaping.
enum ReportAssets {
    static let style = """
    body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;margin:0 auto;max-width:1100px;padding:0 16px 48px;color:#1a1a1a;line-height:1.45}
    h1{font-size:1.6em;margin:24px 0 8px}h2{border-bottom:2px solid #0072B2;padding-bottom:4px;margin-top:40px}h3{margin-top:28px}
    nav ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:6px 18px}
    dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px}dl.facts dt{font-weight:600}dl.facts dd{margin:0}
    code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.92em;word-break:break-all}
    table.data{border-collapse:collapse;margin:8px 0 16px;font-size:.92em}
    table.data th,table.data td{border:1px solid #ccc;padding:3px 8px;text-align:left;vertical-align:top}
    table.data thead th{background:#eef3f8;cursor:pointer;user-select:none}
    table.data thead th[aria-sort=ascending]::after{content:" \\25B2"}table.data thead th[aria-sort=descending]::after{content:" \\25BC"}
    table.data caption{text-align:left;font-weight:600;padding:4px 0;white-space:nowrap}
    .num{text-align:right!important;font-variant-numeric:tabular-nums}
    td.evidence{max-width:460px}td.date{white-space:nowrap}span.source{color:#555}
    figure.chart{margin:20px 0 28px}figure.chart figcaption{font-weight:600;margin-bottom:4px}
    svg.chart-svg{display:block;max-width:100%;height:auto;font-size:12px}
    svg.chart-svg text{fill:#1a1a1a}svg.chart-svg .axis-label{font-weight:600}svg.chart-svg .tick{fill:#555}
    svg.chart-svg .axis{stroke:#333;stroke-width:1}svg.chart-svg .grid{stroke:#e3e3e3;stroke-width:1}
    details{margin:6px 0}summary{cursor:pointer}
    p.empty,p.note{color:#555}
    footer{margin-top:48px;color:#555;font-size:.9em}
    @media print{details{display:block}nav{display:none}}
    """

    /// Sorts a table by the column whose heading is clicked (or given Enter): numbers by the
    /// cell's data-sort value, text by its words; a second click reverses.
    static let script = """
    (function(){
    function key(cell){var v=cell.getAttribute("data-sort");if(v===null){v=cell.textContent.trim();return v.toLowerCase();}var n=Number(v);return isNaN(n)?v:n;}
    function sortBy(table,th,col){var body=table.tBodies[0];if(!body)return;var asc=th.getAttribute("aria-sort")!=="ascending";
    var heads=table.tHead.rows[0].cells;for(var i=0;i<heads.length;i++)heads[i].removeAttribute("aria-sort");
    th.setAttribute("aria-sort",asc?"ascending":"descending");var rows=Array.prototype.slice.call(body.rows);
    rows.sort(function(a,b){var x=key(a.cells[col]),y=key(b.cells[col]);var r=(typeof x===typeof y)?(x<y?-1:x>y?1:0):(typeof x==="number"?-1:1);return asc?r:-r;});
    rows.forEach(function(r){body.appendChild(r);});}
    var tables=document.querySelectorAll("table.sortable");
    for(var t=0;t<tables.length;t++){(function(table){if(!table.tHead)return;var heads=table.tHead.rows[0].cells;
    for(var c=0;c<heads.length;c++){(function(th,col){th.tabIndex=0;th.addEventListener("click",function(){sortBy(table,th,col);});
    th.addEventListener("keydown",function(e){if(e.key==="Enter"||e.key===" "){e.preventDefault();sortBy(table,th,col);}});})(heads[c],c);}})(tables[t]);}
    })();
    """

    static let styleHash = hash(style)
    static let scriptHash = hash(script)

    /// A CSP source for an inline element's exact text.
    static func hash(_ text: String) -> String {
        "sha256-" + Data(SHA256.digest(Array(text.utf8))).base64EncodedString()
    }
}
