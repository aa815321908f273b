// Checks that the committed unicode tables (stdlib/unicode/tables.go and unicode_tables.gen.ts)
// are what tools/gen-unicode.ts makes of Go 1.19's src/unicode/tables.go.

import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { GO_OUT, GO_TABLES_PATH, TS_OUT, parseTables, renderGo, renderTs } from "../../../tools/gen-unicode.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");

test("the committed unicode tables match Go's source", { skip: !existsSync(GO_TABLES_PATH) }, () => {
  const p = parseTables(readFileSync(GO_TABLES_PATH, "utf8"));
  assert.equal(renderTs(p), readFileSync(path.join(root, TS_OUT), "utf8"));
  assert.equal(renderGo(p), readFileSync(path.join(root, GO_OUT), "utf8"));
});
