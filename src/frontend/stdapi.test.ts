// The standard API list: a name Go 1.19 exports but gort's source of the package lacks is
// reported as gort's limitation (`gort: os.ReadFile is not supported yet`, exit 1), a name Go
// does not export at all as go build reports it (`undefined: fmt.Nope`); and the committed
// stdapi.gen.ts is what tools/gen-stdapi.ts produces when Go's API lists are installed.

import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { GO_API_DIR, gortPackages, readApi, renderApi } from "../../tools/gen-stdapi.js";
import { renderStdlibDoc } from "../../tools/gen-stdlib-doc.js";
import { compile, UNSUPPORTED_EXIT } from "../api.js";
import { nodeToolchain } from "../host/node.js";
import { stdAPI } from "./stdapi.gen.js";

test("the list covers gort's packages: functions, types, methods and fields", () => {
  assert.ok(stdAPI("os")?.has("ReadFile"));
  assert.ok(stdAPI("time")?.has("Time.Round"));
  assert.ok(stdAPI("math/rand")?.has("Rand.Perm"));
  assert.ok(!stdAPI("fmt")?.has("Nope"));
  assert.ok(stdAPI("net/http") === undefined, "only packages gort has sources for");
});

test("a missing standard name is not supported yet; a name Go lacks is undefined", async () => {
  const tc = await nodeToolchain();
  const text = [
    "package main", "", "import (", "\t\"fmt\"", "\t\"os\"", "\t\"strconv\"", ")", "",
    "func main() {", "\t_ = os.Chown(\"x\", 1, 2)", "\tfmt.Println(strconv.ParseComplex(\"1\", 64))", "\tfmt.Nope()", "}", "",
  ].join("\n");
  const c = compile(tc, [{ name: "./a.go", path: "/tmp/a.go", text }], "command-line-arguments");
  assert.equal(c.ok, false);
  if (c.ok) return;
  assert.equal(c.exitCode, UNSUPPORTED_EXIT);
  assert.equal(c.stderr, [
    "# command-line-arguments",
    "./a.go:10:9: gort: os.Chown is not supported yet",
    "./a.go:11:22: gort: strconv.ParseComplex is not supported yet",
    "./a.go:12:6: undefined: fmt.Nope",
    "",
  ].join("\n"));
});

test("regenerating the list changes nothing", { skip: !existsSync(GO_API_DIR) }, () => {
  const committed = readFileSync(new URL("../../../src/frontend/stdapi.gen.ts", import.meta.url), "utf8");
  assert.equal(renderApi(readApi(GO_API_DIR, gortPackages())), committed);
});

test("docs/STDLIB.md is what tools/gen-stdlib-doc.ts makes of the API lists and gort's sources", { skip: !existsSync(GO_API_DIR) }, async () => {
  const committed = readFileSync(new URL("../../../docs/STDLIB.md", import.meta.url), "utf8");
  assert.equal(await renderStdlibDoc(GO_API_DIR), committed);
});
