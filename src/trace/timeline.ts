// `--timeline`: the run's tracks (tracks.ts) as one self-contained HTML page, or, with
// `--timeline -`, as text in the terminal: a line per event, the last ones before the end.
//
// The page is a small viewer of Chrome trace JSON, the format `--trace` writes (chrome.ts), with
// the run's trace inside it: no network, no library. It draws a row per thread of the trace (a P,
// an M, the GC, a map writer), X slices coloured by goroutine, flow arrows for wake-ups, and the
// global instants as vertical marks, the failure in red. The wheel zooms around the pointer,
// dragging pans, hovering shows a slice's details, and "open" loads any other --trace file. What
// it drew is exposed as window.gortTimeline, which the browser test (tools/browser.test.ts) reads.

import type { TraceData } from "../runtime/trace.js";
import { describeEvent, ms } from "./describe.js";
import { chromeTrace } from "./chrome.js";

/** The most events the text timeline prints. */
const textTimelineEvents = 40;

/** The text timeline: the last events up to the failure (or the end), one line each. Heap
 *  samples are left out. */
export function textTimeline(d: TraceData, max = textTimelineEvents): string {
  const evs = d.events.filter((e) => e.ev !== "HeapAlloc" && e.ev !== "HeapGoal");
  let end = evs.findIndex((e) => e.ev === "Fail");
  end = end < 0 ? evs.length : end + 1;
  const from = Math.max(0, end - max);
  let out = `timeline: ${from > 0 ? `the last ${end - from} of ${end} events` : `${end} events`} (simulated time)\n`;
  for (let i = from; i < end; i++) out += `${ms(evs[i]!.t).padStart(16)}  ${describeEvent(d, evs[i]!)}\n`;
  return out;
}

/** The HTML timeline page: a small viewer of Chrome trace JSON (chrome.ts) with this run's
 *  trace in it; its "open" button loads any other `--trace` file. */
export function htmlTimeline(d: TraceData, title: string): string {
  const json = JSON.stringify({ title, trace: chromeTrace(d, { program: title }), text: textTimeline(d) });
  // "</" cannot end the script element early once escaped.
  return page.replace("%TITLE%", escapeHtml(title)).replace("%DATA%", json.replace(/</g, "\\u003c"));
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>gort timeline: %TITLE%</title>
<style>
body { margin: 0; font: 12px system-ui, sans-serif; color: #222; }
header { padding: 6px 10px; border-bottom: 1px solid #ccc; }
#fail { color: #b00; font-weight: bold; }
canvas { display: block; }
#tip { position: fixed; pointer-events: none; background: #fffbe6; border: 1px solid #aaa; padding: 4px 6px; display: none; white-space: pre; font: 11px monospace; }
pre { margin: 0; padding: 8px 10px; border-top: 1px solid #ccc; font: 11px monospace; }
</style></head><body>
<header><b>gort timeline</b>: <span id="title"></span> &middot; simulated time &middot; wheel: zoom, drag: pan, hover: details
&middot; <label>open a --trace file: <input type="file" id="open" accept=".json"></label>
<div id="fail"></div></header>
<canvas id="c"></canvas><div id="tip"></div>
<pre id="text"></pre>
<script>
const D = %DATA%;
const cv = document.getElementById("c"), cx = cv.getContext("2d"), tip = document.getElementById("tip");
const rowH = 18, labelW = 210, topY = 18;
let V = null, t0 = 0, t1 = 1;
// A Chrome trace (JSON object format) as rows: threads named by thread_name metadata, ordered
// by process, then sort index; X events as slices; s/f pairs as arrows; global instants as marks.
function load(trace, title, text) {
  const evs = Array.isArray(trace) ? trace : trace.traceEvents;
  const rows = new Map(), flows = new Map(), marks = [];
  const row = (pid, tid) => {
    const k = pid + ":" + tid;
    if (!rows.has(k)) rows.set(k, { pid, tid, name: "pid " + pid + " tid " + tid, sort: tid, slices: [] });
    return rows.get(k);
  };
  let end = 0, failure = null;
  for (const e of evs) {
    if (e.ph === "M" && e.name === "thread_name") row(e.pid, e.tid).name = e.args.name;
    else if (e.ph === "M" && e.name === "thread_sort_index") row(e.pid, e.tid).sort = e.args.sort_index;
    else if (e.ph === "X") { row(e.pid, e.tid).slices.push({ start: e.ts, end: e.ts + (e.dur || 0), name: e.name, args: e.args || {} }); end = Math.max(end, e.ts + (e.dur || 0)); }
    else if (e.ph === "s" || e.ph === "f") { const f = flows.get(e.id) || {}; f[e.ph] = { key: e.pid + ":" + e.tid, ts: e.ts }; f.name = e.name; flows.set(e.id, f); }
    else if (e.ph === "i" || e.ph === "I") { marks.push({ t: e.ts, name: e.name, failure: !!(e.args && e.args.failure) }); end = Math.max(end, e.ts); if (e.args && e.args.failure) failure = { t: e.ts, text: e.name }; }
  }
  const list = [...rows.values()].filter((r) => r.slices.length > 0 || r.tid !== 0).sort((a, b) => a.pid - b.pid || a.sort - b.sort);
  const index = new Map(list.map((r, i) => [r.pid + ":" + r.tid, i]));
  const arrows = [...flows.values()].filter((f) => f.s && f.f && index.has(f.s.key) && index.has(f.f.key))
    .map((f) => ({ a: index.get(f.s.key), ta: f.s.ts, b: index.get(f.f.key), tb: f.f.ts, name: f.name }));
  V = { title, rows: list, arrows, marks, failure, end };
  window.gortTimeline = V;
  t0 = 0; t1 = Math.max(end, 1) * 1.02;
  document.getElementById("title").textContent = title;
  document.getElementById("text").textContent = text || "";
  document.getElementById("fail").textContent = failure ? (failure.t / 1000).toFixed(6) + "ms: " + failure.text : "";
  draw();
}
function colour(name) {
  let h = 0; for (let i = 0; i < name.length; i++) h = (h * 31 + name.charCodeAt(i)) >>> 0;
  return "hsl(" + (h % 360) + ",55%,62%)";
}
function x(t) { return labelW + (t - t0) / (t1 - t0) * (cv.width - labelW - 10); }
function tAt(px) { return t0 + (px - labelW) / (cv.width - labelW - 10) * (t1 - t0); }
function draw() {
  cv.width = window.innerWidth; cv.height = topY + V.rows.length * rowH + 10;
  cx.clearRect(0, 0, cv.width, cv.height);
  cx.font = "11px monospace"; cx.fillStyle = "#666";
  for (let k = 0; k <= 5; k++) { const t = t0 + (t1 - t0) * k / 5; cx.fillText((t / 1000).toFixed(3) + "ms", x(t), 12); }
  V.rows.forEach((r, i) => {
    const y = topY + i * rowH;
    cx.fillStyle = i % 2 ? "#f6f6f6" : "#fff"; cx.fillRect(0, y, cv.width, rowH);
    cx.fillStyle = "#222"; cx.fillText(r.name.slice(0, 30), 4, y + 13);
    for (const s of r.slices) {
      if (s.end < t0 || s.start > t1) continue;
      const a = Math.max(x(s.start), labelW), b = Math.max(x(s.end), a + 1);
      cx.fillStyle = colour(s.name.split(" ")[0]); cx.fillRect(a, y + 2, b - a, rowH - 4);
      if (b - a > 40) { cx.fillStyle = "#000"; cx.save(); cx.beginPath(); cx.rect(a, y, b - a, rowH); cx.clip(); cx.fillText(s.name, a + 2, y + 13); cx.restore(); }
    }
  });
  cx.strokeStyle = "#333";
  for (const f of V.arrows) {
    cx.beginPath(); cx.moveTo(x(f.ta), topY + f.a * rowH + rowH / 2); cx.lineTo(x(f.tb), topY + f.b * rowH + rowH / 2); cx.stroke();
  }
  for (const m of V.marks) {
    cx.strokeStyle = m.failure ? "#d00" : "#999"; cx.lineWidth = m.failure ? 2 : 1;
    cx.beginPath(); cx.moveTo(x(m.t), topY); cx.lineTo(x(m.t), cv.height); cx.stroke(); cx.lineWidth = 1;
  }
}
cv.addEventListener("wheel", (e) => {
  e.preventDefault();
  const t = tAt(e.offsetX), k = e.deltaY > 0 ? 1.25 : 0.8;
  t0 = t - (t - t0) * k; t1 = t + (t1 - t) * k; draw();
}, { passive: false });
let drag = null;
cv.addEventListener("mousedown", (e) => { drag = { x: e.offsetX, t0, t1 }; });
window.addEventListener("mouseup", () => { drag = null; });
cv.addEventListener("mousemove", (e) => {
  if (drag) {
    const dt = (e.offsetX - drag.x) / (cv.width - labelW - 10) * (drag.t1 - drag.t0);
    t0 = drag.t0 - dt; t1 = drag.t1 - dt; draw(); return;
  }
  const r = V.rows[Math.floor((e.offsetY - topY) / rowH)], t = tAt(e.offsetX);
  const s = r && r.slices.find((s) => s.start <= t && t <= s.end);
  if (!s) { tip.style.display = "none"; return; }
  tip.textContent = r.name + ": " + s.name + "\\n" + (s.start / 1000).toFixed(6) + "ms .. " + (s.end / 1000).toFixed(6) + "ms\\n" +
    Object.entries(s.args).map(([k, v]) => k + ": " + v).join("\\n");
  tip.style.left = (e.clientX + 12) + "px"; tip.style.top = (e.clientY + 12) + "px"; tip.style.display = "block";
});
document.getElementById("open").addEventListener("change", (e) => {
  const f = e.target.files[0];
  if (!f) return;
  const rd = new FileReader();
  rd.onload = () => load(JSON.parse(rd.result), f.name, "");
  rd.readAsText(f);
});
window.addEventListener("resize", draw);
load(D.trace, D.title, D.text);
</script></body></html>
`;
