// Browser test: the --timeline page and the --trace file of the article's crash, in headless
// Chromium (Debian's, driven by playwright-core). The page must run without errors, draw a row
// per P and show the two writers of the map on different P rows at the failure; the --trace JSON,
// opened through the page's file input, must give the same picture (the page is a viewer of the
// Chrome trace format; Chromium 156 no longer ships chrome://tracing, and Perfetto's UI needs the
// network).
//
// CI installs chromium (.ci/run); without /usr/bin/chromium the test is skipped, except under CI,
// where it fails.

import { test } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { chromium } from "playwright-core";
import { chromeTrace, compile, defaultRunOptions, htmlTimeline, run } from "../src/api.js";
import { nodeToolchain } from "../src/host/node.js";
import { cgoMapExample } from "../src/examples/cgo-map.js";
import { CHROMIUM_ARGS, writersAtFailure, type Drawn } from "./timeline-check.js";

const CHROMIUM = "/usr/bin/chromium";
const have = fs.existsSync(CHROMIUM);
if (!have && process.env["CI"] !== undefined) throw new Error(`${CHROMIUM} is missing: .ci/run installs Debian's chromium`);

test("the example's timeline and trace load in headless Chromium and show both writers on different Ps", { skip: !have && "no /usr/bin/chromium" }, async () => {
  const tc = await nodeToolchain();
  const c = compile(tc, [{ name: "./example.go", path: "/home/gopher/example/example.go", text: cgoMapExample }], "command-line-arguments");
  assert.ok(c.ok);
  const opts = { ...defaultRunOptions, environ: new Map<string, string>() };
  let seed = 1;
  while (run(c.program, { ...opts, seed }).exitCode === 0) seed++;
  const r = run(c.program, { ...opts, seed, trace: true });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gort-browser-"));
  const html = path.join(dir, "timeline.html");
  const json = path.join(dir, "trace.json");
  fs.writeFileSync(html, htmlTimeline(r.trace!, "example.go"));
  fs.writeFileSync(json, JSON.stringify(chromeTrace(r.trace!)));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto("file://" + html);
    const a = (await page.evaluate("window.gortTimeline")) as Drawn;
    assert.deepEqual(errors, []);
    assert.ok(a.rows.filter((x) => /^P\d+$/.test(x.name)).length >= 2);
    assert.equal(a.failure?.text, "fatal error: concurrent map writes");
    const wa = writersAtFailure(a);
    assert.equal(wa.size, 2, JSON.stringify([...wa]));
    assert.notEqual([...wa.values()][0], [...wa.values()][1]);
    // The --trace file, opened in the page's viewer.
    await page.setInputFiles("#open", json);
    await page.waitForFunction("window.gortTimeline.title === 'trace.json'");
    const b = (await page.evaluate("window.gortTimeline")) as Drawn;
    assert.deepEqual(errors, []);
    assert.deepEqual(writersAtFailure(b), wa);
  } finally {
    await browser.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
