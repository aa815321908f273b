// string.h for gort's C interpreter: the byte-string and memory functions.
//
// Models glibc 2.36's string.h semantics (results, not its vectorised algorithms): strlen,
// strcpy, strncpy, strcat, strcmp, strncmp, strchr, strdup, memset, memcpy, memmove, memcmp.
//
// Terms: cost: each function adds one step per 16 bytes it touches to the call's step count,
// a rough model of a vectorised libc loop.
//
// Invariants: every byte read or written goes through CHeap's bounds checks, so an overrun past
// the heap's end or a NULL argument faults with SIGSEGV as it would in C.
//
// Simplifications vs glibc: overlapping memcpy behaves like memmove. strcmp, strncmp and memcmp
// return the byte difference, as glibc 2.36's x86-64 versions do (C only promises the sign).

import type { CallState } from "./interp.js";
import type { LibcFn } from "./libc.js";
import type { V } from "./ops.js";

function cost(st: CallState, n: number): void {
  st.steps += Math.ceil(n / 16);
}

function strlen(st: CallState, p: number): number {
  const h = st.rt.heap;
  let n = 0;
  while (h.u8[h.rd(p + n, 1)] !== 0) n++;
  cost(st, n);
  return n;
}

/** glibc's x86-64 strcmp, strncmp and memcmp: the difference of the first bytes that differ,
 *  as unsigned chars (a string's terminating NUL counts: "ab" against "abc" is -99). */
function cmp(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = (a.charCodeAt(i) & 0xff) - (b.charCodeAt(i) & 0xff);
    if (d !== 0) return d;
  }
  return (a.length > n ? a.charCodeAt(n) & 0xff : 0) - (b.length > n ? b.charCodeAt(n) & 0xff : 0);
}

export const STRING_H: Record<string, LibcFn> = {
  strlen: { params: ["char*"], result: "ulong", plain: (st, a) => strlen(st, a[0]) },
  strcpy: {
    params: ["char*", "char*"], result: "char*",
    plain(st, a) {
      const s = st.rt.heap.cstring(a[1]);
      st.rt.heap.put(a[0], s + "\0");
      cost(st, s.length);
      return a[0];
    },
  },
  strncpy: {
    params: ["char*", "char*", "ulong"], result: "char*",
    plain(st, a) {
      const n = Number(a[2]);
      const h = st.rt.heap;
      let s = "";
      for (let i = 0; i < n; i++) {
        const c = h.u8[h.rd(a[1] + i, 1)]!;
        if (c === 0) break;
        s += String.fromCharCode(c);
      }
      h.put(a[0], s + "\0".repeat(n - s.length));
      cost(st, n);
      return a[0];
    },
  },
  strcat: {
    params: ["char*", "char*"], result: "char*",
    plain(st, a) {
      const n = strlen(st, a[0]);
      const s = st.rt.heap.cstring(a[1]);
      st.rt.heap.put(a[0] + n, s + "\0");
      return a[0];
    },
  },
  strcmp: {
    params: ["char*", "char*"], result: "int",
    plain(st, a) {
      const x = st.rt.heap.cstring(a[0]), y = st.rt.heap.cstring(a[1]);
      cost(st, Math.min(x.length, y.length));
      return cmp(x, y);
    },
  },
  strncmp: {
    params: ["char*", "char*", "ulong"], result: "int",
    plain(st, a) {
      const n = Number(a[2]);
      const x = st.rt.heap.cstring(a[0]).slice(0, n), y = st.rt.heap.cstring(a[1]).slice(0, n);
      return cmp(x, y);
    },
  },
  strchr: {
    params: ["char*", "int"], result: "char*",
    plain(st, a) {
      const s = st.rt.heap.cstring(a[0]);
      const c = a[1] & 0xff;
      const i = c === 0 ? s.length : s.indexOf(String.fromCharCode(c));
      return i < 0 ? 0 : a[0] + i;
    },
  },
  strdup: {
    params: ["char*"], result: "char*",
    plain(st, a) {
      const s = st.rt.heap.cstring(a[0]);
      const p = st.rt.heap.malloc(s.length + 1);
      st.rt.heap.put(p, s + "\0");
      return p;
    },
  },
  memset: {
    params: ["void*", "int", "ulong"], result: "void*",
    plain(st, a) {
      const n = Number(a[2]);
      if (n > 0) st.rt.heap.u8.fill(a[1] & 0xff, st.rt.heap.wr(a[0], n), st.rt.heap.wr(a[0], n) + n);
      cost(st, n);
      return a[0];
    },
  },
  memcpy: { params: ["void*", "void*", "ulong"], result: "void*", plain: (st, a) => move(st, a) },
  memmove: { params: ["void*", "void*", "ulong"], result: "void*", plain: (st, a) => move(st, a) },
  memcmp: {
    params: ["void*", "void*", "ulong"], result: "int",
    plain(st, a) {
      const n = Number(a[2]);
      return cmp(st.rt.heap.bytes(a[0], n), st.rt.heap.bytes(a[1], n));
    },
  },
};

function move(st: CallState, a: V[]): V {
  const n = Number(a[2]);
  if (n > 0) {
    const h = st.rt.heap;
    const src = h.rd(a[1], n);
    h.u8.copyWithin(h.wr(a[0], n), src, src + n);
  }
  cost(st, n);
  return a[0];
}
