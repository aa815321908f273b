// Natives of package unicode: character classes and simple case mapping of runes.
//
// Models unicode/graphic.go, unicode/letter.go and unicode/tables.go (Go 1.19, Unicode 13.0.0).
//
// Terms:
//   - mask: the set of classes a rune belongs to, one bit per class (see unicode_delta.ts).
//   - simple case mapping: one rune to one rune, as in UnicodeData.txt (Go's CaseRanges), unlike
//     JS's toUpperCase, which applies SpecialCasing (ß → "SS").
//   - orbit: the runes equivalent under simple case folding (k, K, U+212A KELVIN SIGN).
//
// How the tables are derived: the classes come from JS's Unicode property regexes (\p{L},
// \p{Nd}, \p{N}, \p{White_Space}, \p{Lu}, \p{Ll}, \p{Lt}, \p{P}, \p{M}, \p{S}, \p{Zs}, \p{Cc});
// case mapping from toUpperCase/toLowerCase of a one-rune string, kept only when the result is
// one rune. Node's ICU implements a newer Unicode (17.0 on Node 20.20) than Go 1.19 (13.0.0), so
// unicode_delta.ts lists every code point where Go 1.19 answers differently, with Go's answer.
// With that table the answers equal Go 1.19's for all 0x110000 code points on Node 20.20
// (checked exhaustively when the table was generated; unicode.test.ts re-checks samples).
//
// Known difference: under a JS engine whose ICU has yet another Unicode version, code points
// whose properties changed between that version and 17.0 may answer differently from Go.
//
// Invariants: every function accepts any int32; runes outside 0..MaxRune are in no class and
// map to themselves, as in Go.
//
// The range tables (unicode.Letter, unicode.Han...) are built by unicode_tables.ts; Is and In are
// Go code over them (stdlib/unicode/letter.go).

import { caseOverrides, categoryOverrides, foldOverrides } from "./unicode_delta.js";
import { tableNatives } from "./unicode_tables.js";

export const MaxRune = 0x10ffff;

const M_L = 1, M_ND = 2, M_N = 4, M_SPACE = 8, M_LU = 16, M_LL = 32, M_P = 64, M_PRINT = 128;
const M_GRAPHIC = 256, M_CONTROL = 512, M_M = 1024, M_S = 2048, M_LT = 4096;

const reL = /^\p{L}$/u, reNd = /^\p{Nd}$/u, reN = /^\p{N}$/u, reWS = /^\p{White_Space}$/u;
const reLu = /^\p{Lu}$/u, reLl = /^\p{Ll}$/u, reLt = /^\p{Lt}$/u, reP = /^\p{P}$/u;
const reM = /^\p{M}$/u, reS = /^\p{S}$/u, reZs = /^\p{Zs}$/u, reCc = /^\p{Cc}$/u;

/** The class mask of r from the regexes alone (before Go's corrections). */
function regexMask(r: number): number {
  if (r >= 0xd800 && r <= 0xdfff) return 0;
  const s = String.fromCodePoint(r);
  const L = reL.test(s), N = reN.test(s), P = reP.test(s), M = reM.test(s), S = reS.test(s);
  let m = 0;
  if (L) m |= M_L;
  if (reNd.test(s)) m |= M_ND;
  if (N) m |= M_N;
  if (reWS.test(s)) m |= M_SPACE;
  if (reLu.test(s)) m |= M_LU;
  if (reLl.test(s)) m |= M_LL;
  if (P) m |= M_P;
  const graphicBase = L || M || N || P || S;
  if (graphicBase || r === 0x20) m |= M_PRINT;
  if (graphicBase || reZs.test(s)) m |= M_GRAPHIC;
  if (r <= 0xff && reCc.test(s)) m |= M_CONTROL;
  if (M) m |= M_M;
  if (S) m |= M_S;
  if (reLt.test(s)) m |= M_LT;
  return m;
}

/** Go's mask for r from the override table, or -1 when r is not listed. Binary search. */
function overrideMask(r: number): number {
  let lo = 0;
  let hi = categoryOverrides.length / 3;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((categoryOverrides[mid * 3 + 1] as number) < r) lo = mid + 1;
    else hi = mid;
  }
  const i = lo * 3;
  if (i < categoryOverrides.length && (categoryOverrides[i] as number) <= r) {
    return categoryOverrides[i + 2] as number;
  }
  return -1;
}

// A table computed from Unicode's, the same for every machine in the host process.
let maskCache: Uint16Array | undefined; // 0xffff = not computed yet

/** The class mask of r as Go 1.19 sees it; 0 for runes outside 0..MaxRune. */
export function mask(r: number): number {
  if (r < 0 || r > MaxRune) return 0;
  if (maskCache === undefined) maskCache = new Uint16Array(MaxRune + 1).fill(0xffff);
  let m = maskCache[r] as number;
  if (m === 0xffff) {
    const o = overrideMask(r);
    m = o >= 0 ? o : regexMask(r);
    maskCache[r] = m;
  }
  return m;
}

export const isLetter = (r: number): boolean => (mask(r) & M_L) !== 0;
export const isDigit = (r: number): boolean => (r >= 0x30 && r <= 0x39) || (r > 0xff && (mask(r) & M_ND) !== 0);
export const isNumber = (r: number): boolean => (mask(r) & M_N) !== 0;
export const isUpper = (r: number): boolean => (mask(r) & M_LU) !== 0;
export const isLower = (r: number): boolean => (mask(r) & M_LL) !== 0;
export const isTitle = (r: number): boolean => (mask(r) & M_LT) !== 0;
export const isPunct = (r: number): boolean => (mask(r) & M_P) !== 0;
export const isPrint = (r: number): boolean => (mask(r) & M_PRINT) !== 0;
export const isGraphic = (r: number): boolean => (mask(r) & M_GRAPHIC) !== 0;
export const isControl = (r: number): boolean => (mask(r) & M_CONTROL) !== 0;
export const isMark = (r: number): boolean => (mask(r) & M_M) !== 0;
export const isSymbol = (r: number): boolean => (mask(r) & M_S) !== 0;

/** unicode.IsSpace, with the Latin-1 fast path of graphic.go. */
export function isSpace(r: number): boolean {
  if (r <= 0xff && r >= 0) {
    return r === 0x20 || (r >= 0x09 && r <= 0x0d) || r === 0x85 || r === 0xa0;
  }
  return (mask(r) & M_SPACE) !== 0;
}

// ---- Case mapping ----

const caseTable = new Map<number, [number, number, number]>();
for (let i = 0; i < caseOverrides.length; i += 4) {
  const c = caseOverrides as number[];
  caseTable.set(c[i] as number, [c[i + 1] as number, c[i + 2] as number, c[i + 3] as number]);
}
const foldTable = new Map<number, number>();
for (let i = 0; i < foldOverrides.length; i += 2) {
  foldTable.set(foldOverrides[i] as number, foldOverrides[i + 1] as number);
}

/** The only code point of s, or -1 when s holds more than one. */
function single(s: string): number {
  const c = s.codePointAt(0) as number;
  return s.length === (c > 0xffff ? 2 : 1) ? c : -1;
}

/** unicode.ToUpper. */
export function toUpper(r: number): number {
  if (r < 0x80) return r >= 0x61 && r <= 0x7a ? r - 32 : r;
  if (r > MaxRune || (r >= 0xd800 && r <= 0xdfff)) return r;
  const o = caseTable.get(r);
  if (o !== undefined) return o[0];
  const u = single(String.fromCodePoint(r).toUpperCase());
  return u < 0 ? r : u;
}

/** unicode.ToLower. */
export function toLower(r: number): number {
  if (r < 0x80) return r >= 0x41 && r <= 0x5a ? r + 32 : r;
  if (r > MaxRune || (r >= 0xd800 && r <= 0xdfff)) return r;
  const o = caseTable.get(r);
  if (o !== undefined) return o[1];
  const l = single(String.fromCodePoint(r).toLowerCase());
  return l < 0 ? r : l;
}

/** unicode.ToTitle: the upper-case mapping except where Unicode lists a distinct title case. */
export function toTitle(r: number): number {
  if (r < 0x80) return r >= 0x61 && r <= 0x7a ? r - 32 : r;
  const o = caseTable.get(r);
  if (o !== undefined) return o[2];
  return toUpper(r);
}

/** unicode.To(c, r) with c = UpperCase (0), LowerCase (1) or TitleCase (2). */
export function to(c: number, r: number): number {
  if (c === 0) return toUpper(r);
  if (c === 1) return toLower(r);
  if (c === 2) return toTitle(r);
  return 0xfffd; // Go returns ReplacementChar for a bad case.
}

/**
 * unicode.SimpleFold: the next rune of r's orbit, in increasing order with wrap-around. Outside
 * the special orbits an orbit is {r, ToLower(r)} or {r, ToUpper(r)}.
 */
export function simpleFold(r: number): number {
  if (r < 0 || r > MaxRune) return r;
  const f = foldTable.get(r);
  if (f !== undefined) return f;
  const l = toLower(r);
  if (l !== r) return l;
  return toUpper(r);
}

export const natives: Record<string, Function> = {
  IsLetter: isLetter,
  IsDigit: isDigit,
  IsNumber: isNumber,
  IsSpace: isSpace,
  IsUpper: isUpper,
  IsLower: isLower,
  IsTitle: isTitle,
  IsPunct: isPunct,
  IsPrint: isPrint,
  IsGraphic: isGraphic,
  IsControl: isControl,
  IsMark: isMark,
  IsSymbol: isSymbol,
  ToUpper: toUpper,
  ToLower: toLower,
  ToTitle: toTitle,
  To: to,
  SimpleFold: simpleFold,
  ...tableNatives,
};
