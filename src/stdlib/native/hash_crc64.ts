// Natives of package hash/crc64: the byte loop of update.
//
// Models Go 1.19's hash/crc64/crc64.go (update's table loop; Go's slicing-by-8 gives the same
// result). A uint64 is an I64 (value.ts): a number below 2^53, else a bigint; the loop runs on
// 32-bit halves instead, so a checksum costs no bigint arithmetic per byte.

import type { Slice } from "../../runtime/value.js";
import { halves, join } from "../../base/int64.js";

/** updateTable(crc, tab, p): ^crc, then each byte through the table, then ^ again. */
function updateTable(crc: number | bigint, tab: (number | bigint)[] | null, p: Slice | null): number | bigint {
  let [hi, lo] = halves(crc);
  hi = ~hi;
  lo = ~lo;
  if (p !== null && p.len > 0 && tab !== null) {
    const thi = new Uint32Array(256);
    const tlo = new Uint32Array(256);
    for (let i = 0; i < 256; i++) [thi[i], tlo[i]] = halves(tab[i]!);
    const a = p.a;
    for (let i = p.off, end = p.off + p.len; i < end; i++) {
      const k = (lo ^ (a[i] as number)) & 0xff;
      lo = tlo[k]! ^ ((lo >>> 8) | (hi << 24));
      hi = thi[k]! ^ (hi >>> 8);
    }
  }
  return join(~hi, ~lo);
}

export const natives: Record<string, Function> = { updateTable };
