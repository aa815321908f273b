// Natives of package strings: the searching, splitting and case kernels on byte strings.
//
// Models strings/strings.go, strings/builder.go and strings/replace.go (Go 1.19). The Go side
// (stdlib/strings/*.go) declares these functions without bodies; everything that calls a Go func
// value (Map, FieldsFunc, IndexFunc, TrimFunc, ...) is written in Go there instead.
//
// Terms: byte string (src/runtime/value.ts): a JS string of bytes 0..255, so JS's indexOf,
// startsWith, < and === act bytewise, which is exactly Go's semantics for strings.
//
// Invariants:
//   - Where Go decodes UTF-8 (Fields, Trim with a cutset, IndexRune, EqualFold, ToUpper...), an
//     invalid byte is the rune RuneError of size 1, and results that Go re-encodes (ToUpper,
//     ToLower, ToTitle, Title of non-ASCII input) turn each invalid byte into U+FFFD.
//   - Slices returned as []string have the length and capacity Go's make gives them.
//
// Simplifications: Go's fast paths (ASCII sets, Rabin-Karp, byte replacers) are not modelled;
// only their results are. Builder keeps a JS string instead of a []byte, so Builder.Cap is not
// provided (its value depends on append's growth).

import { GoPanic, type RuntimeFrame } from "../../runtime/panic.js";
import { rt } from "../../runtime/rt.js";
import { S } from "../../runtime/state.js";
import { Slice } from "../../runtime/value.js";
import type { I64 } from "../../base/int64.js";
import * as utf8 from "../../base/utf8.js";
import { bufferstring, hostStringLimit, mallocstring, newsized, rawstring, registerstring } from "../../runtime/newobject.js";
import { growcap, growsliceFrame, raceRange, slicecopyFrame } from "../../runtime/ops.js";
import { maxAlloc } from "../../runtime/malloc.js";
import { runtimeError } from "../../runtime/panicking.js";
import { types } from "../../runtime/rtypes.js";
import { isLetter, isDigit, isSpace, simpleFold, toLower, toTitle, toUpper } from "./unicode.js";


/** An int argument as a JS number: a bigint (beyond 2^53) becomes ±MAX_SAFE_INTEGER. */
export function intArg(n: I64): number {
  if (typeof n === "number") return n;
  return n < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
}

/** A new []string holding xs, with capacity cap (>= xs.length; the rest is ""). */
export function stringSlice(xs: string[], cap = xs.length): Slice {
  const len = xs.length;
  while (xs.length < cap) xs.push("");
  return new Slice(xs, 0, len, cap);
}

function isASCII(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
}

// ---- Searching ----

/** strings.Count: non-overlapping occurrences; RuneCount+1 for an empty substr. */
export function count(s: string, sub: string): number {
  if (sub.length === 0) return utf8.runeCount(s) + 1;
  let n = 0;
  for (let i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length)) n++;
  return n;
}

/** strings.IndexRune. RuneError finds an invalid byte or an encoded U+FFFD, whichever is first. */
export function indexRune(s: string, r: number): number {
  if (r >= 0 && r < utf8.RuneSelf) return s.indexOf(String.fromCharCode(r));
  if (r === utf8.RuneError) {
    for (let i = 0; i < s.length; ) {
      const p = utf8.decodeRunePacked(s, i);
      if (p >>> 3 === utf8.RuneError) return i;
      i += p & 7;
    }
    return -1;
  }
  if (!utf8.validRune(r)) return -1;
  return s.indexOf(utf8.encodeRune(r));
}

/** The set of runes of chars (each invalid byte as RuneError), as a membership test. */
function runeSet(chars: string): (r: number) => boolean {
  if (chars.length === 1) {
    const c = chars.charCodeAt(0);
    const r = c < utf8.RuneSelf ? c : utf8.RuneError;
    return (x) => x === r;
  }
  const set = new Set(utf8.stringToRunes(chars));
  return (x) => set.has(x);
}

/** strings.IndexAny. */
export function indexAny(s: string, chars: string): number {
  if (chars.length === 0) return -1;
  const has = runeSet(chars);
  for (let i = 0; i < s.length; ) {
    const p = utf8.decodeRunePacked(s, i);
    if (has(p >>> 3)) return i;
    i += p & 7;
  }
  return -1;
}

/** strings.LastIndexAny. */
function lastIndexAny(s: string, chars: string): number {
  if (chars.length === 0) return -1;
  const has = runeSet(chars);
  for (let i = s.length; i > 0; ) {
    const [r, size] = utf8.decodeLastRune(s, i);
    i -= size;
    if (has(r)) return i;
  }
  return -1;
}

/** strings.EqualFold: equality under simple Unicode case folding. */
export function equalFold(s: string, t: string): boolean {
  let i = 0;
  let j = 0;
  while (i < s.length && j < t.length) {
    const ps = utf8.decodeRunePacked(s, i);
    const pt = utf8.decodeRunePacked(t, j);
    i += ps & 7;
    j += pt & 7;
    let sr = ps >>> 3;
    let tr = pt >>> 3;
    if (sr === tr) continue;
    if (tr < sr) [sr, tr] = [tr, sr];
    if (tr < utf8.RuneSelf) {
      if (sr >= 0x41 && sr <= 0x5a && tr === sr + 32) continue;
      return false;
    }
    // Walk sr's fold orbit upwards looking for tr.
    let r = simpleFold(sr);
    while (r !== sr && r < tr) r = simpleFold(r);
    if (r === tr) continue;
    return false;
  }
  return s.length - i === 0 && t.length - j === 0;
}

// ---- Splitting and joining ----

/** Go's explode: s split into UTF-8 sequences, at most n pieces (n < 0: all). */
function explode(s: string, n: number): Slice {
  const l = utf8.runeCount(s);
  if (n < 0 || n > l) n = l;
  const a: string[] = [];
  let i = 0;
  for (let k = 0; k < n - 1; k++) {
    const p = utf8.decodeRunePacked(s, i);
    const size = p & 7;
    a.push(p >>> 3 === utf8.RuneError ? utf8.RuneErrorString : s.slice(i, i + size));
    i += size;
  }
  if (n > 0) a.push(s.slice(i));
  return stringSlice(a);
}

/** Go's genSplit: the core of Split, SplitN, SplitAfter and SplitAfterN. */
function genSplit(s: string, sep: string, sepSave: number, n: number): Slice | null {
  if (n === 0) return null;
  if (sep.length === 0) return explode(s, n);
  if (n < 0) n = count(s, sep) + 1;
  if (n > s.length + 1) n = s.length + 1;
  const a: string[] = [];
  let start = 0;
  while (a.length < n - 1) {
    const m = s.indexOf(sep, start);
    if (m < 0) break;
    a.push(s.slice(start, m + sepSave));
    start = m + sep.length;
  }
  a.push(s.slice(start));
  return stringSlice(a, n);
}

/** strings.Fields: the runs of non-space runes (unicode.IsSpace). */
export function fields(s: string): Slice {
  const a: string[] = [];
  let start = -1;
  for (let i = 0; i < s.length; ) {
    const p = utf8.decodeRunePacked(s, i);
    const space = isSpace(p >>> 3);
    if (space && start >= 0) {
      a.push(s.slice(start, i));
      start = -1;
    } else if (!space && start < 0) start = i;
    i += p & 7;
  }
  if (start >= 0) a.push(s.slice(start));
  return stringSlice(a);
}

/** The strings of a []string (nil gives none). */
export function sliceStrings(elems: Slice | null): string[] {
  if (elems === null) return [];
  return elems.a.slice(elems.off, elems.off + elems.len) as string[];
}

/** strings.Join. */
export function join(elems: Slice | null, sep: string): string {
  const xs = sliceStrings(elems);
  let total = sep.length * Math.max(xs.length - 1, 0);
  for (const x of xs) total += x.length;
  if (xs.length === 1) return xs[0]!;
  // Charged before the host joins: beyond --heap-limit this is Go's out of memory.
  const addr = mallocstring(total);
  return registerstring(addr, xs.join(sep));
}

// ---- Rewriting ----

function repeatPanic(msg: string, line: number): never {
  // (No goroutine when a unit test calls the native directly.)
  (S.g as typeof S.g | undefined)?.pushRuntime("strings.Repeat", "/usr/lib/go-1.19/src/strings/strings.go", line);
  throw new GoPanic(rt.stringValue(msg));
}

/** strings.Repeat, with Go's panics for a negative count and for overflow. */
export function repeat(s: string, n: I64): string {
  if (n === 0) return "";
  // A panic shows strings.Repeat's own frame at its line of strings.go, as Go's traceback does.
  if (n < 0) repeatPanic("strings: negative Repeat count", 538);
  if (s.length === 0) return "";
  if (BigInt(s.length) * BigInt(n) > 2n ** 63n - 1n) {
    repeatPanic("strings: Repeat count causes overflow", 540);
  }
  // Go builds the result in a Builder grown to the whole length: make's check applies.
  if (s.length * Number(n) > maxAlloc) throw new GoPanic(runtimeError("makeslice: cap out of range"));
  const addr = mallocstring(s.length * Number(n));
  return registerstring(addr, s.repeat(Number(n)));
}

/** strings.Replace: the first n (all when n < 0) non-overlapping old replaced by new. */
export function replace(s: string, old: string, nw: string, nArg: I64): string {
  let n = intArg(nArg);
  if (old === nw || n === 0) return s;
  const m = count(s, old);
  if (m === 0) return s;
  if (n < 0 || m < n) n = m;
  const addr = mallocstring(s.length + n * (nw.length - old.length));
  let out = "";
  let start = 0;
  for (let i = 0; i < n; i++) {
    let j = start;
    if (old.length === 0) {
      if (i > 0) j += utf8.decodeRunePacked(s, start) & 7;
    } else j = s.indexOf(old, start);
    out += s.slice(start, j) + nw;
    start = j + old.length;
  }
  return registerstring(addr, out + s.slice(start));
}

/** Go's strings.Map with a TS mapping: re-encodes every rune; invalid bytes map RuneError. */
function mapRunes(s: string, f: (r: number) => number): string {
  let out = "";
  for (let i = 0; i < s.length; ) {
    const p = utf8.decodeRunePacked(s, i);
    const r = f(p >>> 3);
    if (r >= 0) out += r < 0x80 ? String.fromCharCode(r) : utf8.encodeRune(r);
    i += p & 7;
  }
  return out;
}

function toUpperString(s: string): string {
  return changed(s, isASCII(s) ? s.toUpperCase() : mapRunes(s, toUpper));
}
function toLowerString(s: string): string {
  return changed(s, isASCII(s) ? s.toLowerCase() : mapRunes(s, toLower));
}

/** A mapped string is a new allocation unless nothing changed (Go returns s itself). */
function changed(s: string, r: string): string {
  return r === s ? s : rawstring(r);
}

/** Go's isSeparator, the word boundary test of the deprecated strings.Title. */
function isSeparator(r: number): boolean {
  if (r <= 0x7f) {
    const alnum = (r >= 0x30 && r <= 0x39) || (r >= 0x61 && r <= 0x7a) || (r >= 0x41 && r <= 0x5a);
    return !(alnum || r === 0x5f);
  }
  if (isLetter(r) || isDigit(r)) return false;
  return isSpace(r);
}

/** strings.Title: each word's first letter mapped to title case. */
export function title(s: string): string {
  let prev = 0x20;
  return mapRunes(s, (r) => {
    const out = isSeparator(prev) ? toTitle(r) : r;
    prev = r;
    return out;
  });
}

// ---- Trimming ----

/** The index after the leading runes of s[i:j] that satisfy pred. */
function trimLeftIndex(s: string, i: number, j: number, pred: (r: number) => boolean): number {
  while (i < j) {
    const p = utf8.decodeRunePacked(s, i);
    if (!pred(p >>> 3)) break;
    i += p & 7;
  }
  return i;
}

/** The end of s[0:j] once trailing runes that satisfy pred are removed. */
function trimRightIndex(s: string, j: number, pred: (r: number) => boolean): number {
  while (j > 0) {
    const [r, size] = utf8.decodeLastRune(s, j);
    if (!pred(r)) break;
    j -= size;
  }
  return j;
}

/** s with leading and trailing runes that satisfy pred removed (Go's TrimFunc). */
function trimBoth(s: string, pred: (r: number) => boolean): string {
  const t = s.slice(trimLeftIndex(s, 0, s.length, pred));
  return t.slice(0, trimRightIndex(t, t.length, pred));
}

export function trim(s: string, cutset: string): string {
  if (s.length === 0 || cutset.length === 0) return s;
  return trimBoth(s, runeSet(cutset));
}
function trimLeft(s: string, cutset: string): string {
  if (s.length === 0 || cutset.length === 0) return s;
  return s.slice(trimLeftIndex(s, 0, s.length, runeSet(cutset)));
}
function trimRight(s: string, cutset: string): string {
  if (s.length === 0 || cutset.length === 0) return s;
  return s.slice(0, trimRightIndex(s, s.length, runeSet(cutset)));
}
function trimSpace(s: string): string {
  return trimBoth(s, isSpace);
}

// ---- Builder (struct { addr *Builder; s string }) ----

interface Builder {
  addr: Builder | null;
  s: string;
  /** Go's buf as the allocator sees it: a heap object of its capacity (null before any). */
  buf: { cap: number; $addr?: number } | null;
}

// -race: a Builder's methods read and write its fields where Go's builder.go does (the race
// detector's locations (b, "addr") and (b, "buf"); gort's s stands for Go's buf), with Go's
// frames and lines; copyCheck is inlined in the method that calls it.
const builderFile = "/usr/lib/go-1.19/src/strings/builder.go";

function builderFrame(method: string, line: number, caller?: RuntimeFrame): RuntimeFrame {
  return { fn: `strings.(*Builder).${method}`, file: builderFile, line, ...(caller !== undefined ? { caller } : {}) };
}

/** A write method's frames: its copyCheck call, copyCheck's read and write of addr in it, and
 *  the method's append to buf. */
interface WriteFrames {
  checkRead: RuntimeFrame;
  checkWrite: RuntimeFrame;
  buf: RuntimeFrame;
  /** The append's growslice (its read of the old bytes) and its stores of the new ones: a
   *  slicecopy under -race for append(b.buf, p...), the method's own line for one byte. */
  grow: RuntimeFrame;
  store: RuntimeFrame;
}

function writeFrames(method: string, checkLine: number, bufLine: number, copies: boolean): WriteFrames {
  const at = builderFrame(method, checkLine);
  const buf = builderFrame(method, bufLine);
  return {
    checkRead: builderFrame("copyCheck", 34, at), checkWrite: builderFrame("copyCheck", 40, at), buf,
    grow: { ...growsliceFrame, caller: buf }, store: copies ? { ...slicecopyFrame, caller: buf } : buf,
  };
}

const raceWriteString = writeFrames("WriteString", 123, 124, true);
const raceWrite = writeFrames("Write", 89, 90, true);
const raceWriteByte = writeFrames("WriteByte", 97, 98, false);
const raceWriteRune = writeFrames("WriteRune", 105, 108, false);
const raceGrow = writeFrames("Grow", 77, 81, false);
const raceLen = builderFrame("Len", 52);
const raceCap = builderFrame("Cap", 57);
const raceString = builderFrame("String", 48);
const raceResetAddr = builderFrame("Reset", 61);
const raceResetBuf = builderFrame("Reset", 62);

/** -race: a read of buf by a method that does not write. */
function raceReadBuf(b: Builder, at: RuntimeFrame): void {
  if (S.r !== null) S.r.read(b, "buf", at);
}

/** Go's copyCheck: a Builder copied by value after first use may not be written. */
function copyCheck(b: Builder, rf?: WriteFrames): void {
  const r = S.r;
  if (r !== null && rf !== undefined) {
    r.read(b, "addr", rf.checkRead);
    if (b.addr === null) r.write(b, "addr", rf.checkWrite);
  }
  if (b.addr === null) b.addr = b;
  else if (b.addr !== b) {
    throw new GoPanic(rt.stringValue("strings: illegal use of non-zero Builder copied by value"));
  }
}

function builderAppend(b: Builder, s: string, rf: WriteFrames): void {
  copyCheck(b, rf);
  // -race: b.buf = append(b.buf, ...) reads buf; a growth reads the old bytes (growslice); the
  // new bytes are stored; then buf is written.
  const r = S.r;
  if (r !== null) r.read(b, "buf", rf.buf);
  const len = b.s.length;
  const need = len + s.length;
  const cap = b.buf === null ? 0 : b.buf.cap;
  if (need > cap) {
    if (b.buf !== null) raceRange(b.buf, 0, len, false, rf.grow);
    builderGrow(b, growcap(types.uint8, cap, need));
  }
  if (r !== null) {
    raceRange(b.buf!, len, s.length, true, rf.store);
    r.write(b, "buf", rf.buf);
  }
  b.s += s;
}

/** A new buffer of capacity c (append's growslice, or Grow's make, with makeslice's check). */
function builderGrow(b: Builder, c: number): void {
  // makeslice's limit is maxAlloc (2^48 on amd64). The buffer is charged before the host grows
  // the string; then the host's string limit applies.
  if (c > maxAlloc) throw new GoPanic(rt.runtimeError("makeslice: cap out of range"));
  b.buf = newsized({ cap: c }, c, true);
  hostStringLimit(c);
}

export const natives: Record<string, Function> = {
  Compare: (a: string, b: string) => (a === b ? 0 : a < b ? -1 : 1),
  Contains: (s: string, sub: string) => s.includes(sub),
  ContainsAny: (s: string, chars: string) => indexAny(s, chars) >= 0,
  ContainsRune: (s: string, r: number) => indexRune(s, r) >= 0,
  Count: count,
  Cut: (s: string, sep: string) => {
    const i = s.indexOf(sep);
    return i >= 0 ? [s.slice(0, i), s.slice(i + sep.length), true] : [s, "", false];
  },
  EqualFold: equalFold,
  Fields: fields,
  HasPrefix: (s: string, p: string) => s.startsWith(p),
  HasSuffix: (s: string, p: string) => s.endsWith(p),
  Index: (s: string, sub: string) => s.indexOf(sub),
  IndexAny: indexAny,
  IndexByte: (s: string, c: number) => s.indexOf(String.fromCharCode(c)),
  IndexRune: indexRune,
  Join: join,
  LastIndex: (s: string, sub: string) => s.lastIndexOf(sub),
  LastIndexAny: lastIndexAny,
  LastIndexByte: (s: string, c: number) => s.lastIndexOf(String.fromCharCode(c)),
  Repeat: repeat,
  Replace: replace,
  ReplaceAll: (s: string, old: string, nw: string) => replace(s, old, nw, -1),
  Split: (s: string, sep: string) => genSplit(s, sep, 0, -1),
  SplitN: (s: string, sep: string, n: I64) => genSplit(s, sep, 0, intArg(n)),
  SplitAfter: (s: string, sep: string) => genSplit(s, sep, sep.length, -1),
  SplitAfterN: (s: string, sep: string, n: I64) => genSplit(s, sep, sep.length, intArg(n)),
  Title: title,
  ToLower: toLowerString,
  ToTitle: (s: string) => mapRunes(s, toTitle),
  ToUpper: toUpperString,
  Trim: trim,
  TrimLeft: trimLeft,
  TrimPrefix: (s: string, p: string) => (s.startsWith(p) ? s.slice(p.length) : s),
  TrimRight: trimRight,
  TrimSpace: trimSpace,
  TrimSuffix: (s: string, p: string) => (p.length > 0 && s.endsWith(p) ? s.slice(0, s.length - p.length) : s),
  "Builder.String": (b: Builder) => {
    raceReadBuf(b, raceString);
    return bufferstring(b.buf?.$addr ?? 0, b.s);
  },
  "Builder.Len": (b: Builder) => {
    raceReadBuf(b, raceLen);
    return b.s.length;
  },
  "Builder.Cap": (b: Builder) => {
    raceReadBuf(b, raceCap);
    return b.buf === null ? 0 : b.buf.cap;
  },
  "Builder.Reset": (b: Builder) => {
    if (S.r !== null) {
      S.r.write(b, "addr", raceResetAddr);
      S.r.write(b, "buf", raceResetBuf);
    }
    b.addr = null;
    b.s = "";
    b.buf = null;
  },
  "Builder.Grow": (b: Builder, n: I64) => {
    copyCheck(b, raceGrow);
    if (n < 0) throw new GoPanic(rt.stringValue("strings.Builder.Grow: negative count"));
    raceReadBuf(b, raceGrow.buf);
    const cap = b.buf === null ? 0 : b.buf.cap;
    if (cap - b.s.length < Number(n)) builderGrow(b, 2 * cap + Number(n));
  },
  "Builder.WriteString": (b: Builder, s: string) => {
    builderAppend(b, s, raceWriteString);
    return [s.length, null];
  },
  "Builder.WriteByte": (b: Builder, c: number) => {
    builderAppend(b, String.fromCharCode(c), raceWriteByte);
    return null;
  },
  "Builder.WriteRune": (b: Builder, r: number) => {
    const e = utf8.encodeRune(r);
    builderAppend(b, e, raceWriteRune);
    return [e.length, null];
  },
  "Builder.Write": (b: Builder, p: Slice | null) => {
    const s = p === null ? "" : utf8.bytesToString(p.a, p.off, p.len);
    builderAppend(b, s, raceWrite);
    return [s.length, null];
  },
  "Replacer.Replace": replacerReplace,
};

/** Replacer.Replace for struct { oldnew []string }: at each position the first matching pair
 *  in argument order wins; an empty old matches once between runes (Go's genericReplacer). */
export function replacerReplace(r: { oldnew: Slice | null }, s: string): string {
  const pairs = sliceStrings(r.oldnew);
  let out = "";
  let last = 0;
  let prevMatchEmpty = false;
  for (let i = 0; i <= s.length; ) {
    let k = -1;
    for (let p = 0; p < pairs.length; p += 2) {
      const old = pairs[p] as string;
      if (old.length === 0 && prevMatchEmpty) continue;
      if (s.startsWith(old, i)) {
        k = p;
        break;
      }
    }
    if (k >= 0) {
      const old = pairs[k] as string;
      prevMatchEmpty = old.length === 0;
      out += s.slice(last, i) + (pairs[k + 1] as string);
      i += old.length;
      last = i;
      hostStringLimit(out.length);
      continue;
    }
    prevMatchEmpty = false;
    i++;
  }
  return out + s.slice(last);
}
