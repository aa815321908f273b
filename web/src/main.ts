// The playground page: the editor, the settings, the buttons and the panes, talking to the
// simulator's worker (worker.ts) through protocol.ts. Everything runs in the page: the worker
// compiles and runs the program; this thread only draws.
//
// State: the current request (one at a time; Stop terminates the worker and starts a new one),
// the last summary (its rows replay their runs when clicked) and the last run (what Share puts
// in the link).

import { EditorView, basicSetup } from "codemirror";
import { keymap } from "@codemirror/view";
import { go } from "@codemirror/lang-go";
import { examples } from "./examples.js";
import { decodeShare, encodeShare } from "./share.js";
import { defaultSettings, type Reply, type Request, type RunReply, type Schedule, type Settings, type SummaryReply } from "./protocol.js";

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

const view = new EditorView({
  parent: $("editor"),
  extensions: [basicSetup, go(), EditorView.lineWrapping, keymap.of([{ key: "Mod-Enter", run: () => (runOnce(), true) }])],
});

function source(): string {
  return view.state.doc.toString();
}

function setSource(text: string): void {
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
}

// ---- Settings ---------------------------------------------------------------------------------

function settings(): Settings {
  const v = (id: string): string => $<HTMLInputElement>(id).value.trim();
  return {
    cpus: Math.min(256, Math.max(1, Number(v("cpus")) || 4)),
    gomaxprocs: v("gomaxprocs"), gogc: v("gogc"), gotraceback: v("gotraceback"), godebug: v("godebug"),
    race: $<HTMLInputElement>("race").checked, leaks: $<HTMLInputElement>("leaks").checked,
    model: $<HTMLSelectElement>("model").value,
  };
}

function setSettings(s: Settings): void {
  $<HTMLInputElement>("cpus").value = String(s.cpus);
  for (const k of ["gomaxprocs", "gogc", "gotraceback", "godebug"] as const) $<HTMLInputElement>(k).value = s[k];
  $<HTMLInputElement>("race").checked = s.race;
  $<HTMLInputElement>("leaks").checked = s.leaks;
  $<HTMLSelectElement>("model").value = s.model ?? "go1.19";
}

function seed(): number {
  const n = Number($<HTMLInputElement>("seed").value);
  return Number.isInteger(n) && n >= 0 && n <= 2 ** 32 - 1 ? n : 1;
}

// ---- The worker -------------------------------------------------------------------------------

let worker: Worker;
let nextId = 1;
let busy: number | undefined;
let ready = false;

function startWorker(): void {
  worker = new Worker(new URL("./worker.ts", import.meta.url), { type: "module" });
  worker.onmessage = (e: MessageEvent<Reply>) => onReply(e.data);
  worker.onerror = (e) => status(`worker error: ${e.message}`);
}

/** A request without its id (Omit over each member of the union). */
type Unsent<T> = T extends unknown ? Omit<T, "id"> : never;

function send(q: Unsent<Request>): void {
  if (busy !== undefined) return;
  const id = nextId++;
  busy = id;
  setBusy(true);
  worker.postMessage({ ...q, id } as Request);
}

function setBusy(on: boolean): void {
  for (const id of ["run", "explore"]) $<HTMLButtonElement>(id).disabled = on || !ready;
  $<HTMLButtonElement>("stop").disabled = !on;
  document.body.dataset["busy"] = on ? "1" : "";
}

function status(text: string): void {
  $("status").textContent = text;
}

function onReply(r: Reply): void {
  switch (r.kind) {
    case "ready":
      ready = true;
      setBusy(false);
      status(`ready (grammars loaded in ${r.ms} ms)`);
      document.body.dataset["ready"] = "1";
      if (pending !== undefined) {
        const p = pending;
        pending = undefined;
        p();
      }
      return;
    case "progress":
      $("bar").style.width = `${(100 * r.done) / r.total}%`;
      status(`exploring: ${r.done}/${r.total}`);
      return;
    case "compile-error":
      done();
      showOutput([{ fd: 2, text: r.text }], `exit status ${r.exitCode} (the program did not compile)`);
      selectTab("output");
      status("compile error");
      return;
    case "error":
      done();
      showOutput([{ fd: 2, text: r.text + "\n" }], "");
      status("error");
      return;
    case "result":
      done();
      showRun(r);
      return;
    case "summary":
      done();
      showSummary(r);
      return;
  }
}

function done(): void {
  busy = undefined;
  setBusy(false);
}

// ---- Runs ---------------------------------------------------------------------------------------

/** The run Share puts in the link: its schedule and the settings it ran with, and the program
 *  it ran (the editor may have changed since). */
let lastRun: RunReply | undefined;
let lastRunSrc = "";
let sentSrc = "";
let pending: (() => void) | undefined;

function runOnce(): void {
  runSchedule({ seed: seed(), devs: [] }, settings());
}

function runSchedule(schedule: Schedule, s: Settings): void {
  status(`running seed ${schedule.seed}…`);
  sentSrc = source();
  send({ kind: "run", src: sentSrc, settings: s, schedule });
}

function showOutput(chunks: { fd: 1 | 2; text: string }[], exit: string): void {
  const out = $("output");
  out.textContent = "";
  for (const c of chunks) {
    const span = document.createElement("span");
    if (c.fd === 2) span.className = "err";
    span.textContent = c.text;
    out.append(span);
  }
  if (exit !== "") {
    const span = document.createElement("span");
    span.className = "exit";
    span.textContent = `\n${exit}\n`;
    out.append(span);
  }
  $("replay").textContent = "";
}

function showRun(r: RunReply): void {
  lastRun = r;
  lastRunSrc = sentSrc;
  const devs = r.schedule.devs.length === 0 ? "" : `, ${r.schedule.devs.length / 2} deviations`;
  showOutput(r.output, `Program exited: exit status ${r.exitCode} (seed ${r.schedule.seed}${devs}; ${fmtNs(r.simNs)} simulated, ${Math.round(r.ms)} ms here)`);
  $("replay").innerHTML = "";
  const lines = [`replay in a terminal (save the program as prog.go): ${r.command}`];
  if (r.schedule.devs.length === 0) lines.push(`replay token: ${r.token}`);
  for (const l of lines) {
    const d = document.createElement("div");
    d.textContent = l;
    $("replay").append(d);
  }
  $("explain").textContent = r.explanation;
  $<HTMLIFrameElement>("timeline").srcdoc = r.timeline;
  document.body.dataset["outcome"] = r.outcome;
  status(`seed ${r.schedule.seed}: ${r.outcome}`);
}

function fmtNs(ns: number): string {
  return ns >= 1e9 ? `${(ns / 1e9).toFixed(3)} s` : ns >= 1e6 ? `${(ns / 1e6).toFixed(3)} ms` : `${(ns / 1e3).toFixed(1)} µs`;
}

// ---- Exploration ----------------------------------------------------------------------------------

function exploreMany(): void {
  const runs = Math.min(100_000, Math.max(1, Math.floor(Number($<HTMLInputElement>("runs").value)) || 200));
  const strategy = $<HTMLSelectElement>("strategy").value;
  const s = settings();
  summarySettings = s;
  $("summary").hidden = false;
  $("bar").style.width = "0";
  $("how").textContent = "";
  $("outcomes").querySelector("tbody")!.textContent = "";
  $("races").textContent = "";
  status(`exploring: 0/${runs}`);
  send({ kind: "explore", src: source(), settings: s, from: seed(), runs, strategy });
}

let summarySettings: Settings = defaultSettings;

function showSummary(r: SummaryReply): void {
  $("bar").style.width = "100%";
  $("how").textContent = `${r.runs} runs (${r.how}) in ${(r.ms / 1000).toFixed(2)} s: ${r.perSecond} runs/s. Click an outcome to replay it.`;
  document.body.dataset["perSecond"] = String(r.perSecond);
  const body = $("outcomes").querySelector("tbody")!;
  body.textContent = "";
  for (const o of r.outcomes) {
    const tr = document.createElement("tr");
    tr.className = o.exitCode === 0 ? "ok" : "fail";
    const pct = ((o.count * 100) / r.runs).toFixed(1);
    for (const [cls, text] of [["n", `${o.count} (${pct}%)`], ["what", o.label], ["seed", o.schedule.devs.length === 0 ? `seed ${o.schedule.seed}` : `seed ${o.schedule.seed} +${o.schedule.devs.length / 2}`]] as const) {
      const td = document.createElement("td");
      td.className = cls;
      td.textContent = text;
      tr.append(td);
    }
    tr.addEventListener("click", () => {
      for (const x of body.querySelectorAll("tr")) x.classList.remove("sel");
      tr.classList.add("sel");
      $<HTMLInputElement>("seed").value = String(o.schedule.seed);
      runSchedule(o.schedule, summarySettings);
    });
    body.append(tr);
  }
  $("races").textContent = r.races.length === 0 ? "" :
    `data races (${r.races.length} distinct reports):\n` + r.races.map((x) => `  ${x.count}  ${x.report}  (seed ${x.seed})`).join("\n");
  status(`explored ${r.runs} runs`);
}

// ---- Tabs, examples, share ------------------------------------------------------------------------

function selectTab(name: string): void {
  for (const b of document.querySelectorAll<HTMLButtonElement>("#tabs button")) b.classList.toggle("on", b.dataset["tab"] === name);
  for (const p of document.querySelectorAll<HTMLElement>(".pane")) p.classList.toggle("on", p.id === `pane-${name}`);
}

for (const b of document.querySelectorAll<HTMLButtonElement>("#tabs button")) b.addEventListener("click", () => selectTab(b.dataset["tab"]!));

const menu = $<HTMLSelectElement>("examples");
for (const ex of examples) {
  const o = document.createElement("option");
  o.value = ex.id;
  o.textContent = ex.title;
  menu.append(o);
}

function loadExample(id: string): void {
  const ex = examples.find((e) => e.id === id) ?? examples[0]!;
  menu.value = ex.id;
  setSource(ex.src);
  setSettings(ex.settings);
  $<HTMLSelectElement>("strategy").value = ex.strategy;
  $<HTMLInputElement>("runs").value = String(ex.runs);
  $<HTMLInputElement>("seed").value = "1";
}

menu.addEventListener("change", () => loadExample(menu.value));
$("run").addEventListener("click", runOnce);
$("explore").addEventListener("click", exploreMany);
$("stop").addEventListener("click", () => {
  worker.terminate();
  busy = undefined;
  ready = false;
  setBusy(false);
  status("stopped; restarting the simulator…");
  startWorker();
});
$("share").addEventListener("click", () => {
  // The last run, if the editor still holds its program; else the program and settings alone.
  const link = encodeShare(lastRun === undefined || lastRunSrc !== source()
    ? { src: source(), settings: settings() }
    : { src: lastRunSrc, settings: lastRun.settings, schedule: lastRun.schedule });
  history.replaceState(null, "", link);
  void navigator.clipboard?.writeText(location.href).catch(() => {});
  status("link in the address bar (and the clipboard)");
});

// A shared link: its program and settings, and its run replayed once the worker is ready.
const shared = decodeShare(location.hash);
if (shared !== undefined) {
  menu.value = "";
  setSource(shared.src);
  setSettings(shared.settings);
  if (shared.schedule !== undefined) {
    const sch = shared.schedule;
    $<HTMLInputElement>("seed").value = String(sch.seed);
    pending = () => runSchedule(sch, shared.settings);
  }
} else {
  loadExample(examples[0]!.id);
}
setBusy(false);
startWorker();

// For tests and the console: the editor's text.
(window as unknown as { gortEditor: unknown }).gortEditor = { source, setSource };
