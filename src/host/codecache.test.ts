// V8's code cache for compiled programs (codecache.ts): the loaded function behaves as
// new Function's; the first process writes the entry when it exits, and the next one uses it
// (a rejected entry would be written again).

import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { cachedJsLoader, jsHash } from "./codecache.js";

const js = "const twice = (x) => 2 * x; return { answer: twice($rt.n) };";

test("a loaded program is a function of $rt, as new Function makes it", () => {
  const load = cachedJsLoader(jsHash(js));
  assert.deepEqual(load(js)({ n: 21 }), { answer: 42 });
});

test("the first process writes the entry on exit and the next one reads it", () => {
  const cache = fs.mkdtempSync(path.join(os.tmpdir(), "gort-codecache-"));
  const mod = new URL("./codecache.js", import.meta.url).href;
  const child =
    `import { cachedJsLoader, jsHash } from ${JSON.stringify(mod)};` +
    `const js = ${JSON.stringify(js)};` +
    `process.stdout.write(String(cachedJsLoader(jsHash(js))(js)({ n: 5 }).answer));`;
  const runChild = (): string => {
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", child], { env: { ...process.env, GORT_CACHE: cache }, encoding: "utf8" });
    assert.equal(r.status, 0, r.stderr);
    return r.stdout;
  };
  const entry = path.join(cache, "v8", `prog-${jsHash(js)}.bin`);
  assert.equal(runChild(), "10");
  assert.ok(fs.statSync(entry).size > 0, "written when the first process exited");
  const written = fs.statSync(entry).mtimeMs;
  assert.equal(runChild(), "10");
  assert.equal(fs.statSync(entry).mtimeMs, written, "read, not rejected and written again");
  fs.rmSync(cache, { recursive: true, force: true });
});
