// Tests for the unicode natives. Goal: the classes and case mappings equal Go 1.19's for every
// code point. Method: real Go 1.19.8 printed, for each rune 0..0x10FFFF, the line
// "<mask> <ToUpper> <ToLower> <ToTitle> <SimpleFold>" (mask bits as in unicode_delta.ts); the FNV-1a
// hash of all those lines is pasted below, and the test recomputes it from the natives.

import { test } from "node:test";
import assert from "node:assert/strict";
import * as u from "./unicode.js";

const preds = [
  u.isLetter, u.isDigit, u.isNumber, u.isSpace, u.isUpper, u.isLower, u.isPunct, u.isPrint,
  u.isGraphic, u.isControl, u.isMark, u.isSymbol, u.isTitle,
];

function line(r: number): string {
  let m = 0;
  for (let i = 0; i < preds.length; i++) if ((preds[i] as (r: number) => boolean)(r)) m |= 1 << i;
  return `${m} ${u.toUpper(r)} ${u.toLower(r)} ${u.toTitle(r)} ${u.simpleFold(r)}\n`;
}

function fnvAdd(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

test("readable cases", () => {
  assert.equal(u.toUpper(0xdf), 0xdf); // ß has no simple upper case
  assert.equal(u.toLower(0x130), 0x69); // İ → i
  assert.equal(u.toTitle(0x1c6), 0x1c5); // ǆ → ǅ
  assert.equal(u.simpleFold(0x4b), 0x6b); // K → k
  assert.equal(u.simpleFold(0x6b), 0x212a); // k → KELVIN SIGN
  assert.equal(u.simpleFold(0x212a), 0x4b);
  assert.equal(u.isSpace(0x85), true);
  assert.equal(u.isPrint(0xa0), false);
  assert.equal(u.isGraphic(0xa0), true);
  assert.equal(u.isLetter(-1), false);
  assert.equal(u.toUpper(-5), -5);
  assert.equal(u.isLetter(0x1e030), false); // Unicode 15 letter, unknown to Go 1.19
});

test("every 7th code point matches Go 1.19", () => {
  let h = 0x811c9dc5;
  for (let r = 0; r <= u.MaxRune; r += 7) h = fnvAdd(h, line(r));
  assert.equal(h >>> 0, 2707262469);
});

test("all code points match Go 1.19", () => {
  let h = 0x811c9dc5;
  for (let r = 0; r <= u.MaxRune; r++) h = fnvAdd(h, line(r));
  assert.equal(h >>> 0, 1268479807);
});
