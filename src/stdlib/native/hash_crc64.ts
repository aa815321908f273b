// Natives of package hash/crc64: the byte loop of update.
//
// Models Go 1.19's hash/crc64/crc64.go (update's table loop; Go's slicing-by-8 gives the same
// result). A uint64 is an I64 (value.ts): a number below 2^53, else a bigint; the loop runs on
// 32-bit halves instead, so a checksum costs no bigint arithmetic per byte.

import type { Slice } from "../../runtime/value.js";

const TWO32 = 4294967296;

/** The high and low 32 bits of a uint64 I64. */
export function halves(v: number | bigint): [number, number] {
  if (typeof v === "number") return [Math.floor(v / TWO32) >>> 0, v >>> 0];
  const u = BigInt.asUintN(64, v);
  return [Number(u >> 32n) >>> 0, Number(u & 0xffffffffn) >>> 0];
}

/** The uint64 I64 of two 32-bit halves (canonical: a number when it is a safe integer). */
export function join(hi: number, lo: number): number | bigint {
  hi >>>= 0;
  lo >>>= 0;
  return hi < 0x200000 ? hi * TWO32 + lo : (BigInt(hi) << 32n) | BigInt(lo);
}

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
