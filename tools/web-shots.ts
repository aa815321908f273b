// Screenshots of the playground's main states for docs/ (linked from the README), taken in
// Debian's headless Chromium from a fresh build (npm run web):
//   docs/playground-explore.png   the article's example explored over 200 seeds, a crash replayed
//   docs/playground-timeline.png  that crash's timeline: the two writers on two Ps
//   docs/playground-explain.png   its explanation
//   docs/playground-race.png      the race example under -race
// and docs/PLAYGROUND.md, which shows them with the page's speed against the CLI's: runs per
// second of the article's example over 2,000 seeds, after a warm-up, median of 3, page and CLI
// measured in turn on this machine.
// Run: npm run web && node dist/tools/web-shots.js

import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { chromium, type Page } from "playwright-core";
import { compile, defaultRunOptions, programEnv, runMany } from "../src/api.js";
import { textToBytes } from "../src/base/utf8.js";
import { cgoMapExample } from "../src/examples/cgo-map.js";
import { gortRoot, nodeToolchain } from "../src/host/node.js";
import { serveStatic, webDist } from "../src/cli/serve.js";
import { CHROMIUM_ARGS } from "./timeline-check.js";
import { cpuModel } from "./docsection.js";

const docs = path.join(gortRoot, "docs");

async function explore(page: Page, runs: number): Promise<void> {
  await page.fill("#runs", String(runs));
  await page.evaluate(`document.getElementById("how").textContent = ""`);
  await page.click("#explore");
  await page.waitForFunction(`document.body.dataset.busy === "" && document.getElementById("how").textContent !== ""`, undefined, { timeout: 120_000 });
}

const SPEED_RUNS = 2000;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Runs per second of the CLI's runMany on the article's example, as the page runs it. */
async function cliRates(): Promise<number[]> {
  const c = compile(await nodeToolchain(), [{ name: "./prog.go", path: "/tmp/sandbox/prog.go", text: cgoMapExample }], "command-line-arguments");
  if (!c.ok) throw new Error(c.stderr);
  const environ = new Map([...programEnv({}, false, [])].map(([k, v]) => [textToBytes(k), textToBytes(v)]));
  const opts = { ...defaultRunOptions, environ, args: ["/tmp/go-build/exe/prog"], source: "prog.go", maxHeapBytes: 1 << 30 };
  runMany(c.program, opts, 1, SPEED_RUNS);
  const out: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    runMany(c.program, opts, 1, SPEED_RUNS);
    out.push(Math.round((SPEED_RUNS * 1000) / (performance.now() - t0)));
  }
  return out;
}

async function pageRates(page: Page): Promise<number[]> {
  await page.selectOption("#examples", "cgo-map");
  await page.selectOption("#strategy", "seeds");
  await explore(page, SPEED_RUNS);
  const out: number[] = [];
  for (let i = 0; i < 3; i++) {
    await explore(page, SPEED_RUNS);
    out.push(Number(await page.evaluate(`document.body.dataset.perSecond`)));
  }
  return out;
}

function doc(pageR: number[], cliR: number[]): string {
  const cpu = cpuModel();
  const chromium = "Debian's Chromium (headless)";
  return `# The playground

\`npm run web\` builds it into web/dist; \`npx gort serve\` serves it on http://127.0.0.1:8080/; any static
host serves the same folder (README, "The playground"). Regenerate this page and its screenshots with
\`npm run web && node dist/tools/web-shots.js\`.

## Screenshots

The article's example explored over 200 seeds, one crash replayed by clicking it:

![explore](playground-explore.png)

That crash's timeline (the two writers on two Ps at the failure) and its explanation:

![timeline](playground-timeline.png)

![explanation](playground-explain.png)

The race example under -race:

![race](playground-race.png)

## Speed

Runs per second of the article's example over ${SPEED_RUNS.toLocaleString("en-US")} seeds (after a warm-up of as many), median of 3,
the page (its Web Worker, in ${chromium}) and the CLI's runMany in Node ${process.version}, measured in turn on
one machine: ${os.cpus().length} CPUs, ${cpu}, load average ${os.loadavg()[0]!.toFixed(1)} at the end.

| | runs/s (median) | the 3 runs |
|---|---:|---|
| page | ${median(pageR).toLocaleString("en-US")} | ${pageR.join(", ")} |
| CLI | ${median(cliR).toLocaleString("en-US")} | ${cliR.join(", ")} |

The page runs at ${(median(pageR) / median(cliR)).toFixed(2)}x the CLI's speed (the target is at least 0.5x).
`;
}

async function main(): Promise<void> {
  const { server, port } = await serveStatic(webDist, 0);
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForSelector("body[data-ready='1']", { timeout: 60_000 });
    await explore(page, 200);
    const crash = page.locator("#outcomes tr.fail").first();
    await page.evaluate(`document.body.dataset.outcome = ""`);
    await crash.click();
    await page.waitForFunction(`(document.body.dataset.outcome ?? "") !== "" && document.body.dataset.busy === ""`);
    await page.screenshot({ path: path.join(docs, "playground-explore.png") });
    await page.click("#tabs button[data-tab=timeline]");
    await page.frames().find((f) => f !== page.mainFrame())!.waitForFunction("window.gortTimeline !== undefined");
    await page.screenshot({ path: path.join(docs, "playground-timeline.png") });
    await page.click("#tabs button[data-tab=explain]");
    await page.screenshot({ path: path.join(docs, "playground-explain.png") });
    await page.selectOption("#examples", "race");
    await page.click("#tabs button[data-tab=output]");
    await explore(page, 20);
    await page.locator("#outcomes tr").first().click();
    await page.waitForFunction(`document.body.dataset.busy === ""`);
    await page.screenshot({ path: path.join(docs, "playground-race.png") });
    const pageR = await pageRates(page);
    const cliR = await cliRates();
    fs.writeFileSync(path.join(docs, "PLAYGROUND.md"), doc(pageR, cliR));
    process.stdout.write(`web-shots: 4 screenshots and PLAYGROUND.md in ${docs}; page ${pageR.join(",")} runs/s, CLI ${cliR.join(",")}\n`);
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
