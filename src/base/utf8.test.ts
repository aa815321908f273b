// Tests for base/utf8.ts: the decoder, encoder and conversions must agree with Go 1.19 on every
// input. Method: a few readable cases, then exhaustive sweeps (every 1- and 2-byte string, and
// 3- and 4-byte strings built from boundary bytes) hashed with FNV-1a and compared with the hash
// real Go 1.19.8 printed for the same sweep (program kept in the report, not in the repo).

import { test } from "node:test";
import assert from "node:assert/strict";
import * as u from "./utf8.js";

function fnv(lines: string[]): number {
  let h = 0x811c9dc5;
  for (const line of lines) {
    for (let i = 0; i < line.length; i++) {
      h ^= line.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
  }
  return h >>> 0;
}

function hex(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) out += s.charCodeAt(i).toString(16).padStart(2, "0");
  return out;
}

test("decodeRune readable cases", () => {
  assert.deepEqual(u.decodeRune("a", 0), [0x61, 1]);
  assert.deepEqual(u.decodeRune("", 0), [u.RuneError, 0]);
  assert.deepEqual(u.decodeRune("\xc3\xa9", 0), [0xe9, 2]);
  assert.deepEqual(u.decodeRune("\xe4\xb8\x96", 0), [0x4e16, 3]);
  assert.deepEqual(u.decodeRune("\xf0\x9f\x98\x80", 0), [0x1f600, 4]);
  assert.deepEqual(u.decodeRune("\xed\xa0\x80", 0), [u.RuneError, 1]); // surrogate
  assert.deepEqual(u.decodeRune("\xc0\x80", 0), [u.RuneError, 1]); // overlong
  assert.deepEqual(u.decodeRune("\xe4\xb8", 0), [u.RuneError, 1]); // short
  assert.deepEqual(u.decodeLastRune("a\xe4\xb8\x96"), [0x4e16, 3]);
  assert.deepEqual(u.decodeLastRune("a\xb8\x96"), [u.RuneError, 1]);
});

test("encode and conversions", () => {
  assert.equal(u.encodeRune(0x4e16), "\xe4\xb8\x96");
  assert.equal(u.encodeRune(-1), u.RuneErrorString);
  assert.equal(u.encodeRune(0xd800), u.RuneErrorString);
  assert.equal(u.runeToString(10n ** 15n * 100n), u.RuneErrorString);
  assert.deepEqual(u.stringToRunes("a\xffb\xe4\xb8\x96"), [0x61, u.RuneError, 0x62, 0x4e16]);
  assert.equal(u.runesToString([0x61, -5, 0x4e16]), "a\xef\xbf\xbd\xe4\xb8\x96");
  assert.deepEqual(u.stringToBytes("h\xff"), [0x68, 0xff]);
  assert.equal(u.bytesToString([1, 0x68, 0xff, 2], 1, 2), "h\xff");
  const big = "x".repeat(20000);
  assert.equal(u.bytesToString(u.stringToBytes(big), 0, big.length), big);
});

test("decode sweep matches Go 1.19", () => {
  const cont = [0x00, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xff];
  const inputs: string[] = [];
  const ch = String.fromCharCode;
  for (let a = 0; a < 256; a++) {
    inputs.push(ch(a));
    for (let b = 0; b < 256; b++) inputs.push(ch(a, b));
  }
  for (let a = 0xc0; a < 256; a++) {
    for (const b of cont) {
      for (const c of cont) {
        inputs.push(ch(a, b, c));
        for (const d of cont) inputs.push(ch(a, b, c, d));
      }
    }
  }
  const lines = inputs.map((s) => {
    const [r, n] = u.decodeRune(s, 0);
    const [lr, ln] = u.decodeLastRune(s);
    const full = u.fullRune(s);
    const valid = u.validString(s);
    return `${r},${n},${lr},${ln},${full},${valid},${u.runeCount(s)},${u.stringToRunes(s).length}\n`;
  });
  assert.equal(inputs.length, 136192);
  assert.equal(fnv(lines), 2273869478);
});

test("encode sweep matches Go 1.19", () => {
  const lines: string[] = [];
  for (let r = -2; r <= 0x110002; r++) {
    lines.push(`${hex(u.runeToString(r))},${u.runeLen(r)},${u.validRune(r)}\n`);
  }
  assert.equal(fnv(lines), 766190201);
});
