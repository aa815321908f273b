// The func variant of sort's algorithms (stdlib/sort/zsortfunc.go) is generated from
// pdqsort.go by tools/gen-sort-variants.ts: the committed file must be what it renders.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { SOURCE, renderSortFunc } from "../../../tools/gen-sort-variants.js";

test("the committed zsortfunc.go is pdqsort.go's func variant", () => {
  const committed = readFileSync(new URL("../../../../stdlib/sort/zsortfunc.go", import.meta.url), "utf8");
  assert.equal(renderSortFunc(readFileSync(SOURCE, "utf8")), committed);
});

test("the func variant renames the functions and their calls, not other identifiers", () => {
  const src = "// insertionSort sorts.\nfunc insertionSort(data Interface, a, b int) {\n\tx.insertionSort(a)\n\tinsertionSortX(a)\n\tinsertionSort(data, a, b)\n}\n";
  const out = renderSortFunc(src);
  assert.match(out, /^\/\/ insertionSort_func sorts\.$/m);
  assert.match(out, /^func insertionSort_func\(data \*lessSwap, a, b int\) \{$/m);
  assert.match(out, /\tx\.insertionSort\(a\)\n\tinsertionSortX\(a\)\n\tinsertionSort_func\(data, a, b\)/);
});
