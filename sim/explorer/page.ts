/**
 * The explorer's `index.html`: the page's frame (search, reference and start choices, share and
 * download buttons, the command line, the results area) with its style inline; everything else
 * comes from `app.js`. No font, script or style from anywhere but the page's own files.
 */

const STYLE = `
*{box-sizing:border-box}
body{font-family:system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:0;color:#222;
line-height:1.4;display:grid;grid-template-columns:minmax(340px,430px) 1fr;height:100vh}
header{grid-column:1/3;padding:.6rem 1rem;border-bottom:1px solid #ccc;display:flex;gap:1rem;
align-items:center;flex-wrap:wrap}
header h1{font-size:1.2rem;margin:0}
aside{overflow-y:auto;border-right:1px solid #ccc;padding:.5rem .8rem}
main{overflow-y:auto;padding:.5rem 1.2rem}
.en{color:#666;font-weight:normal;font-size:.85em}
#search{width:100%;padding:.4rem;font-size:1rem;margin:.3rem 0}
details.group>summary{font-weight:600;font-size:1.05rem;margin-top:.6rem;cursor:pointer}
details.section{margin-left:.5rem}
details.section>summary{font-weight:600;margin:.4rem 0;cursor:pointer}
.lever{padding:.3rem .2rem;border-bottom:1px solid #eee}
.lever label{display:block;font-size:.9rem}
.lever .unit{color:#888;font-size:.8em}
.lever .inputs{display:flex;gap:.4rem;align-items:center}
.lever input[type=range]{flex:1}
.lever.changed{background:#eef5fc}
.lever .reference{font-size:.8rem;color:#1f5fa0}
.lever .problem,#messages{color:#a50e0e;background:#fce8e6;font-size:.85rem;padding:.2rem .4rem;
border-radius:3px}
.lever.invalid input{outline:2px solid #d93025}
.lever .doc{font-size:.78rem;color:#555}
.lever .doc summary{cursor:pointer;color:#888}
#cli{background:#f4f4f4;padding:.4rem .6rem;font-size:.85rem;white-space:pre-wrap}
table{border-collapse:collapse;margin:.6rem 0;font-size:.85rem}
th,td{border:1px solid #ddd;padding:.25rem .45rem;text-align:left;vertical-align:top}
td.num{text-align:right;font-variant-numeric:tabular-nums}
.met{background:#e6f4ea}.missed{background:#fce8e6}.na{color:#888}
h2{font-size:1.1rem;border-bottom:1px solid #ccc;margin-top:1.6rem}
.intro{color:#444;font-size:.9rem;max-width:900px}
#status-text{font-size:.9rem}progress{width:220px}
button,select{font:inherit}
`;

/** The page. */
export function explorerPage(): string {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>接电 情景探索 · jiedian scenario explorer</title>
<link rel="icon" href="data:,">
<style>${STYLE}</style>
<script type="module" src="./app.js"></script>
</head>
<body>
<header>
<h1>接电 情景探索 <span class="en">scenario explorer</span></h1>
<label>参照 reference <select id="reference"></select></label>
<label>从情景开始 start from <select id="start"></select></label>
<button id="reset" type="button">恢复参照 reset to reference</button>
<button id="download-scenario" type="button">下载情景 Download scenario JSON</button>
<button id="download-summary" type="button" disabled>下载结果 Download summary.json</button>
<button id="stop" type="button">停止 Stop</button>
<div id="status" data-state="starting"><progress id="progress" max="1" value="0"></progress>
<span id="status-text">loading 加载中…</span></div>
</header>
<aside>
<input id="search" type="search" placeholder="搜索杠杆 search levers (中文 or English)" aria-label="search levers">
<label><input id="changed-only" type="checkbox"> 仅显示已改动 only changed
(<span id="changed-count">0</span>)</label> · <span id="shown-count">0</span> shown
<div id="controls"></div>
</aside>
<main>
<div id="messages" role="alert" hidden></div>
<p class="intro">数据 Data: the default county (Wuzhi County, Henan; synthetic, every assumption in
data/README.md) and the State Council's working calendar, built into the page. Targets: plan
武发改能源〔2023〕114号.</p>
<p>复现 Reproduce with the command line (save the downloaded scenario in the repository first):</p>
<pre id="cli"></pre>
<div id="results"><p>Results appear here as replications finish. 结果将随重复运行完成逐步显示。</p></div>
<noscript>The explorer runs the simulator in the browser: it needs JavaScript.</noscript>
</main>
</body>
</html>
`;
}
