// Checks that the generated size-class table is Go 1.19's.
//
// Method: when Go's runtime source is installed, re-parse sizeclasses.go with the generator and
// compare both the parsed numbers and the rendered module text with the committed file; then
// check structural facts (68 classes, 8 KiB pages, objects fit their spans, lookups agree with
// class_to_size) that hold whether or not Go is installed.

import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import {
  GO_SIZECLASSES_PATH, generateFromFile, parseSizeClasses,
} from "../../tools/gen-sizeclasses.js";
import * as sc from "./sizeclasses.js";
import { makeSpanClass, numSpanClasses, tinySpanClass, _TinySizeClass } from "./mspan.js";
import { roundupsize } from "./malloc.js";

const committedPath = new URL("../../../src/runtime/sizeclasses.ts", import.meta.url);

test("generated table is identical to Go's sizeclasses.go", (t) => {
  if (!existsSync(GO_SIZECLASSES_PATH)) {
    t.skip(`Go source not found at ${GO_SIZECLASSES_PATH}; cannot re-check the table`);
    return;
  }
  const parsed = parseSizeClasses(readFileSync(GO_SIZECLASSES_PATH, "latin1"));
  assert.deepEqual(parsed.arrays.get("class_to_size"), sc.class_to_size);
  assert.deepEqual(parsed.arrays.get("class_to_allocnpages"), sc.class_to_allocnpages);
  assert.deepEqual(parsed.arrays.get("class_to_divmagic"), sc.class_to_divmagic);
  assert.deepEqual(parsed.arrays.get("size_to_class8"), sc.size_to_class8);
  assert.deepEqual(parsed.arrays.get("size_to_class128"), sc.size_to_class128);
  assert.equal(parsed.consts.get("_NumSizeClasses"), 68);
  // Regenerating changes nothing.
  assert.equal(generateFromFile(GO_SIZECLASSES_PATH), readFileSync(committedPath, "latin1"));
});

test("constants and span classes", () => {
  assert.equal(sc._MaxSmallSize, 32768);
  assert.equal(sc._NumSizeClasses, 68);
  assert.equal(1 << sc._PageShift, 8192);
  assert.equal(numSpanClasses, 136);
  assert.equal(tinySpanClass, makeSpanClass(_TinySizeClass, true));
  assert.equal(sc.class_to_size.length, 68);
  assert.equal(sc.size_to_class8.length, 1024 / 8 + 1);
  assert.equal(sc.size_to_class128.length, (32768 - 1024) / 128 + 1);
});

test("every class fits its span and lookups round up to the smallest class", () => {
  for (let c = 1; c < 68; c++) {
    const size = sc.class_to_size[c]!;
    const bytes = sc.class_to_allocnpages[c]! * 8192;
    assert.ok(Math.floor(bytes / size) >= 1, `class ${c}`);
    assert.equal(sc.class_to_divmagic[c], Math.floor(0xffffffff / size) + 1);
  }
  for (let size = 1; size <= 32768; size++) {
    const r = roundupsize(size);
    assert.ok(r >= size);
    const c = sc.class_to_size.indexOf(r);
    assert.ok(c > 0, `size ${size} rounds to a class size`);
    assert.ok(sc.class_to_size[c - 1]! < size, `size ${size} uses the smallest class`);
  }
});
