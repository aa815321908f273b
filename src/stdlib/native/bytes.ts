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

/** Lexicographic order of the two windows, byte by byte (no strings built). */
function compare(a: Slice | null, b: Slice | null): number {
  const n = a === null ? 0 : a.len;
  const m = b === null ? 0 : b.len;
  for (let i = 0; i < n && i < m; i++) {
    const x = (a as Slice).a[(a as Slice).off + i] as number;
    const y = (b as Slice).a[(b as Slice).off + i] as number;
    if (x !== y) return x < y ? -1 : 1;
  }
  return n === m ? 0 : n < m ? -1 : 1;
}

/**
 * The first index of sep in s, searched in the windows themselves: bytes.Split, Fields and the
 * like call Index on what is left of their input, so building strings of the whole window each
 * time made them quadratic (a 20,000-line bytes.Split took minutes). A first-byte scan, then a
 * comparison; a search that has compared more than a few times s's length (a pathological
 * pattern) finishes with V8's string search on the rest.
 */
function index(s: Slice | null, sep: Slice | null, from = 0): number {
  const m = sep === null ? 0 : sep.len;
  if (m === 0) return from;
  const n = s === null ? 0 : s.len;
  if (m > n - from) return -1;
  const sa = (s as Slice).a, so = (s as Slice).off, pa = (sep as Slice).a, po = (sep as Slice).off;
  if (m === 1) {
    const c = pa[po];
    for (let i = from; i < n; i++) if (sa[so + i] === c) return i;
    return -1;
  }
  const c0 = pa[po];
  let budget = 4 * n + 64;
  outer: for (let i = from; i <= n - m; i++) {
    if (sa[so + i] !== c0) continue;
    for (let j = 1; j < m; j++) {
      if (sa[so + i + j] !== pa[po + j]) {
        if ((budget -= j) < 0) {
          const k = bytesToString(sa as number[], so + i, n - i).indexOf(str(sep));
          return k < 0 ? -1 : i + k;
        }
        continue outer;
      }
    }
    return i;
  }
  return -1;
}

/** The last index of sep in s, searched backwards in the windows (index's fallback too). */
function lastIndex(s: Slice | null, sep: Slice | null): number {
  const m = sep === null ? 0 : sep.len;
  const n = s === null ? 0 : s.len;
  if (m === 0) return n;
  if (m > n) return -1;
  const sa = (s as Slice).a, so = (s as Slice).off, pa = (sep as Slice).a, po = (sep as Slice).off;
  let budget = 4 * n + 64;
  outer: for (let i = n - m; i >= 0; i--) {
    for (let j = 0; j < m; j++) {
      if (sa[so + i + j] !== pa[po + j]) {
        if ((budget -= j + 1) < 0) return bytesToString(sa as number[], so, i + m).lastIndexOf(str(sep));
        continue outer;
      }
    }
    return i;
  }
  return -1;
}

/** Count of non-overlapping sep in s; an empty sep counts runes plus one (strings' count). */
function countBytes(s: Slice | null, sep: Slice | null): number {
  if (sep === null || sep.len === 0) return count(str(s), "");
  let c = 0;
  for (let i = index(s, sep); i >= 0; i = index(s, sep, i + sep.len)) c++;
  return c;
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
  Index: (s: Slice | null, sep: Slice | null) => index(s, sep),
  IndexByte: indexByte,
  // An ASCII rune is its byte (a byte of a multi-byte encoding is never below 0x80).
  IndexRune: (s: Slice | null, r: number) => (r >= 0 && r < 0x80 ? indexByte(s, r) : indexRune(str(s), r)),
  IndexAny: (s: Slice | null, chars: string) => indexAny(str(s), chars),
  LastIndex: lastIndex,
  LastIndexByte: lastIndexByte,
  Count: countBytes,
  EqualFold: (s: Slice | null, t: Slice | null) => equalFold(str(s), str(t)),
};
