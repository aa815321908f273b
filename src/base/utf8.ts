// UTF-8 over gort's byte strings: decoding, encoding and Go's string conversions.
//
// Models unicode/utf8 (Go 1.19, src/unicode/utf8/utf8.go) and the conversions of
// runtime/string.go and runtime/utf8.go (stringtoslicebyte, slicebytetostring, stringtoslicerune,
// slicerunetostring, intstring).
//
// Terms:
//   - byte string: a JS string whose char codes are the bytes (0..255) of a Go string
//     (see src/runtime/value.ts). Every string argument and result here is a byte string.
//   - rune: a Go int32 code point, held as a JS number.
//   - RuneError: U+FFFD, what decoding returns for an invalid or short sequence (with size 1, or
//     size 0 at the end of the string), and what encoding produces for a rune that is negative,
//     above MaxRune, or a surrogate half (U+D800..U+DFFF).
//
// Invariants:
//   - decodeRune(s, i) reads at most 4 bytes from i and returns size 1 for every invalid
//     sequence, exactly like utf8.DecodeRuneInString: overlong forms, surrogates, values above
//     U+10FFFF and truncated sequences are all (RuneError, 1).
//   - encodeRune(r) is always valid UTF-8, 1..4 bytes.
//   - A `for i, r := range s` loop, []rune(s) and utf8.RuneCountInString(s) all step exactly
//     like decodeRune, so they agree on every input.
//
// Simplifications: none in behaviour. The packed decoder exists only to spare hot loops (range
// over a string) a tuple allocation per rune.

import type { I64 } from "./int64.js";

export const RuneError = 0xfffd;
export const RuneSelf = 0x80;
export const MaxRune = 0x10ffff;
export const UTFMax = 4;

/** The UTF-8 encoding of U+FFFD as a byte string. */
export const RuneErrorString = "\xef\xbf\xbd";

/**
 * Decode the rune starting at byte index i of s. Returns [rune, size]. At or beyond the end of
 * s it returns [RuneError, 0]; for an invalid or truncated sequence [RuneError, 1].
 */
export function decodeRune(s: string, i: number): [number, number] {
  const p = decodeRunePacked(s, i);
  return [p >>> 3, p & 7];
}

/**
 * decodeRune packed into one number: rune << 3 | size. For hot loops; unpack with
 * `p >>> 3` (the rune) and `p & 7` (the size).
 */
export function decodeRunePacked(s: string, i: number): number {
  const n = s.length;
  if (i >= n) return (RuneError << 3) | 0;
  const b0 = s.charCodeAt(i);
  if (b0 < 0x80) return (b0 << 3) | 1;
  const bad = (RuneError << 3) | 1;
  // The accepted range of the second byte depends on the first (Go's acceptRanges).
  let lo = 0x80;
  let hi = 0xbf;
  let size: number;
  if (b0 >= 0xc2 && b0 <= 0xdf) size = 2;
  else if (b0 >= 0xe0 && b0 <= 0xef) {
    size = 3;
    if (b0 === 0xe0) lo = 0xa0;
    else if (b0 === 0xed) hi = 0x9f;
  } else if (b0 >= 0xf0 && b0 <= 0xf4) {
    size = 4;
    if (b0 === 0xf0) lo = 0x90;
    else if (b0 === 0xf4) hi = 0x8f;
  } else return bad;
  if (i + size > n) {
    // A short sequence is still (RuneError, 1), whatever its prefix.
    return bad;
  }
  const b1 = s.charCodeAt(i + 1);
  if (b1 < lo || b1 > hi) return bad;
  if (size === 2) return ((((b0 & 0x1f) << 6) | (b1 & 0x3f)) << 3) | 2;
  const b2 = s.charCodeAt(i + 2);
  if (b2 < 0x80 || b2 > 0xbf) return bad;
  if (size === 3) return ((((b0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f)) << 3) | 3;
  const b3 = s.charCodeAt(i + 3);
  if (b3 < 0x80 || b3 > 0xbf) return bad;
  const r = ((b0 & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f);
  return (r << 3) | 4;
}

/** Is b the first byte of an encoded rune (not a continuation byte)? Go's utf8.RuneStart. */
function runeStart(b: number): boolean {
  return (b & 0xc0) !== 0x80;
}

/**
 * Decode the last rune of s[0:end] (end defaults to s.length). Returns [rune, size]; [RuneError,
 * 0] when empty, [RuneError, 1] when the tail is not a complete valid encoding.
 */
export function decodeLastRune(s: string, end: number = s.length): [number, number] {
  if (end <= 0) return [RuneError, 0];
  let start = end - 1;
  const last = s.charCodeAt(start);
  if (last < RuneSelf) return [last, 1];
  // Back up over at most UTFMax-1 continuation bytes to a possible start byte.
  const lim = Math.max(end - UTFMax, 0);
  for (start--; start >= lim; start--) {
    if (runeStart(s.charCodeAt(start))) break;
  }
  if (start < 0) start = 0;
  const p = decodeRunePacked(s.slice(0, end), start);
  const size = p & 7;
  if (start + size !== end) return [RuneError, 1];
  return [p >>> 3, size];
}

/** Is r a code point that UTF-8 can encode (not negative, not a surrogate, <= MaxRune)? */
export function validRune(r: number): boolean {
  return (r >= 0 && r < 0xd800) || (r > 0xdfff && r <= MaxRune);
}

/** Bytes needed to encode r, or -1 when r is not a valid rune (Go's utf8.RuneLen). */
export function runeLen(r: number): number {
  if (r < 0) return -1;
  if (r < 0x80) return 1;
  if (r < 0x800) return 2;
  if (r >= 0xd800 && r <= 0xdfff) return -1;
  if (r < 0x10000) return 3;
  if (r <= MaxRune) return 4;
  return -1;
}

/** The UTF-8 encoding of r as a byte string; RuneError's encoding when r is not valid. */
export function encodeRune(r: number): string {
  if (r >= 0 && r < 0x80) return String.fromCharCode(r);
  if (!validRune(r)) return RuneErrorString;
  if (r < 0x800) return String.fromCharCode(0xc0 | (r >> 6), 0x80 | (r & 0x3f));
  if (r < 0x10000) {
    return String.fromCharCode(0xe0 | (r >> 12), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
  }
  return String.fromCharCode(
    0xf0 | (r >> 18),
    0x80 | ((r >> 12) & 0x3f),
    0x80 | ((r >> 6) & 0x3f),
    0x80 | (r & 0x3f),
  );
}

/** The number of runes in s, counting each invalid byte as one rune (utf8.RuneCountInString). */
export function runeCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; n++) {
    const b = s.charCodeAt(i);
    if (b < 0x80) i++;
    else i += decodeRunePacked(s, i) & 7;
  }
  return n;
}

/** Is s entirely valid UTF-8 (utf8.ValidString)? */
export function validString(s: string): boolean {
  for (let i = 0; i < s.length; ) {
    if (s.charCodeAt(i) < 0x80) {
      i++;
      continue;
    }
    const p = decodeRunePacked(s, i);
    if (p === ((RuneError << 3) | 1)) return false;
    i += p & 7;
  }
  return true;
}

/**
 * Does s[i:] begin with a full encoding of a rune (utf8.FullRuneInString)? An invalid sequence
 * counts as full, since it decodes to (RuneError, 1).
 */
export function fullRune(s: string, i: number = 0): boolean {
  const n = s.length - i;
  if (n <= 0) return false;
  const b0 = s.charCodeAt(i);
  if (b0 < 0x80) return true;
  let need = 1;
  if (b0 >= 0xc2 && b0 <= 0xdf) need = 2;
  else if (b0 >= 0xe0 && b0 <= 0xef) need = 3;
  else if (b0 >= 0xf0 && b0 <= 0xf4) need = 4;
  if (n >= need) return true;
  // A short prefix is still "full" when a byte already present cannot continue it.
  return !prefixCouldContinue(s, i, n);
}

/** Whether the n (< needed) bytes at s[i] are a valid prefix of some encoding. */
function prefixCouldContinue(s: string, i: number, n: number): boolean {
  const b0 = s.charCodeAt(i);
  let lo = 0x80;
  let hi = 0xbf;
  if (b0 === 0xe0) lo = 0xa0;
  else if (b0 === 0xed) hi = 0x9f;
  else if (b0 === 0xf0) lo = 0x90;
  else if (b0 === 0xf4) hi = 0x8f;
  if (n >= 2) {
    const b1 = s.charCodeAt(i + 1);
    if (b1 < lo || b1 > hi) return false;
  }
  if (n >= 3) {
    const b2 = s.charCodeAt(i + 2);
    if (b2 < 0x80 || b2 > 0xbf) return false;
  }
  return true;
}

// ---- Conversions (runtime/string.go) ----

/** []byte(s): the bytes of s as a fresh JS array of numbers. */
export function stringToBytes(s: string): number[] {
  const a = new Array<number>(s.length);
  for (let i = 0; i < s.length; i++) a[i] = s.charCodeAt(i);
  return a;
}

/** Up to this many bytes, bytesToString copies a typed array's bytes into a JS Array. */
const shortString = 32;

/** The byte string of a[off:off+len] (string(b) of a []byte's window); a is a JS Array of
 *  bytes or a Uint8Array. */
export function bytesToString(a: ArrayLike<number>, off: number, len: number): string {
  if (len <= shortString && !Array.isArray(a)) {
    // fromCharCode.apply over a JS Array costs half what it does over a typed array's view
    // (9 bytes: 43 against 89 ns), and the copy makes no view: string(b[i:j]) of a field.
    const t: number[] = new Array(len);
    for (let i = 0; i < len; i++) t[i] = a[off + i]!;
    return String.fromCharCode.apply(null, t);
  }
  const CHUNK = 8192; // keeps String.fromCharCode's argument count well under engine limits
  const part = (i: number, n: number): number[] =>
    (Array.isArray(a) ? a.slice(off + i, off + i + n) : (a as Uint8Array).subarray(off + i, off + i + n)) as number[];
  if (len <= CHUNK) return String.fromCharCode.apply(null, part(0, len));
  let out = "";
  for (let i = 0; i < len; i += CHUNK) out += String.fromCharCode.apply(null, part(i, Math.min(CHUNK, len - i)));
  return out;
}
export function stringToRunes(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; ) {
    const p = decodeRunePacked(s, i);
    out.push(p >>> 3);
    i += p & 7;
  }
  return out;
}

/** string(runes) for the window a[off : off+len] of a []rune; invalid runes become U+FFFD. */
export function runesToString(a: ArrayLike<number>, off = 0, len = a.length - off): string {
  let out = "";
  for (let i = off; i < off + len; i++) out += encodeRune(a[i] as number);
  return out;
}

/**
 * string(x) for an integer x (Go's intstring): the UTF-8 encoding of x when it is a valid rune,
 * else "\uFFFD". A bigint I64 is always out of range.
 */
export function runeToString(x: I64): string {
  if (typeof x === "bigint") return RuneErrorString;
  return encodeRune(x);
}

// ---- Text and byte strings at gort's boundaries ----------------------------------------------
//
// Go source, identifiers, file paths, diagnostics and the host's arguments and environment are
// text (JS strings of UTF-16 code units). What the simulated program sees and writes is a byte
// string. A Go program sees text as its UTF-8 bytes, and the host writes a byte string as its
// bytes: each boundary converts once, with these two functions.

/** The byte string of the UTF-8 encoding of text (lone surrogates become U+FFFD). */
export function textToBytes(text: string): string {
  if (!/[^\x00-\x7f]/.test(text)) return text;
  let out = "";
  for (const ch of text) out += encodeRune(ch.codePointAt(0)!);
  return out;
}

/** The text a byte string encodes as UTF-8 (invalid sequences become U+FFFD, as in Go's
 *  string-to-rune conversion). */
export function bytesToText(bytes: string): string {
  if (!/[^\x00-\x7f]/.test(bytes)) return bytes;
  let out = "";
  for (let i = 0; i < bytes.length; ) {
    const [r, size] = decodeRune(bytes, i);
    out += String.fromCodePoint(r);
    i += size;
  }
  return out;
}
