// Checks that the committed html entity table is what tools/gen-html-entities.ts makes of Go
// 1.19's src/html/entity.go.

import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { GO_ENTITY_PATH, OUT_PATH, parseEntities, renderEntities } from "../../../tools/gen-html-entities.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");

test("the committed html entities match Go's source", { skip: !existsSync(GO_ENTITY_PATH) }, () => {
  const e = parseEntities(readFileSync(GO_ENTITY_PATH, "utf8"));
  assert.equal(renderEntities(e), readFileSync(path.join(root, OUT_PATH), "utf8"));
});
