// Natives of package hash/fnv: the byte loops of the 64-bit hashes' Write.
//
// Models Go 1.19's hash/fnv/fnv.go ((*sum64).Write and (*sum64a).Write). A uint64 is an I64
// (value.ts): a number below 2^53, else a bigint, and an FNV-64 state is past 2^53 almost
// always, so the Go loop made bigints for every byte; the loops run on 32-bit halves instead.
//
// The multiplication by prime64 (2^40 + 0x1b3) modulo 2^64 is h*0x1b3 + (h << 40): the low
// half times 0x1b3 carries its high 32 bits into the high half, to which h << 40 adds the low
// half's low 24 bits shifted left by 8.

import type { Slice } from "../../runtime/value.js";
import { halves, join } from "../../base/int64.js";

/** FNV-1 (xor after the multiplication) or FNV-1a (before) of data, from the state h. */
function write64(h: number | bigint, data: Slice | null, a: boolean): number | bigint {
  if (data === null || data.len === 0) return h;
  let [hi, lo] = halves(h);
  const b = data.a;
  // h * (2^40 + 0x1b3) mod 2^64 on int32 halves: the low word's product with 0x1b3 carries
  // into the high word (its 16-bit halves keep every product below 2^31), and lo << 40 adds
  // lo << 8 to it. Twice as fast as the same in float arithmetic (a 40 MB microbenchmark).
  for (let i = data.off, end = data.off + data.len; i < end; i++) {
    if (a) lo ^= b[i] as number;
    const carry = ((lo >>> 16) * 0x1b3 + (((lo & 0xffff) * 0x1b3) >>> 16)) >>> 16;
    hi = (Math.imul(hi, 0x1b3) + carry + (lo << 8)) | 0;
    lo = Math.imul(lo, 0x1b3);
    if (!a) lo ^= b[i] as number;
  }
  return join(hi, lo);
}

export const natives: Record<string, Function> = {
  write64: (h: number | bigint, data: Slice | null): number | bigint => write64(h, data, false),
  write64a: (h: number | bigint, data: Slice | null): number | bigint => write64(h, data, true),
};
