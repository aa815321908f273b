// Natives of package hash/fnv: the byte loops of the 64-bit hashes' Write.
//
// Models Go 1.19's hash/fnv/fnv.go ((*sum64).Write and (*sum64a).Write). A uint64 is an I64
// (value.ts): a number below 2^53, else a bigint, and an FNV-64 state is past 2^53 almost
// always, so the Go loop made bigints for every byte; the loops run on 32-bit halves instead.
//
// The multiplication by prime64 (2^40 + 0x1b3) modulo 2^64 is h*0x1b3 + (h << 40): the low
// half times 0x1b3 is below 2^41, exact in a double, and its high 32 bits carry into the high
// half, to which h << 40 adds the low half's low 24 bits shifted left by 8.

import type { Slice } from "../../runtime/value.js";
import { halves, join } from "../../base/int64.js";

const TWO32 = 4294967296;

/** FNV-1 (xor after the multiplication) or FNV-1a (before) of data, from the state h. */
function write64(h: number | bigint, data: Slice | null, a: boolean): number | bigint {
  if (data === null || data.len === 0) return h;
  let [hi, lo] = halves(h);
  const b = data.a;
  for (let i = data.off, end = data.off + data.len; i < end; i++) {
    if (a) lo = (lo ^ (b[i] as number)) >>> 0;
    const l = lo * 0x1b3;
    hi = (hi * 0x1b3 + Math.floor(l / TWO32) + (lo << 8)) >>> 0;
    lo = l >>> 0;
    if (!a) lo = (lo ^ (b[i] as number)) >>> 0;
  }
  return join(hi, lo);
}

export const natives: Record<string, Function> = {
  write64: (h: number | bigint, data: Slice | null): number | bigint => write64(h, data, false),
  write64a: (h: number | bigint, data: Slice | null): number | bigint => write64(h, data, true),
};
