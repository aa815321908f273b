// Tests for base/int64.ts: Go's int64 and uint64 arithmetic on the I64 representation.
// Method: real Go 1.19.8 ran every operation on every pair of the values below (chosen around
// the 32-, 53- and 64-bit boundaries where the representation changes between number and
// bigint) and printed an FNV-1a hash of the decimal results, one for signed and one for
// unsigned arithmetic. The test recomputes both hashes; it also checks canonical form.

import { test } from "node:test";
import assert from "node:assert/strict";
import * as i from "./int64.js";
import type { I64 } from "./int64.js";

const sv: I64[] = [0, 1, -1, 2, -2, 7, -7, 2 ** 31 - 1, -(2 ** 31), 2 ** 32 + 5, 2 ** 53 - 1,
  -(2 ** 53 - 1), 2n ** 53n, -(2n ** 53n), 2n ** 62n + 3n, 2n ** 63n - 1n, -(2n ** 63n),
  123456789012345, -98765432109876543n].map((v) => (typeof v === "bigint" ? i.norm(v) : v));
const MIN = -(2n ** 63n);

class Fnv {
  h = 0x811c9dc5;
  add(...vs: (I64 | number)[]): void {
    const line = vs.join(" ") + "\n";
    for (let k = 0; k < line.length; k++) {
      this.h ^= line.charCodeAt(k);
      this.h = Math.imul(this.h, 0x01000193) >>> 0;
    }
  }
}

function canonical(v: I64): void {
  if (typeof v === "bigint") assert.ok(v > 2n ** 53n - 1n || v < -(2n ** 53n - 1n), `non-canonical ${v}`);
  else assert.ok(Number.isSafeInteger(v) && !Object.is(v, -0), `bad number ${v}`);
}

test("signed and unsigned arithmetic match Go 1.19", () => {
  const hs = new Fnv();
  const hu = new Fnv();
  const rs: I64[] = [];
  for (const a of sv) {
    for (const b of sv) {
      const s = [i.add(a, b), i.sub(a, b), i.mul(a, b), i.and(a, b), i.or(a, b), i.xor(a, b),
        i.andNot(a, b), i.not(a)];
      hs.add(...s);
      const ua = i.toUint64(a);
      const ub = i.toUint64(b);
      const u = [i.addU(ua, ub), i.subU(ua, ub), i.mulU(ua, ub), i.negU(ua)];
      hu.add(...u);
      rs.push(...s, ...u);
      if (b !== 0 && !(a === i.norm(MIN) && b === -1)) {
        hs.add(i.div(a, b), i.rem(a, b));
        rs.push(i.div(a, b), i.rem(a, b));
      }
      if (ub !== 0) hu.add(i.divU(ua, ub), i.remU(ua, ub));
    }
    for (const n of [0, 1, 13, 31, 32, 52, 53, 63, 64, 100]) {
      hs.add(i.shl(a, n), i.shr(a, n));
      const ua = i.toUint64(a);
      hu.add(i.shlU(ua, n), i.shrU(ua, n));
      rs.push(i.shl(a, n), i.shr(a, n), i.shlU(ua, n), i.shrU(ua, n));
    }
    hs.add(i.toInt32(a), i.toUint32(a), i.toInt16(a), i.toUint16(a), i.toInt8(a), i.toUint8(a));
  }
  for (const r of rs) canonical(r);
  assert.equal(hs.h >>> 0, 3774922311);
  assert.equal(hu.h >>> 0, 2701160207);
});

test("halves, join and joinS take 64-bit words apart and put them together", () => {
  const { halves, join, joinS } = i;
  const edges = [0n, 1n, -1n, (1n << 53n) - 1n, 1n << 53n, -(1n << 53n), -(1n << 53n) + 1n, (1n << 63n) - 1n, -(1n << 63n), 0x123456789abcdefn];
  for (const v of edges) {
    const [hi, lo] = halves(v);
    assert.equal(BigInt(joinS(hi, lo)), BigInt.asIntN(64, v));
    assert.equal(BigInt(join(hi, lo)), BigInt.asUintN(64, v));
    const s = joinS(hi, lo);
    assert.equal(typeof s === "number", Number.isSafeInteger(Number(s)) && BigInt(Number(s)) === BigInt(s));
  }
});

test("the operations past 2^53 agree with BigInt arithmetic on random 64-bit values", () => {
  // A fixed xorshift stream of operands, most of them past 2^53 (the halves paths), some small.
  let x = 0x243f6a8885a308d3n;
  const next = (): bigint => {
    x ^= BigInt.asUintN(64, x << 13n);
    x ^= x >> 7n;
    x ^= BigInt.asUintN(64, x << 17n);
    const k = Number(x & 7n);
    return k === 0 ? x & 0xffffn : k === 1 ? x >> 11n : x;
  };
  const U = (v: bigint): I64 => i.norm(BigInt.asUintN(64, v));
  const S = (v: bigint): I64 => i.norm(BigInt.asIntN(64, v));
  for (let n = 0; n < 20000; n++) {
    const a = next(), b = next();
    const ua = U(a), ub = U(b), sa = S(a), sb = S(b);
    const pairs: [I64, I64][] = [
      [i.addU(ua, ub), U(a + b)], [i.subU(ua, ub), U(a - b)], [i.mulU(ua, ub), U(a * b)],
      [i.andU(ua, ub), U(a & b)], [i.orU(ua, ub), U(a | b)], [i.xorU(ua, ub), U(a ^ b)],
      [i.andNotU(ua, ub), U(a & ~b)],
      [i.add(sa, sb), S(a + b)], [i.sub(sa, sb), S(a - b)], [i.mul(sa, sb), S(a * b)],
      [i.and(sa, sb), S(a & b)], [i.or(sa, sb), S(a | b)], [i.xor(sa, sb), S(a ^ b)],
      [i.andNot(sa, sb), S(a & ~b)],
    ];
    const sh = Number(b & 63n);
    pairs.push([i.shlU(ua, sh), U(a << BigInt(sh))], [i.shrU(ua, sh), U(BigInt.asUintN(64, a) >> BigInt(sh))],
      [i.shl(sa, sh), S(a << BigInt(sh))], [i.shr(sa, sh), S(BigInt.asIntN(64, a) >> BigInt(sh))]);
    for (const [k, [got, want]] of pairs.entries()) {
      canonical(got);
      assert.equal(got, want, `op ${k} of ${a} and ${b} (shift ${sh})`);
    }
  }
});
