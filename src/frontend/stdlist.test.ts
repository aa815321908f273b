// Checks that the committed stdlist.gen.ts is what tools/gen-stdlist.ts produces from Go's
// source (when Go 1.19's source is installed), and that the list has the expected shape.

import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { GO_SRC_DIR, listStd, renderStdList } from "../../tools/gen-stdlist.js";
import { STD_PACKAGES } from "./stdlist.gen.js";

test("the list holds importable standard packages only", () => {
  for (const p of ["fmt", "reflect", "net/http", "encoding/json", "math/rand"]) {
    assert.ok(STD_PACKAGES.has(p), p);
  }
  for (const p of ["internal/cpu", "cmd/go", "vendor/golang.org/x/net/route", "foo/bar"]) {
    assert.ok(!STD_PACKAGES.has(p), p);
  }
});

test("regenerating the list changes nothing", { skip: !existsSync(GO_SRC_DIR) }, () => {
  const committed = readFileSync(new URL("../../../src/frontend/stdlist.gen.ts", import.meta.url), "utf8");
  assert.equal(renderStdList(listStd(GO_SRC_DIR)), committed);
});
