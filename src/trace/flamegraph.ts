// A CPU profile as a self-contained HTML flame graph: what --flamegraph writes.
//
// The page is static HTML and CSS with a few lines of inline script (no external scripts or
// styles): one row per stack depth, the root ("all") at the bottom, each function a box as wide
// as its share of the samples, callers below their callees as in Brendan Gregg's flame graphs.
// Hovering shows a box's function, file and samples; clicking a box zooms the graph to it
// (clicking "all" zooms out). Frames are merged by function name along each path, as
// `go tool pprof -http`'s flame graph does.
//
// Invariant: the page is a function of the profile (deterministic, like the profile file).

import type { CpuProfileData } from "../runtime/cpuprof.js";

interface Node {
  name: string;
  file: string;
  value: number;
  children: Map<string, Node>;
}

function tree(d: CpuProfileData): Node {
  const root: Node = { name: "all", file: "", value: 0, children: new Map() };
  for (const s of d.samples) {
    const n = s.values[0]!;
    root.value += n;
    let at = root;
    for (let i = s.stack.length - 1; i >= 0; i--) {
      const f = s.stack[i]!;
      let c = at.children.get(f.name);
      if (c === undefined) {
        c = { name: f.name, file: f.file, value: 0, children: new Map() };
        at.children.set(f.name, c);
      }
      c.value += n;
      at = c;
    }
  }
  return root;
}

const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A stable colour per function: warm for Go code, blue for the runtime. */
function colour(name: string): string {
  let h = 0;
  for (let i = 0; i < name.length; i++) h = (h * 31 + name.charCodeAt(i)) >>> 0;
  if (name.startsWith("runtime.")) return `hsl(${200 + (h % 30)},60%,${65 + (h % 15)}%)`;
  return `hsl(${10 + (h % 40)},80%,${58 + (h % 15)}%)`;
}

/** The boxes, depth first: [depth, left, width, node] with left and width in samples. */
function layout(root: Node): [number, number, number, Node][] {
  const out: [number, number, number, Node][] = [];
  const walk = (n: Node, depth: number, left: number): void => {
    out.push([depth, left, n.value, n]);
    let x = left;
    const kids = [...n.children.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const c of kids) {
      walk(c, depth + 1, x);
      x += c.value;
    }
  };
  walk(root, 0, 0);
  return out;
}

export function htmlFlamegraph(d: CpuProfileData, title: string): string {
  const root = tree(d);
  const boxes = layout(root);
  const depth = boxes.reduce((m, b) => Math.max(m, b[0]), 0) + 1;
  const total = Math.max(root.value, 1);
  const rowPx = 18;
  const divs = boxes.map(([dp, left, width, n], i) => {
    const pct = ((100 * n.value) / total).toFixed(2);
    const tip = `${n.name}${n.file ? `\n${n.file}` : ""}\n${n.value} samples (${n.value * (d.periodNs / 1e6)}ms, ${pct}%)`;
    return `<div class="b" id="b${i}" data-l="${left}" data-w="${width}" data-d="${dp}" style="bottom:${dp * rowPx}px;` +
      `background:${colour(n.name)}" title="${esc(tip)}">${esc(n.name)}</div>`;
  }).join("\n");
  const ms = (root.value * d.periodNs) / 1e6;
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>
body{font:12px monospace;margin:12px}
#g{position:relative;height:${depth * rowPx + 2}px;overflow:hidden;border-bottom:1px solid #ccc}
.b{position:absolute;height:${rowPx - 2}px;line-height:${rowPx - 2}px;overflow:hidden;white-space:nowrap;
box-sizing:border-box;border:1px solid #fff;padding:0 2px;cursor:pointer;font-size:11px}
</style></head><body>
<h3>${esc(title)}</h3>
<p>CPU profile of simulated time: ${root.value} sample${root.value === 1 ? "" : "s"}, one every ${d.periodNs / 1e6}ms of CPU time (${ms}ms) over
${(d.durationNs / 1e6).toFixed(3)}ms of simulated time. Hover for details, click to zoom, click "all" to reset.</p>
<div id="g">
${divs}
</div>
<script>
(function(){var bs=document.querySelectorAll(".b");
function zoom(l,w,d){for(var i=0;i<bs.length;i++){var b=bs[i],bl=+b.dataset.l,bw=+b.dataset.w,bd=+b.dataset.d;
var inside=bl>=l&&bl+bw<=l+w&&bd>=d,above=bd<d&&bl<=l&&bl+bw>=l+w;
b.style.display=bw>0&&(inside||above)?"":"none";
b.style.left=(inside?100*(bl-l)/w:0)+"%";b.style.width=(inside?100*bw/w:100)+"%";}}
for(var i=0;i<bs.length;i++)bs[i].onclick=function(){zoom(+this.dataset.l,+this.dataset.w,+this.dataset.d)};
zoom(0,${total},0);})();
</script>
</body></html>
`;
}
