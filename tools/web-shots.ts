// Screenshots of the playground's main states for docs/ (linked from the README), taken in
// Debian's headless Chromium from a fresh build (npm run web):
//   docs/playground-explore.png   the article's example explored over 200 seeds, a crash replayed
//   docs/playground-timeline.png  that crash's timeline: the two writers on two Ps
//   docs/playground-explain.png   its explanation
//   docs/playground-race.png      the race example under -race
// Run: node dist/tools/web-shots.js

import * as path from "node:path";
import { chromium, type Page } from "playwright-core";
import { gortRoot } from "../src/host/node.js";
import { serveStatic, webDist } from "../src/cli/serve.js";
import { CHROMIUM_ARGS } from "./timeline-check.js";

const docs = path.join(gortRoot, "docs");

async function explore(page: Page, runs: number): Promise<void> {
  await page.fill("#runs", String(runs));
  await page.evaluate(`document.getElementById("how").textContent = ""`);
  await page.click("#explore");
  await page.waitForFunction(`document.body.dataset.busy === "" && document.getElementById("how").textContent !== ""`, undefined, { timeout: 120_000 });
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
    process.stdout.write(`web-shots: 4 screenshots in ${docs}\n`);
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
