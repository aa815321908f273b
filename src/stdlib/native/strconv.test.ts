// Tests of strconv against Go 1.19. testdata/ftoa_golden.txt holds FormatFloat results and
// testdata/strconv_golden.tsv parse, quote and unquote results, both printed by real Go 1.19
// programs (strings hex-encoded; floats as their IEEE bits).

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { formatFloat } from "./strconv_ftoa.js";
import { natives, parseInt, parseUint } from "./strconv.js";

const dir = new URL("../../../../src/stdlib/native/testdata/", import.meta.url);
const unhex = (h: string) => Buffer.from(h, "hex").toString("latin1");
const bits = new BigUint64Array(1);
const f64 = new Float64Array(bits.buffer);
const fromBits = (b: string): number => {
  bits[0] = BigInt(b);
  return f64[0]!;
};
const rows = readFileSync(new URL("strconv_golden.tsv", dir), "latin1").split("\n").filter((l) => l).map((l) => l.split("\t"));

test("FormatFloat matches Go 1.19 (all formats, precisions, float32 and float64)", () => {
  const lines = readFileSync(new URL("ftoa_golden.txt", dir), "utf8").split("\n").filter((l) => l);
  const bad: string[] = [];
  for (const l of lines) {
    const [b, fmt, prec, bitSize, want] = JSON.parse(l.replace(/,$/, "")) as [string, string, number, 32 | 64, string];
    const got = formatFloat(fromBits(b), fmt, prec, bitSize);
    if (got !== want) bad.push(`${fromBits(b)} ${fmt} ${prec} ${bitSize}: want ${want} got ${got}`);
  }
  assert.deepEqual(bad.slice(0, 20), []);
  assert.ok(lines.length > 5000);
});

test("ParseInt and ParseUint match Go 1.19", () => {
  let n = 0;
  for (const r of rows.filter((r) => r[0] === "I")) {
    const [, s, base, bs, v, st, u, st2] = r as string[];
    const [gv, gst] = parseInt(unhex(s!), Number(base), Number(bs));
    assert.deepEqual([gv.toString(), gst], [v, Number(st)], `ParseInt(${unhex(s!)}, ${base}, ${bs})`);
    const [gu, gst2] = parseUint(unhex(s!), Number(base), Number(bs));
    assert.deepEqual([gu.toString(), gst2], [u, Number(st2)], `ParseUint(${unhex(s!)}, ${base}, ${bs})`);
    n++;
  }
  assert.ok(n > 2000);
});

test("ParseFloat matches Go 1.19", () => {
  for (const r of rows.filter((r) => r[0] === "F")) {
    const [, s, bs, b, st] = r as string[];
    const [v, gst] = natives.parseFloat!(unhex(s!), Number(bs)) as [number, number];
    f64[0] = v;
    const want = fromBits(b!);
    const ok = Number.isNaN(want) ? Number.isNaN(v) : bits[0] === BigInt(b!);
    assert.ok(ok, `ParseFloat(${unhex(s!)}, ${bs}) = ${v}, want ${want}`);
    assert.equal(gst, Number(st), `status of ParseFloat(${unhex(s!)}, ${bs})`);
  }
});

test("Quote, QuoteToASCII, CanBackquote, QuoteRune, IsPrint match Go 1.19", () => {
  for (const r of rows.filter((r) => r[0] === "Q")) {
    const [, s, q, qa, cb] = r as string[];
    assert.equal(natives.Quote!(unhex(s!)), unhex(q!));
    assert.equal(natives.QuoteToASCII!(unhex(s!)), unhex(qa!));
    assert.equal(natives.CanBackquote!(unhex(s!)), cb === "true", "CanBackquote " + s);
  }
  for (const r of rows.filter((r) => r[0] === "R")) {
    const [, rn, q, qa, p] = r as string[];
    assert.equal(natives.QuoteRune!(Number(rn)), unhex(q!), "QuoteRune " + rn);
    assert.equal(natives.QuoteRuneToASCII!(Number(rn)), unhex(qa!), "QuoteRuneToASCII " + rn);
    assert.equal(natives.IsPrint!(Number(rn)), p === "true", "IsPrint " + rn);
  }
});

test("Unquote matches Go 1.19", () => {
  for (const r of rows.filter((r) => r[0] === "U")) {
    const [, s, u, ok] = r as string[];
    assert.deepEqual(natives.unquote!(unhex(s!)), ok === "true" ? [unhex(u!), true] : ["", false], "Unquote " + unhex(s!));
  }
});

test("FormatInt, FormatUint and Itoa", () => {
  assert.equal(natives.FormatInt!(-255, 16), "-ff");
  assert.equal(natives.FormatInt!(-9223372036854775808n, 2), "-1" + "0".repeat(63));
  assert.equal(natives.FormatUint!(18446744073709551615n, 36), "3w5e11264sgsf");
  assert.equal(natives.Itoa!(-42), "-42");
});
