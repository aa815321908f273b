// Tests for expr.ts arith's inline int64 fast paths (& | ^ &^, *, and % by a constant): the emitted
// JS, evaluated on edge values (int32's bounds, past them, negative numbers, the safe-integer
// bounds and bigints beyond, uint64's top), gives exactly what the int64.ts helpers give.

import { test } from "node:test";
import assert from "node:assert/strict";
import * as i64 from "../base/int64.js";
import { Typ } from "../frontend/check/universe.js";
import { BasicKind as K } from "../frontend/types.js";
import { arith } from "./expr.js";

const SAFE = Number.MAX_SAFE_INTEGER;
const signed: i64.I64[] = [
  0, 1, -1, 5, -5, 7, 8, -8, 255, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, -(2 ** 31) - 1, 2 ** 32 - 1, 2 ** 32 + 5,
  -(2 ** 40) + 3, 2 ** 52 + 5, SAFE, -SAFE, 2n ** 53n, -(2n ** 53n), 2n ** 63n - 1n, -(2n ** 63n), -(2n ** 60n) - 7n,
];
const unsigned: i64.I64[] = [
  0, 1, 5, 7, 255, 2 ** 31 - 1, 2 ** 31, 2 ** 32 - 1, 2 ** 32 + 5, 2 ** 52 + 5, SAFE, 2n ** 53n, 2n ** 63n, 2n ** 64n - 1n,
];

/** The JS arith emits for `x op y` of type t, as a function of x and y (y a literal when lit). */
function compiled(op: string, t: (typeof Typ)[number], lit?: string): (x: i64.I64, y: i64.I64) => i64.I64 {
  let n = 0;
  const tmps: string[] = [];
  const tmp = (): string => {
    const v = `$t${n++}`;
    tmps.push(v);
    return v;
  };
  const js = arith(op, t, "x", lit ?? "y", tmp);
  const decl = tmps.length > 0 ? `let ${tmps.join(", ")}; ` : "";
  return new Function("$i", "$rt", "x", "y", `${decl}return ${js};`).bind(null, i64, {
    divck: (d: i64.I64) => {
      if (d === 0) throw new Error("divide by zero");
      return d;
    },
  }) as (x: i64.I64, y: i64.I64) => i64.I64;
}

const helpers = {
  "*": [i64.mul, i64.mulU], "&": [i64.and, i64.andU], "|": [i64.or, i64.orU], "^": [i64.xor, i64.xorU], "&^": [i64.andNot, i64.andNotU], "%": [i64.rem, i64.remU],
} as const;

function same(got: i64.I64, want: i64.I64, what: string): void {
  assert.equal(typeof got, typeof want, what);
  assert.ok(Object.is(got, want), `${what}: got ${String(got)}, want ${String(want)}`);
}

test("inline & | ^ &^ match the int64 helpers on numbers and bigints", () => {
  for (const op of ["&", "|", "^", "&^"] as const) {
    for (const [u, t, vals] of [[0, Typ[K.Int64]!, signed], [1, Typ[K.Uint64]!, unsigned]] as const) {
      const f = compiled(op, t);
      const h = helpers[op][u]!;
      for (const x of vals) for (const y of vals) same(f(x, y), h(x, y), `${String(x)} ${op} ${String(y)} (${t.name})`);
    }
  }
});

test("inline & | ^ &^ with a constant operand match the int64 helpers", () => {
  const lits: [string, number][] = [["7", 7], ["0", 0], ["2147483647", 2 ** 31 - 1], ["(-8)", -8], ["2147483648", 2 ** 31], ["4294967296", 2 ** 32]];
  for (const op of ["&", "|", "^", "&^"] as const) {
    for (const [lit, c] of lits) {
      const f = compiled(op, Typ[K.Int]!, lit);
      for (const x of signed) same(f(x, c), helpers[op][0](x, c), `${String(x)} ${op} ${lit}`);
      if (c >= 0) {
        const g = compiled(op, Typ[K.Uint64]!, lit);
        for (const x of unsigned) same(g(x, c), helpers[op][1](x, c), `${String(x)} ${op} ${lit} (uint64)`);
      }
    }
  }
  // The one-test form: x & c with 0 <= c < 2^31 tests only that x is a number.
  assert.match(arith("&", Typ[K.Int]!, "x", "7", (() => { let n = 0; return () => `$t${n++}`; })()), /^\(\(\$t0 = x\), typeof \$t0 === "number" \? \(\$t0 & 7\) : \$i\.and\(\$t0, 7\)\)$/);
});

test("inline % by a nonzero constant matches the int64 helpers, never -0", () => {
  for (const [lit, c] of [["2", 2], ["7", 7], ["(-3)", -3], ["1", 1], ["(-1)", -1], ["4294967296", 2 ** 32]] as [string, number][]) {
    const f = compiled("%", Typ[K.Int]!, lit);
    for (const x of signed) same(f(x, c), i64.rem(x, c), `${String(x)} % ${lit}`);
    if (c > 0) {
      const g = compiled("%", Typ[K.Uint]!, lit);
      for (const x of unsigned) same(g(x, c), i64.remU(x, c), `${String(x)} % ${lit} (uint)`);
    }
  }
  same(compiled("%", Typ[K.Int]!, "2")(-4, 2), 0, "-4 % 2 is +0");
  // A variable divisor keeps the zero check.
  assert.throws(() => compiled("%", Typ[K.Int]!)(5, 0), /divide by zero/);
  assert.match(arith("%", Typ[K.Int]!, "x", "0", () => "$t"), /divck/);
});

test("inline * matches the int64 helpers on numbers and bigints, never -0", () => {
  for (const [u, t, vals] of [[0, Typ[K.Int64]!, signed], [1, Typ[K.Uint64]!, unsigned]] as const) {
    const f = compiled("*", t);
    const h = helpers["*"][u]!;
    for (const x of vals) for (const y of vals) same(f(x, y), h(x, y), `${String(x)} * ${String(y)} (${t.name})`);
  }
  for (const [lit, c] of [["3", 3], ["0", 0], ["(-1)", -1], ["(-7)", -7], ["4294967296", 2 ** 32], ["9007199254740991", SAFE]] as [string, number][]) {
    const f = compiled("*", Typ[K.Int]!, lit);
    for (const x of signed) same(f(x, c), i64.mul(x, c), `${String(x)} * ${lit}`);
    if (c >= 0) {
      const g = compiled("*", Typ[K.Uint64]!, lit);
      for (const x of unsigned) same(g(x, c), i64.mulU(x, c), `${String(x)} * ${lit} (uint64)`);
    }
  }
  same(compiled("*", Typ[K.Int]!)(0, -5), 0, "0 * -5 is +0");
  same(compiled("*", Typ[K.Int]!, "(-1)")(0, -1), 0, "0 * -1 is +0");
});
