import { test } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { serveStatic } from "./serve.js";

test("gort serve's server gives the build's files with their types, and nothing outside it", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gort-serve-"));
  fs.mkdirSync(path.join(dir, "assets"));
  fs.writeFileSync(path.join(dir, "index.html"), "<!doctype html>");
  fs.writeFileSync(path.join(dir, "assets", "a.wasm"), Buffer.from([0, 97, 115, 109]));
  fs.writeFileSync(path.join(os.tmpdir(), "gort-serve-secret.txt"), "no");
  const { server, port } = await serveStatic(dir, 0);
  try {
    const get = (p: string, method = "GET"): Promise<Response> => fetch(`http://127.0.0.1:${port}${p}`, { method });
    const index = await get("/");
    assert.equal(index.status, 200);
    assert.equal(index.headers.get("content-type"), "text/html; charset=utf-8");
    assert.equal(await index.text(), "<!doctype html>");
    const wasm = await get("/assets/a.wasm");
    assert.equal(wasm.headers.get("content-type"), "application/wasm");
    assert.equal((await wasm.arrayBuffer()).byteLength, 4);
    assert.equal((await get("/nope.js")).status, 404);
    // "/%2e%2e/x" is "/x" once the URL is parsed; an encoded slash survives parsing.
    assert.equal((await get("/%2e%2e/gort-serve-secret.txt")).status, 404);
    assert.equal((await get("/..%2fgort-serve-secret.txt")).status, 403);
    assert.equal((await get("/", "POST")).status, 405);
  } finally {
    server.close();
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(path.join(os.tmpdir(), "gort-serve-secret.txt"), { force: true });
  }
});
