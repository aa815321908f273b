// Natives of package bytes: comparison and search kernels on []byte.
//
// Models bytes/bytes.go and internal/bytealg (Go 1.19). Each []byte argument (a Slice of numbers,
// or null for nil) is read as a byte string, and the strings natives do the work, so bytes and
// strings agree on every input.
//
// Invariant: nil and empty slices are interchangeable for every function here, as in Go.

import type { Slice } from "../../runtime/value.js";
import { bytesToString } from "../../base/utf8.js";
import { count, equalFold, indexAny, indexRune } from "./strings.js";

/** The bytes of p as a byte string ("" for nil). */
export function str(p: Slice | null): string {
  return p === null || p.len === 0 ? "" : bytesToString(p.a as number[], p.off, p.len);
}

/** Equal without building strings: compares the two windows element by element. */
function equal(a: Slice | null, b: Slice | null): boolean {
  const n = a === null ? 0 : a.len;
  if (n !== (b === null ? 0 : b.len)) return false;
  for (let i = 0; i < n; i++) {
    if ((a as Slice).a[(a as Slice).off + i] !== (b as Slice).a[(b as Slice).off + i]) return false;
  }
  return true;
}

function compare(a: Slice | null, b: Slice | null): number {
  const x = str(a);
  const y = str(b);
  return x === y ? 0 : x < y ? -1 : 1;
}

function indexByte(p: Slice | null, c: number): number {
  if (p === null) return -1;
  for (let i = 0; i < p.len; i++) if (p.a[p.off + i] === c) return i;
  return -1;
}

function lastIndexByte(p: Slice | null, c: number): number {
  if (p === null) return -1;
  for (let i = p.len - 1; i >= 0; i--) if (p.a[p.off + i] === c) return i;
  return -1;
}

export const natives: Record<string, Function> = {
  Equal: equal,
  Compare: compare,
  Index: (s: Slice | null, sep: Slice | null) => str(s).indexOf(str(sep)),
  IndexByte: indexByte,
  IndexRune: (s: Slice | null, r: number) => indexRune(str(s), r),
  IndexAny: (s: Slice | null, chars: string) => indexAny(str(s), chars),
  LastIndex: (s: Slice | null, sep: Slice | null) => str(s).lastIndexOf(str(sep)),
  LastIndexByte: lastIndexByte,
  Count: (s: Slice | null, sep: Slice | null) => count(str(s), str(sep)),
  EqualFold: (s: Slice | null, t: Slice | null) => equalFold(str(s), str(t)),
};
