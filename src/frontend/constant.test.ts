// Unit tests for exact constants (go/constant semantics).

import { test } from "node:test";
import assert from "node:assert/strict";
import * as c from "./constant.js";

const lit = (t: string, k: c.LitTok) => c.makeFromLiteral(t, k);
const str = (v: c.ConstValue) => c.constString(v);

test("integer literals in every base, with underscores", () => {
  assert.equal(str(lit("0x1F", "INT")), "31");
  assert.equal(str(lit("0b1010", "INT")), "10");
  assert.equal(str(lit("0o17", "INT")), "15");
  assert.equal(str(lit("017", "INT")), "15");
  assert.equal(str(lit("1_000_000", "INT")), "1000000");
  assert.equal(str(lit("123456789012345678901234567890", "INT")), "123456789012345678901234567890");
  assert.equal(lit("08", "INT").kind, "unknown");
});

test("float literals: decimal, exponent, hex", () => {
  assert.deepEqual(lit("1.5", "FLOAT"), { kind: "float", num: 3n, den: 2n });
  assert.deepEqual(lit("1e3", "FLOAT"), { kind: "float", num: 1000n, den: 1n });
  assert.deepEqual(lit(".25", "FLOAT"), { kind: "float", num: 1n, den: 4n });
  assert.deepEqual(lit("0x1p-2", "FLOAT"), { kind: "float", num: 1n, den: 4n });
  assert.deepEqual(lit("0x1.8p1", "FLOAT"), { kind: "float", num: 3n, den: 1n });
  assert.equal(str(lit("1e300", "FLOAT")), "1e+300");
});

test("imaginary, rune and string literals", () => {
  assert.equal(str(lit("2i", "IMAG")), "(0 + 2i)");
  assert.equal(str(lit("0123i", "IMAG")), "(0 + 123i)");
  assert.equal(str(lit("'a'", "CHAR")), "97");
  assert.equal(str(lit("'\\n'", "CHAR")), "10");
  assert.equal(str(lit("'\\x41'", "CHAR")), "65");
  assert.equal(str(lit("'\\u00e9'", "CHAR")), "233");
  assert.equal(str(lit("'\\377'", "CHAR")), "255");
  assert.equal(str(lit("'é'", "CHAR")), "233");
  const s = lit('"h\\u00e9\\x41\\101\\t"', "STRING");
  assert.deepEqual(s, { kind: "string", v: "h\xc3\xa9AA\t" });
  assert.deepEqual(lit('"é"', "STRING"), { kind: "string", v: "\xc3\xa9" });
  assert.deepEqual(lit("`a\r\nb`", "STRING"), { kind: "string", v: "a\nb" });
  assert.equal(str(lit('"a\\"b"', "STRING")), '"a\\"b"');
});

test("arithmetic is exact; integer division truncates only when asked", () => {
  const one = c.makeInt(1n);
  const three = c.makeInt(3n);
  assert.deepEqual(c.binaryOp(one, "/", three), { kind: "float", num: 1n, den: 3n });
  assert.deepEqual(c.binaryOp(c.makeInt(-7n), "/", c.makeInt(2n), true), c.makeInt(-3n));
  assert.deepEqual(c.binaryOp(c.makeInt(-7n), "%", c.makeInt(3n)), c.makeInt(-1n));
  const third = c.binaryOp(one, "/", three);
  assert.equal(str(c.binaryOp(third, "*", three)), "1");
  assert.equal(str(c.shift(one, "<<", 100)), "1267650600228229401496703205376");
  assert.deepEqual(c.unaryOp("^", c.makeInt(0n), 8), c.makeInt(255n));
  assert.deepEqual(c.unaryOp("^", c.makeInt(0n)), c.makeInt(-1n));
  assert.ok(c.compare(third, "<", c.makeFloat(1n, 2n)));
  const i = lit("1i", "IMAG");
  assert.equal(str(c.binaryOp(i, "*", i)), "(-1 + 0i)");
});

test("float64Val and float32Val round correctly from the rational", () => {
  assert.deepEqual(c.float64Val(c.makeFloat(1n, 10n)), [0.1, false]);
  assert.deepEqual(c.float64Val(c.makeFloat(1n, 3n)), [1 / 3, false]);
  assert.deepEqual(c.float64Val(c.makeInt(9007199254740993n)), [9007199254740992, false]);
  assert.deepEqual(c.float64Val(c.makeFloat(1n, 4n)), [0.25, true]);
  assert.equal(c.float32Val(c.makeFloat(1n, 10n))[0], Math.fround(0.1));
  assert.equal(c.float64Val(lit("1e400", "FLOAT"))[0], Infinity);
  assert.equal(c.float64Val(lit("4.9406564584124654e-324", "FLOAT"))[0], 5e-324);
  assert.equal(c.float64Val(lit("1.7976931348623157e308", "FLOAT"))[0], 1.7976931348623157e308);
  assert.equal(c.roundFloat64(lit("1e309", "FLOAT")), undefined);
  assert.equal(str(c.makeFloat(10n, 3n)), "3.33333");
});

test("int64 and uint64 extraction", () => {
  assert.equal(c.int64Val(c.makeInt(-(1n << 63n))), -(1n << 63n));
  assert.equal(c.int64Val(c.makeInt(1n << 63n)), undefined);
  assert.equal(c.uint64Val(c.makeInt((1n << 64n) - 1n)), (1n << 64n) - 1n);
  assert.equal(c.uint64Val(c.makeInt(-1n)), undefined);
});
