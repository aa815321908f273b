// The regular expression parser of package regexp/syntax: pattern text to a syntax tree.
//
// Models regexp/syntax/parse.go, regexp.go (the tree and Equal) and perl_groups.go (Go 1.19):
// the same operators and flags, the same parse stack with its incremental rewrites (literal
// strings merged as they are read, [Aa] turned into a case-folded literal, alternations of
// single characters merged into one class, common prefixes of alternatives factored out), the
// same limits and the same error codes and error texts. The tree matters beyond matching:
// LiteralPrefix reads the program compiled from it, so the factoring is kept as Go does it.
//
// Terms:
//   pattern   a byte string (value.ts): UTF-8 text, decoded rune by rune; an invalid byte is
//             the error ErrInvalidUTF8 with the rest of the pattern from that byte.
//   class     a list of rune ranges, flattened [lo0, hi0, lo1, hi1, ...]; "clean" when sorted
//             by lo and with no two ranges overlapping or touching (cleanClass).
//   fold      unicode.SimpleFold's orbits (k, K, U+212A KELVIN SIGN); under the i flag a
//             literal is stored as its orbit's smallest rune and a class gets whole orbits.
//   Unicode tables: unicode.Categories and unicode.Scripts of Go 1.19 (regexp_unicode.gen.ts).
//             Go's FoldCategory/FoldScript tables equal the part of a table's fold closure
//             outside the table (checked for every table against Go 1.19), so the closure is
//             computed here instead of stored.
//
// Invariants: parse either returns a tree whose pseudo-operators are gone or throws a
// SyntaxError; the tree's classes are clean except those a Perl or Unicode escape built outside
// brackets, which are sorted and disjoint (all that matching needs).
//
// Simplifications vs Go: no free list of nodes (a node Go would recycle is left to the host's
// GC), but its length is counted where Go recycles, so the node count that decides when the
// size and height checks start is Go's (a pattern such as a literal of 3.4 million runes
// compiles because Go never checks its size). A recycled node's stale cached size in Go's map
// is not modelled. Only what package regexp needs is kept: no String of a tree, no Literal
// parse mode.

import * as utf8 from "../../base/utf8.js";
import { simpleFold } from "./unicode.js";
import { categories, scripts } from "./regexp_unicode.gen.js";

// ---- The tree ----

export const enum Op {
  NoMatch = 1, EmptyMatch, Literal, CharClass, AnyCharNotNL, AnyChar, BeginLine, EndLine,
  BeginText, EndText, WordBoundary, NoWordBoundary, Capture, Star, Plus, Quest, Repeat, Concat,
  Alternate,
  // Pseudo-operators of the parse stack (Go's opPseudo and after).
  LeftParen = 128, VerticalBar,
}

/** Parse flags (syntax.Flags). */
export const FoldCase = 1, LiteralFlag = 2, ClassNL = 4, DotNL = 8, OneLine = 16, NonGreedy = 32;
export const PerlX = 64, UnicodeGroups = 128, WasDollar = 256;
export const Perl = ClassNL | OneLine | PerlX | UnicodeGroups;
export const POSIX = 0;

export class Node {
  flags = 0;
  sub: Node[] = [];
  runes: number[] = [];
  min = 0;
  max = 0;
  cap = 0;
  name = "";
  /** The parser's cached calcSize and calcHeight (-1: not computed), as Go's size and height
   *  maps hold them. */
  size = -1;
  height = -1;
  constructor(public op: Op) {}
}

/** Go's (*Regexp).Equal: identical structure. */
export function equal(x: Node | null, y: Node | null): boolean {
  if (x === null || y === null) return x === y;
  if (x.op !== y.op) return false;
  switch (x.op) {
    case Op.EndText:
      return (x.flags & WasDollar) === (y.flags & WasDollar);
    case Op.Literal:
    case Op.CharClass:
      return x.runes.length === y.runes.length && x.runes.every((r, i) => r === y.runes[i]);
    case Op.Alternate:
    case Op.Concat:
      return x.sub.length === y.sub.length && x.sub.every((s, i) => equal(s, y.sub[i]!));
    case Op.Star:
    case Op.Plus:
    case Op.Quest:
      return (x.flags & NonGreedy) === (y.flags & NonGreedy) && equal(x.sub[0]!, y.sub[0]!);
    case Op.Repeat:
      return (x.flags & NonGreedy) === (y.flags & NonGreedy) && x.min === y.min && x.max === y.max &&
        equal(x.sub[0]!, y.sub[0]!);
    case Op.Capture:
      return x.cap === y.cap && x.name === y.name && equal(x.sub[0]!, y.sub[0]!);
  }
  return true;
}

/** The highest capture index in the tree (Go's MaxCap). */
export function maxCap(re: Node): number {
  let m = re.op === Op.Capture ? re.cap : 0;
  for (const s of re.sub) m = Math.max(m, maxCap(s));
  return m;
}

/** The capture names by index, "" for unnamed ones and index 0 (Go's CapNames). */
export function capNames(re: Node): string[] {
  const names = new Array<string>(maxCap(re) + 1).fill("");
  const walk = (n: Node): void => {
    if (n.op === Op.Capture) names[n.cap] = n.name;
    for (const s of n.sub) walk(s);
  };
  walk(re);
  return names;
}

// ---- Errors ----

/** ErrorCode values: the texts of syntax.Err*. */
export const ErrInternalError = "regexp/syntax: internal error";
export const ErrInvalidCharClass = "invalid character class";
export const ErrInvalidCharRange = "invalid character class range";
export const ErrInvalidEscape = "invalid escape sequence";
export const ErrInvalidNamedCapture = "invalid named capture";
export const ErrInvalidPerlOp = "invalid or unsupported Perl syntax";
export const ErrInvalidRepeatOp = "invalid nested repetition operator";
export const ErrInvalidRepeatSize = "invalid repeat count";
export const ErrInvalidUTF8 = "invalid UTF-8";
export const ErrMissingBracket = "missing closing ]";
export const ErrMissingParen = "missing closing )";
export const ErrMissingRepeatArgument = "missing argument to repetition operator";
export const ErrTrailingBackslash = "trailing backslash at end of expression";
export const ErrUnexpectedParen = "unexpected )";
export const ErrNestingDepth = "expression nests too deeply";

/** A *syntax.Error: its Code and the offending part of the pattern (a byte string). */
export class SyntaxError {
  constructor(
    readonly code: string,
    readonly expr: string,
  ) {}
  /** (*syntax.Error).Error. */
  message(): string {
    return `error parsing regexp: ${this.code}: \`${this.expr}\``;
  }
}

// ---- Limits (parse.go) ----

/** Deepest tree: Go keeps recursion over trees within its stack (maxHeight). */
const maxHeight = 1000;
/** Largest program, in instructions: 128 MB of Go's 40-byte Inst (maxSize). */
const maxSize = Math.floor((128 << 20) / 40);
/** Most runes in all classes of a pattern: 128 MB of int32 (maxRunes). */
const maxRunes = (128 << 20) / 4;
/** The largest count in {n,m} and the most copies nested repetitions may make. */
const maxRepeat = 1000;

/** Thrown inside the parser when a limit is passed; parse turns it into a SyntaxError. */
class LimitError {
  constructor(readonly code: string) {}
}

// ---- Classes ----

export const MaxRune = utf8.MaxRune;
/** The smallest and largest runes simple folding changes (parse.go's minFold, maxFold). */
const minFold = 0x41;
const maxFold = 0x1e943;

/** Sort the ranges of r by lo (hi decreasing on ties) and merge overlapping or touching ones. */
function cleanClass(r: number[]): number[] {
  const n = r.length / 2;
  if (n < 2) return r;
  const idx = Array.from({ length: n }, (_, i) => i);
  idx.sort((a, b) => r[2 * a]! - r[2 * b]! || r[2 * b + 1]! - r[2 * a + 1]!);
  const out: number[] = [r[2 * idx[0]!]!, r[2 * idx[0]! + 1]!];
  for (let k = 1; k < n; k++) {
    const lo = r[2 * idx[k]!]!;
    const hi = r[2 * idx[k]! + 1]!;
    const w = out.length;
    if (lo <= out[w - 1]! + 1) {
      if (hi > out[w - 1]!) out[w - 1] = hi;
    } else out.push(lo, hi);
  }
  return out;
}

/** Append [lo, hi] to r, widening one of the last two ranges when they overlap or touch. */
function appendRange(r: number[], lo: number, hi: number): number[] {
  const n = r.length;
  for (let i = 2; i <= 4; i += 2) {
    if (n >= i) {
      const rlo = r[n - i]!;
      const rhi = r[n - i + 1]!;
      if (lo <= rhi + 1 && rlo <= hi + 1) {
        if (lo < rlo) r[n - i] = lo;
        if (hi > rhi) r[n - i + 1] = hi;
        return r;
      }
    }
  }
  r.push(lo, hi);
  return r;
}

/** Append [lo, hi] and every rune simple folding reaches from it. */
function appendFoldedRange(r: number[], lo: number, hi: number): number[] {
  if ((lo <= minFold && hi >= maxFold) || hi < minFold || lo > maxFold) return appendRange(r, lo, hi);
  if (lo < minFold) {
    r = appendRange(r, lo, minFold - 1);
    lo = minFold;
  }
  if (hi > maxFold) {
    r = appendRange(r, maxFold + 1, hi);
    hi = maxFold;
  }
  for (let c = lo; c <= hi; c++) {
    r = appendRange(r, c, c);
    for (let f = simpleFold(c); f !== c; f = simpleFold(f)) r = appendRange(r, f, f);
  }
  return r;
}

function appendLiteral(r: number[], x: number, flags: number): number[] {
  return (flags & FoldCase) !== 0 ? appendFoldedRange(r, x, x) : appendRange(r, x, x);
}

/** Append the clean class x to r. */
function appendClass(r: number[], x: readonly number[]): number[] {
  for (let i = 0; i < x.length; i += 2) r = appendRange(r, x[i]!, x[i + 1]!);
  return r;
}

function appendFoldedClass(r: number[], x: readonly number[]): number[] {
  for (let i = 0; i < x.length; i += 2) r = appendFoldedRange(r, x[i]!, x[i + 1]!);
  return r;
}

/** Append the complement of the clean class x to r. */
function appendNegatedClass(r: number[], x: readonly number[]): number[] {
  let next = 0;
  for (let i = 0; i < x.length; i += 2) {
    if (next <= x[i]! - 1) r = appendRange(r, next, x[i]! - 1);
    next = x[i + 1]! + 1;
  }
  if (next <= MaxRune) r = appendRange(r, next, MaxRune);
  return r;
}

/** The complement of the clean class r. */
function negateClass(r: number[]): number[] {
  return appendNegatedClass([], r);
}

// ---- Unicode tables ----

/** The runs of an encoded table (see tools/gen-unicode-tables.ts). */
export function decodeRuns(enc: string): number[] {
  const w = enc.split(" ");
  const out: number[] = [];
  let prevHi = 0;
  for (let i = 0; i < w.length; i += 2) {
    const lo = i === 0 ? parseInt(w[0]!, 36) : prevHi + 2 + parseInt(w[i]!, 36);
    prevHi = lo + parseInt(w[i + 1]!, 36);
    out.push(lo, prevHi);
  }
  return out;
}

const tableCache = new Map<string, readonly number[]>();
const foldCache = new Map<string, readonly number[]>();

/** The runs of \p{name} (unicode.Categories, then unicode.Scripts, and "Any"), or null. */
function unicodeTable(name: string): readonly number[] | null {
  const hit = tableCache.get(name);
  if (hit !== undefined) return hit;
  let enc: string | undefined;
  if (name === "Any") enc = "0 " + MaxRune.toString(36);
  else if (Object.prototype.hasOwnProperty.call(categories, name)) enc = categories[name];
  else if (Object.prototype.hasOwnProperty.call(scripts, name)) enc = scripts[name];
  if (enc === undefined) return null;
  const t = decodeRuns(enc);
  tableCache.set(name, t);
  return t;
}

/** The runes whose fold orbit has more than one member, sorted (computed once). */
let foldingRunes: Int32Array | undefined;

function allFoldingRunes(): Int32Array {
  if (foldingRunes === undefined) {
    const xs: number[] = [];
    for (let c = minFold; c <= maxFold; c++) if (simpleFold(c) !== c) xs.push(c);
    foldingRunes = Int32Array.from(xs);
  }
  return foldingRunes;
}

/** The table with every rune folding reaches from it (Go's table plus its Fold table). */
function foldedTable(name: string, t: readonly number[]): readonly number[] {
  const hit = foldCache.get(name);
  if (hit !== undefined) return hit;
  const fr = allFoldingRunes();
  const r = t.slice();
  let k = 0;
  for (let i = 0; i < t.length && k < fr.length; i += 2) {
    while (k < fr.length && fr[k]! < t[i]!) k++;
    for (; k < fr.length && fr[k]! <= t[i + 1]!; k++) {
      const c = fr[k]!;
      for (let f = simpleFold(c); f !== c; f = simpleFold(f)) r.push(f, f);
    }
  }
  const out = cleanClass(r);
  foldCache.set(name, out);
  return out;
}

// ---- Perl and POSIX groups (perl_groups.go) ----

const perlGroups: Record<string, [number, number[]]> = {
  "\\d": [1, [0x30, 0x39]],
  "\\D": [-1, [0x30, 0x39]],
  "\\s": [1, [0x09, 0x0a, 0x0c, 0x0d, 0x20, 0x20]],
  "\\S": [-1, [0x09, 0x0a, 0x0c, 0x0d, 0x20, 0x20]],
  "\\w": [1, [0x30, 0x39, 0x41, 0x5a, 0x5f, 0x5f, 0x61, 0x7a]],
  "\\W": [-1, [0x30, 0x39, 0x41, 0x5a, 0x5f, 0x5f, 0x61, 0x7a]],
};

const posixClasses: Record<string, number[]> = {
  alnum: [0x30, 0x39, 0x41, 0x5a, 0x61, 0x7a],
  alpha: [0x41, 0x5a, 0x61, 0x7a],
  ascii: [0x00, 0x7f],
  blank: [0x09, 0x09, 0x20, 0x20],
  cntrl: [0x00, 0x1f, 0x7f, 0x7f],
  digit: [0x30, 0x39],
  graph: [0x21, 0x7e],
  lower: [0x61, 0x7a],
  print: [0x20, 0x7e],
  punct: [0x21, 0x2f, 0x3a, 0x40, 0x5b, 0x60, 0x7b, 0x7e],
  space: [0x09, 0x0d, 0x20, 0x20],
  upper: [0x41, 0x5a],
  word: [0x30, 0x39, 0x41, 0x5a, 0x5f, 0x5f, 0x61, 0x7a],
  xdigit: [0x30, 0x39, 0x41, 0x46, 0x61, 0x66],
};

/** A [:name:] or [:^name:] group: sign and class, or undefined. */
function posixGroup(text: string): [number, number[]] | undefined {
  const neg = text.startsWith("[:^");
  const name = text.slice(neg ? 3 : 2, -2);
  if (!Object.prototype.hasOwnProperty.call(posixClasses, name)) return undefined;
  return [neg ? -1 : 1, posixClasses[name]!];
}

// ---- Small helpers ----

function isalnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function unhex(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  return -1;
}

/** The smallest rune of r's fold orbit. */
function minFoldRune(r: number): number {
  if (r < minFold || r > maxFold) return r;
  let min = r;
  for (let f = simpleFold(r); f !== r; f = simpleFold(f)) if (f < min) min = f;
  return min;
}

/** Could re be a character class: one-rune literal, class, . or (?s:.)? */
function isCharClass(re: Node): boolean {
  return (re.op === Op.Literal && re.runes.length === 1) || re.op === Op.CharClass ||
    re.op === Op.AnyCharNotNL || re.op === Op.AnyChar;
}

function matchRune(re: Node, r: number): boolean {
  switch (re.op) {
    case Op.Literal:
      return re.runes.length === 1 && re.runes[0] === r;
    case Op.CharClass:
      for (let i = 0; i < re.runes.length; i += 2) if (re.runes[i]! <= r && r <= re.runes[i + 1]!) return true;
      return false;
    case Op.AnyCharNotNL:
      return r !== 0x0a;
    case Op.AnyChar:
      return true;
  }
  return false;
}

/** dst = dst|src for two class-like nodes, dst the more complex (Go's mergeCharClass). */
function mergeCharClass(dst: Node, src: Node): void {
  switch (dst.op) {
    case Op.AnyChar:
      break;
    case Op.AnyCharNotNL:
      if (matchRune(src, 0x0a)) dst.op = Op.AnyChar;
      break;
    case Op.CharClass:
      dst.runes = src.op === Op.Literal ? appendLiteral(dst.runes, src.runes[0]!, src.flags) : appendClass(dst.runes, src.runes);
      break;
    case Op.Literal:
      if (src.runes[0] === dst.runes[0] && src.flags === dst.flags) break;
      dst.op = Op.CharClass;
      dst.runes = appendLiteral(appendLiteral([], dst.runes[0]!, dst.flags), src.runes[0]!, src.flags);
      break;
  }
}

/** Clean a class about to become part of an alternation; . and (?s:.) get their own ops. */
function cleanAlt(re: Node): void {
  if (re.op !== Op.CharClass) return;
  re.runes = cleanClass(re.runes);
  const r = re.runes;
  if (r.length === 2 && r[0] === 0 && r[1] === MaxRune) {
    re.runes = [];
    re.op = Op.AnyChar;
  } else if (r.length === 4 && r[0] === 0 && r[1] === 0x09 && r[2] === 0x0b && r[3] === MaxRune) {
    re.runes = [];
    re.op = Op.AnyCharNotNL;
  }
}

/** Does nesting of counted repetitions stay within n copies of the innermost thing? */
function repeatIsValid(re: Node, n: number): boolean {
  if (re.op === Op.Repeat) {
    let m = re.max;
    if (m === 0) return true;
    if (m < 0) m = re.min;
    if (m > n) return false;
    if (m > 0) n = Math.trunc(n / m);
  }
  for (const s of re.sub) if (!repeatIsValid(s, n)) return false;
  return true;
}

// ---- The parser ----

class Parser {
  flags: number;
  stack: Node[] = [];
  numCap = 0;
  /** Nodes allocated so far, as Go's numRegexp counts them (a node taken from Go's free list
   *  is not counted): it gates the size and height checks. */
  numRegexp = 0;
  /** The length of Go's free list of nodes: reuse() adds one, node() takes one. */
  free = 0;
  numRunes = 0;
  /** Product of the repeat counts seen while sizes are not tracked (Go's repeats). */
  repeats = 0;
  /** Have the size and height checks started (Go's maps made)? */
  sizeTracked = false;
  heightTracked = false;

  constructor(
    readonly whole: string,
    flags: number,
  ) {
    this.flags = flags;
  }

  node(op: Op): Node {
    if (this.free > 0) this.free--;
    else this.numRegexp++;
    return new Node(op);
  }

  /** A node Go would put back on its free list (the node itself is left to the host's GC). */
  reuse(): void {
    this.free++;
  }

  // -- Limits --

  checkLimits(re: Node): void {
    if (this.numRunes > maxRunes) throw new LimitError(ErrInternalError);
    this.checkSize(re);
    this.checkHeight(re);
  }

  checkSize(re: Node): void {
    if (!this.sizeTracked) {
      // Cheap test first: few nodes times the product of all repeat counts is small enough.
      if (this.repeats === 0) this.repeats = 1;
      if (re.op === Op.Repeat) {
        let n = re.max === -1 ? re.min : re.max;
        if (n <= 0) n = 1;
        if (n > Math.floor(maxSize / this.repeats)) this.repeats = maxSize;
        else this.repeats *= n;
      }
      if (this.numRegexp < Math.floor(maxSize / this.repeats)) return;
      this.sizeTracked = true;
      for (const s of this.stack) this.checkSize(s);
    }
    if (this.calcSize(re, true) > maxSize) throw new LimitError(ErrInternalError);
  }

  /** The number of instructions re compiles to, pessimistically (Go's calcSize). */
  calcSize(re: Node, force: boolean): number {
    if (!force && re.size >= 0) return re.size;
    let n = 0;
    switch (re.op) {
      case Op.Literal:
        n = re.runes.length;
        break;
      case Op.Capture:
      case Op.Star:
        n = 2 + this.calcSize(re.sub[0]!, false);
        break;
      case Op.Plus:
      case Op.Quest:
        n = 1 + this.calcSize(re.sub[0]!, false);
        break;
      case Op.Concat:
        for (const s of re.sub) n += this.calcSize(s, false);
        break;
      case Op.Alternate:
        for (const s of re.sub) n += this.calcSize(s, false);
        if (re.sub.length > 1) n += re.sub.length - 1;
        break;
      case Op.Repeat: {
        const sub = this.calcSize(re.sub[0]!, false);
        if (re.max === -1) n = re.min === 0 ? 2 + sub : 1 + re.min * sub;
        else n = re.max * sub + (re.max - re.min);
        break;
      }
    }
    n = Math.max(n, 1);
    re.size = n;
    return n;
  }

  checkHeight(re: Node): void {
    if (this.numRegexp < maxHeight) return;
    if (!this.heightTracked) {
      this.heightTracked = true;
      for (const s of this.stack) this.checkHeight(s);
    }
    if (this.calcHeight(re, true) > maxHeight) throw new LimitError(ErrNestingDepth);
  }

  calcHeight(re: Node, force: boolean): number {
    if (!force && re.height >= 0) return re.height;
    let h = 1;
    for (const s of re.sub) h = Math.max(h, 1 + this.calcHeight(s, false));
    re.height = h;
    return h;
  }

  // -- The stack --

  /** Push re, turning one-rune classes into literals and merging adjacent literals; returns
   *  null when re was merged into the literal below it. */
  push(re: Node): Node | null {
    this.numRunes += re.runes.length;
    const r = re.runes;
    if (re.op === Op.CharClass && r.length === 2 && r[0] === r[1]) {
      if (this.maybeConcat(r[0]!, this.flags & ~FoldCase)) return null;
      re.op = Op.Literal;
      re.runes = [r[0]!];
      re.flags = this.flags & ~FoldCase;
    } else if (
      re.op === Op.CharClass &&
      ((r.length === 4 && r[0] === r[1] && r[2] === r[3] && simpleFold(r[0]!) === r[2] && simpleFold(r[2]!) === r[0]) ||
        (r.length === 2 && r[0]! + 1 === r[1] && simpleFold(r[0]!) === r[1] && simpleFold(r[1]!) === r[0]))
    ) {
      // A case-insensitive rune like [Aa] or [Δδ].
      if (this.maybeConcat(r[0]!, this.flags | FoldCase)) return null;
      re.op = Op.Literal;
      re.runes = [r[0]!];
      re.flags = this.flags | FoldCase;
    } else {
      this.maybeConcat(-1, 0);
    }
    this.stack.push(re);
    this.checkLimits(re);
    return re;
  }

  /** If the top two entries are literals with the same case folding, append the top one's
   *  runes to the one below. Then, with r >= 0, reuse the top entry as the literal r (and
   *  report true); otherwise pop it. */
  maybeConcat(r: number, flags: number): boolean {
    const n = this.stack.length;
    if (n < 2) return false;
    const re1 = this.stack[n - 1]!;
    const re2 = this.stack[n - 2]!;
    if (re1.op !== Op.Literal || re2.op !== Op.Literal || (re1.flags & FoldCase) !== (re2.flags & FoldCase)) return false;
    re2.runes.push(...re1.runes);
    if (r >= 0) {
      re1.runes = [r];
      re1.flags = flags;
      return true;
    }
    this.stack.pop();
    this.reuse();
    return false;
  }

  literal(r: number): void {
    const re = this.node(Op.Literal);
    re.flags = this.flags;
    re.runes = [(this.flags & FoldCase) !== 0 ? minFoldRune(r) : r];
    this.push(re);
  }

  op(op: Op): Node | null {
    const re = this.node(op);
    re.flags = this.flags;
    return this.push(re);
  }

  /** Apply a repetition operator to the top of the stack. `before` is where the operator
   *  starts, `after` where it ends, lastRepeat where the previous token started if it was a
   *  repetition too (else -1). Returns the new position. */
  repeat(op: Op, min: number, max: number, before: number, after: number, lastRepeat: number): number {
    const s = this.whole;
    let flags = this.flags;
    if ((this.flags & PerlX) !== 0) {
      if (after < s.length && s[after] === "?") {
        after++;
        flags ^= NonGreedy;
      }
      // Perl rejects a** and gives a++ another meaning: both are errors here.
      if (lastRepeat >= 0) throw new SyntaxError(ErrInvalidRepeatOp, s.slice(lastRepeat, after));
    }
    const n = this.stack.length;
    if (n === 0 || this.stack[n - 1]!.op >= Op.LeftParen) {
      throw new SyntaxError(ErrMissingRepeatArgument, s.slice(before, after));
    }
    const re = this.node(op);
    re.min = min;
    re.max = max;
    re.flags = flags;
    re.sub = [this.stack[n - 1]!];
    this.stack[n - 1] = re;
    this.checkLimits(re);
    if (op === Op.Repeat && (min >= 2 || max >= 2) && !repeatIsValid(re, maxRepeat)) {
      throw new SyntaxError(ErrInvalidRepeatSize, s.slice(before, after));
    }
    return after;
  }

  /** The index just above the topmost pseudo-operator. */
  private pseudoTop(): number {
    let i = this.stack.length;
    while (i > 0 && this.stack[i - 1]!.op < Op.LeftParen) i--;
    return i;
  }

  concat(): void {
    this.maybeConcat(-1, 0);
    const subs = this.stack.splice(this.pseudoTop());
    if (subs.length === 0) this.push(this.node(Op.EmptyMatch));
    else this.push(this.collapse(subs, Op.Concat));
  }

  alternate(): void {
    const subs = this.stack.splice(this.pseudoTop());
    if (subs.length > 0) cleanAlt(subs[subs.length - 1]!);
    if (subs.length === 0) this.push(this.node(Op.NoMatch));
    else this.push(this.collapse(subs, Op.Alternate));
  }

  /** op applied to subs, with nested nodes of the same op flattened into it. */
  collapse(subs: Node[], op: Op): Node {
    if (subs.length === 1) return subs[0]!;
    let re = this.node(op);
    for (const s of subs) {
      if (s.op === op) {
        re.sub.push(...s.sub);
        this.reuse();
      } else re.sub.push(s);
    }
    if (op === Op.Alternate) {
      re.sub = this.factor(re.sub);
      if (re.sub.length === 1) {
        re = re.sub[0]!;
        this.reuse();
      }
    }
    return re;
  }

  /** Factor common prefixes out of the alternatives in sub: ABC|ABD|AEF|BCX|BCY becomes
   *  A(B[CD]|EF)|BC[XY] (Go's factor, its four rounds). */
  factor(sub: Node[]): Node[] {
    if (sub.length < 2) return sub;

    // Round 1: common literal prefixes.
    let out: Node[] = [];
    let str: number[] = [];
    let strflags = 0;
    let start = 0;
    for (let i = 0; i <= sub.length; i++) {
      let istr: number[] = [];
      let iflags = 0;
      if (i < sub.length) {
        [istr, iflags] = leadingString(sub[i]!);
        if (iflags === strflags) {
          let same = 0;
          while (same < str.length && same < istr.length && str[same] === istr[same]) same++;
          if (same > 0) {
            str = str.slice(0, same);
            continue;
          }
        }
      }
      if (i === start + 1) out.push(sub[start]!);
      else if (i > start + 1) {
        const prefix = this.node(Op.Literal);
        prefix.flags = strflags;
        prefix.runes = str.slice();
        for (let j = start; j < i; j++) {
          sub[j] = this.removeLeadingString(sub[j]!, str.length);
          this.checkLimits(sub[j]!);
        }
        const suffix = this.collapse(sub.slice(start, i), Op.Alternate);
        const re = this.node(Op.Concat);
        re.sub = [prefix, suffix];
        out.push(re);
      }
      start = i;
      str = istr;
      strflags = iflags;
    }
    sub = out;

    // Round 2: a common leading class, or a fixed repetition of one (anything more complex
    // would merge paths the automaton must keep apart).
    out = [];
    start = 0;
    let first: Node | null = null;
    for (let i = 0; i <= sub.length; i++) {
      let ifirst: Node | null = null;
      if (i < sub.length) {
        ifirst = leadingRegexp(sub[i]!);
        if (
          first !== null && equal(first, ifirst) &&
          (isCharClass(first) || (first.op === Op.Repeat && first.min === first.max && isCharClass(first.sub[0]!)))
        ) continue;
      }
      if (i === start + 1) out.push(sub[start]!);
      else if (i > start + 1) {
        const prefix = first!;
        for (let j = start; j < i; j++) {
          sub[j] = this.removeLeadingRegexp(sub[j]!, j !== start); // the prefix is sub[start]'s
          this.checkLimits(sub[j]!);
        }
        const suffix = this.collapse(sub.slice(start, i), Op.Alternate);
        const re = this.node(Op.Concat);
        re.sub = [prefix, suffix];
        out.push(re);
      }
      start = i;
      first = ifirst;
    }
    sub = out;

    // Round 3: runs of single runes and classes become one class.
    out = [];
    start = 0;
    for (let i = 0; i <= sub.length; i++) {
      if (i < sub.length && isCharClass(sub[i]!)) continue;
      if (i === start + 1) out.push(sub[start]!);
      else if (i > start + 1) {
        // Merge into the most complex one.
        let max = start;
        for (let j = start + 1; j < i; j++) {
          const a = sub[max]!;
          const b = sub[j]!;
          if (a.op < b.op || (a.op === b.op && a.runes.length < b.runes.length)) max = j;
        }
        [sub[start], sub[max]] = [sub[max]!, sub[start]!];
        for (let j = start + 1; j < i; j++) {
          mergeCharClass(sub[start]!, sub[j]!);
          this.reuse();
        }
        cleanAlt(sub[start]!);
        out.push(sub[start]!);
      }
      if (i < sub.length) out.push(sub[i]!);
      start = i + 1;
    }
    sub = out;

    // Round 4: runs of empty matches become one.
    out = [];
    for (let i = 0; i < sub.length; i++) {
      if (i + 1 < sub.length && sub[i]!.op === Op.EmptyMatch && sub[i + 1]!.op === Op.EmptyMatch) continue;
      out.push(sub[i]!);
    }
    return out;
  }

  /** re without its first n literal runes. */
  removeLeadingString(re: Node, n: number): Node {
    if (re.op === Op.Concat && re.sub.length > 0) {
      const s = this.removeLeadingString(re.sub[0]!, n);
      re.sub[0] = s;
      if (s.op === Op.EmptyMatch) {
        this.reuse();
        switch (re.sub.length) {
          case 0:
          case 1:
            re.op = Op.EmptyMatch;
            re.sub = [];
            break;
          case 2:
            re = re.sub[1]!;
            this.reuse();
            break;
          default:
            re.sub.shift();
        }
      }
      return re;
    }
    if (re.op === Op.Literal) {
      re.runes = re.runes.slice(n);
      if (re.runes.length === 0) re.op = Op.EmptyMatch;
    }
    return re;
  }

  /** re without its leading node (see leadingRegexp); reuse: that node is no longer used. */
  removeLeadingRegexp(re: Node, reuse: boolean): Node {
    if (re.op === Op.Concat && re.sub.length > 0) {
      if (reuse) this.reuse();
      re.sub.shift();
      if (re.sub.length === 0) {
        re.op = Op.EmptyMatch;
        re.sub = [];
      } else if (re.sub.length === 1) {
        re = re.sub[0]!;
        this.reuse();
      }
      return re;
    }
    if (reuse) this.reuse();
    return this.node(Op.EmptyMatch);
  }

  /** At a |: the concatenation just parsed joins the alternatives below the marker. */
  parseVerticalBar(): void {
    this.concat();
    if (!this.swapVerticalBar()) this.op(Op.VerticalBar);
  }

  /** If a | marker is second from the top, move the top below it (merging two class-like
   *  alternatives into one class) and report true. */
  swapVerticalBar(): boolean {
    const st = this.stack;
    const n = st.length;
    if (n >= 3 && st[n - 2]!.op === Op.VerticalBar && isCharClass(st[n - 1]!) && isCharClass(st[n - 3]!)) {
      let re1 = st[n - 1]!;
      let re3 = st[n - 3]!;
      if (re1.op > re3.op) {
        [re1, re3] = [re3, re1];
        st[n - 3] = re3;
      }
      mergeCharClass(re3, re1);
      this.reuse();
      st.pop();
      return true;
    }
    if (n >= 2) {
      const re1 = st[n - 1]!;
      const re2 = st[n - 2]!;
      if (re2.op === Op.VerticalBar) {
        if (n >= 3) cleanAlt(st[n - 3]!);
        st[n - 2] = re1;
        st[n - 1] = re2;
        return true;
      }
    }
    return false;
  }

  parseRightParen(): void {
    this.concat();
    if (this.swapVerticalBar()) this.stack.pop();
    this.alternate();
    const n = this.stack.length;
    if (n < 2) throw new SyntaxError(ErrUnexpectedParen, this.whole);
    const re1 = this.stack[n - 1]!;
    const re2 = this.stack[n - 2]!;
    this.stack.length = n - 2;
    if (re2.op !== Op.LeftParen) throw new SyntaxError(ErrUnexpectedParen, this.whole);
    this.flags = re2.flags;
    if (re2.cap === 0) this.push(re1);
    else {
      re2.op = Op.Capture;
      re2.sub = [re1];
      this.push(re2);
    }
  }

  // -- Lexical pieces; each takes a position in the pattern and returns the next one --

  /** The rune at i and the position after it; an invalid byte is ErrInvalidUTF8. At the end
   *  of the pattern: RuneError and i (as Go's DecodeRuneInString of ""). */
  nextRune(i: number): [number, number] {
    const p = utf8.decodeRunePacked(this.whole, i);
    const size = p & 7;
    if (size === 1 && p >>> 3 === utf8.RuneError) throw new SyntaxError(ErrInvalidUTF8, this.whole.slice(i));
    return [p >>> 3, i + size];
  }

  /** ErrInvalidUTF8 for the first invalid byte of s, a piece of the pattern. */
  static checkUTF8(s: string): void {
    for (let i = 0; i < s.length; ) {
      const p = utf8.decodeRunePacked(s, i);
      if ((p & 7) === 1 && p >>> 3 === utf8.RuneError) throw new SyntaxError(ErrInvalidUTF8, s.slice(i));
      i += p & 7;
    }
  }

  /** (?flags), (?flags:re), (?P<name>re) at i (which starts with "(?"). */
  parsePerlFlags(i: number): number {
    const s = this.whole;
    if (s.length - i > 4 && s[i + 2] === "P" && s[i + 3] === "<") {
      const end = s.indexOf(">", i);
      if (end < 0) {
        Parser.checkUTF8(s.slice(i));
        throw new SyntaxError(ErrInvalidNamedCapture, s.slice(i));
      }
      const name = s.slice(i + 4, end);
      Parser.checkUTF8(name);
      if (name === "" || ![...name].every((c) => c === "_" || isalnum(c.charCodeAt(0)))) {
        throw new SyntaxError(ErrInvalidNamedCapture, s.slice(i, end + 1));
      }
      this.numCap++;
      const re = this.op(Op.LeftParen)!;
      re.cap = this.numCap;
      re.name = name;
      return end + 1;
    }

    let t = i + 2;
    let flags = this.flags;
    let sign = 1;
    let sawFlag = false;
    loop: while (t < s.length) {
      let c: number;
      [c, t] = this.nextRune(t);
      switch (c) {
        case 0x69: // i
          flags |= FoldCase;
          sawFlag = true;
          break;
        case 0x6d: // m
          flags &= ~OneLine;
          sawFlag = true;
          break;
        case 0x73: // s
          flags |= DotNL;
          sawFlag = true;
          break;
        case 0x55: // U
          flags |= NonGreedy;
          sawFlag = true;
          break;
        case 0x2d: // -
          if (sign < 0) break loop;
          sign = -1;
          // Invert so that the |= above clear flags; inverted back at the end.
          flags = ~flags;
          sawFlag = false;
          break;
        case 0x3a: // :
        case 0x29: // )
          if (sign < 0) {
            if (!sawFlag) break loop;
            flags = ~flags;
          }
          if (c === 0x3a) this.op(Op.LeftParen);
          this.flags = flags;
          return t;
        default:
          break loop;
      }
    }
    throw new SyntaxError(ErrInvalidPerlOp, s.slice(i, t));
  }

  /** {n}, {n,} or {n,m} at i: [min, max, next], max -1 for no limit, min -1 for a number too
   *  big; null when the text is no repetition (then { is a literal). */
  parseRepeat(i: number): [number, number, number] | null {
    const s = this.whole;
    let t = i + 1;
    const a = this.parseInt(t);
    if (a === null) return null;
    let min = a[0];
    let max: number;
    t = a[1];
    if (t >= s.length) return null;
    if (s[t] !== ",") max = min;
    else {
      t++;
      if (t >= s.length) return null;
      if (s[t] === "}") max = -1;
      else {
        const b = this.parseInt(t);
        if (b === null) return null;
        max = b[0];
        t = b[1];
        if (max < 0) min = -1;
      }
    }
    if (t >= s.length || s[t] !== "}") return null;
    return [min, max, t + 1];
  }

  /** A decimal number at i without leading zeros: [value (-1 when 1e8 or more), next]. */
  parseInt(i: number): [number, number] | null {
    const s = this.whole;
    const digit = (k: number): boolean => k < s.length && s[k]! >= "0" && s[k]! <= "9";
    if (!digit(i)) return null;
    if (s[i] === "0" && digit(i + 1)) return null;
    let t = i;
    while (digit(t)) t++;
    let n = 0;
    for (let k = i; k < t; k++) {
      if (n >= 1e8) {
        n = -1;
        break;
      }
      n = n * 10 + s.charCodeAt(k) - 0x30;
    }
    return [n, t];
  }

  /** An escape sequence at i (which holds the backslash): [rune, next]. */
  parseEscape(i: number): [number, number] {
    const s = this.whole;
    let t = i + 1;
    if (t >= s.length) throw new SyntaxError(ErrTrailingBackslash, "");
    let c: number;
    [c, t] = this.nextRune(t);
    const bad = (): never => {
      throw new SyntaxError(ErrInvalidEscape, s.slice(i, t));
    };
    const isOctal = (k: number): boolean => k < s.length && s[k]! >= "0" && s[k]! <= "7";
    if (c >= 0x30 && c <= 0x37) {
      // Octal, up to three digits; a single non-zero digit would be a backreference: not
      // supported.
      if (c !== 0x30 && !isOctal(t)) return bad();
      let r = c - 0x30;
      for (let k = 1; k < 3 && isOctal(t); k++) r = r * 8 + s.charCodeAt(t++) - 0x30;
      return [r, t];
    }
    switch (c) {
      case 0x78: { // x
        if (t >= s.length) return bad();
        [c, t] = this.nextRune(t);
        if (c === 0x7b) {
          // \x{...}: at least one hex digit, at most MaxRune.
          let nhex = 0;
          let r = 0;
          for (;;) {
            if (t >= s.length) return bad();
            [c, t] = this.nextRune(t);
            if (c === 0x7d) break;
            const v = unhex(c);
            if (v < 0) return bad();
            r = r * 16 + v;
            if (r > MaxRune) return bad();
            nhex++;
          }
          if (nhex === 0) return bad();
          return [r, t];
        }
        const x = unhex(c);
        [c, t] = this.nextRune(t);
        const y = unhex(c);
        if (x < 0 || y < 0) return bad();
        return [x * 16 + y, t];
      }
      case 0x61: return [0x07, t]; // \a
      case 0x66: return [0x0c, t]; // \f
      case 0x6e: return [0x0a, t]; // \n
      case 0x72: return [0x0d, t]; // \r
      case 0x74: return [0x09, t]; // \t
      case 0x76: return [0x0b, t]; // \v
      default:
        // Escaped punctuation is itself (\_ included); \q and friends are errors.
        if (c < utf8.RuneSelf && !isalnum(c)) return [c, t];
    }
    return bad();
  }

  /** A Perl class escape (\d \D \s \S \w \W) at i appended to r: [r, next], or null. */
  parsePerlClassEscape(i: number, r: number[]): [number[], number] | null {
    const s = this.whole;
    if ((this.flags & PerlX) === 0 || s.length - i < 2 || s[i] !== "\\") return null;
    const g = perlGroups[s.slice(i, i + 2)];
    if (g === undefined) return null;
    return [this.appendGroup(r, g[0], g[1]), i + 2];
  }

  /** A POSIX class [:alnum:] at i appended to r: [r, next], or null. */
  parseNamedClass(i: number, r: number[]): [number[], number] | null {
    const s = this.whole;
    if (s.length - i < 2 || s[i] !== "[" || s[i + 1] !== ":") return null;
    const end = s.indexOf(":]", i + 2);
    if (end < 0) return null;
    const name = s.slice(i, end + 2);
    const g = posixGroup(name);
    if (g === undefined) throw new SyntaxError(ErrInvalidCharRange, name);
    return [this.appendGroup(r, g[0], g[1]), end + 2];
  }

  appendGroup(r: number[], sign: number, cls: readonly number[]): number[] {
    if ((this.flags & FoldCase) !== 0) cls = cleanClass(appendFoldedClass([], cls));
    return sign < 0 ? appendNegatedClass(r, cls) : appendClass(r, cls);
  }

  /** A Unicode class \pL, \p{Greek}, \PN, \p{^Greek} at i appended to r: [r, next], or null. */
  parseUnicodeClass(i: number, r: number[]): [number[], number] | null {
    const s = this.whole;
    if ((this.flags & UnicodeGroups) === 0 || s.length - i < 2 || s[i] !== "\\" || (s[i + 1] !== "p" && s[i + 1] !== "P")) {
      return null;
    }
    let sign = s[i + 1] === "P" ? -1 : 1;
    let [c, t] = this.nextRune(i + 2);
    let seq: string;
    let name: string;
    if (c !== 0x7b) {
      seq = s.slice(i, t);
      name = seq.slice(2);
    } else {
      const end = s.indexOf("}", i);
      if (end < 0) {
        Parser.checkUTF8(s.slice(i));
        throw new SyntaxError(ErrInvalidCharRange, s.slice(i));
      }
      seq = s.slice(i, end + 1);
      t = end + 1;
      name = s.slice(i + 3, end);
      Parser.checkUTF8(name);
    }
    if (name.startsWith("^")) {
      sign = -sign;
      name = name.slice(1);
    }
    const tab = unicodeTable(name);
    if (tab === null) throw new SyntaxError(ErrInvalidCharRange, seq);
    const cls = (this.flags & FoldCase) !== 0 ? foldedTable(name, tab) : tab;
    return [sign > 0 ? appendClass(r, cls) : appendNegatedClass(r, cls), t];
  }

  /** A class [...] at i: pushes it and returns the next position. */
  parseClass(i: number): number {
    const s = this.whole;
    let t = i + 1;
    const re = this.node(Op.CharClass);
    re.flags = this.flags;
    let cls: number[] = [];
    let sign = 1;
    if (t < s.length && s[t] === "^") {
      sign = -1;
      t++;
      // Without ClassNL, [^...] must not match \n: put it in, negation takes it out.
      if ((this.flags & ClassNL) === 0) cls.push(0x0a, 0x0a);
    }
    let first = true; // ] and - are literal as the first character
    while (t >= s.length || s[t] !== "]" || first) {
      // POSIX allows - only first or last; Perl anywhere.
      if (t < s.length && s[t] === "-" && (this.flags & PerlX) === 0 && !first && (t + 1 === s.length || s[t + 1] !== "]")) {
        const size = t + 1 < s.length ? utf8.decodeRunePacked(s, t + 1) & 7 : 0;
        throw new SyntaxError(ErrInvalidCharRange, s.slice(t, t + 1 + size));
      }
      first = false;
      if (s.length - t > 2 && s[t] === "[" && s[t + 1] === ":") {
        const nc = this.parseNamedClass(t, cls);
        if (nc !== null) {
          [cls, t] = nc;
          continue;
        }
      }
      const uc = this.parseUnicodeClass(t, cls);
      if (uc !== null) {
        [cls, t] = uc;
        continue;
      }
      const pc = this.parsePerlClassEscape(t, cls);
      if (pc !== null) {
        [cls, t] = pc;
        continue;
      }
      // One character or a range.
      const rng = t;
      let lo: number;
      [lo, t] = this.parseClassChar(t, i);
      let hi = lo;
      if (s.length - t >= 2 && s[t] === "-" && s[t + 1] !== "]") {
        [hi, t] = this.parseClassChar(t + 1, i);
        if (hi < lo) throw new SyntaxError(ErrInvalidCharRange, s.slice(rng, t));
      }
      cls = (this.flags & FoldCase) === 0 ? appendRange(cls, lo, hi) : appendFoldedRange(cls, lo, hi);
    }
    t++; // ]
    cls = cleanClass(cls);
    re.runes = sign < 0 ? negateClass(cls) : cls;
    this.push(re);
    return t;
  }

  parseClassChar(t: number, classStart: number): [number, number] {
    const s = this.whole;
    if (t >= s.length) throw new SyntaxError(ErrMissingBracket, s.slice(classStart));
    if (s[t] === "\\") return this.parseEscape(t);
    return this.nextRune(t);
  }

  /** The whole pattern. */
  parse(): Node {
    const s = this.whole;
    let t = 0;
    let lastRepeat = -1;
    while (t < s.length) {
      let repeat = -1;
      const ch = s[t]!;
      switch (ch) {
        case "(":
          if ((this.flags & PerlX) !== 0 && s.length - t >= 2 && s[t + 1] === "?") {
            t = this.parsePerlFlags(t);
            break;
          }
          this.numCap++;
          this.op(Op.LeftParen)!.cap = this.numCap;
          t++;
          break;
        case "|":
          this.parseVerticalBar();
          t++;
          break;
        case ")":
          this.parseRightParen();
          t++;
          break;
        case "^":
          this.op((this.flags & OneLine) !== 0 ? Op.BeginText : Op.BeginLine);
          t++;
          break;
        case "$":
          if ((this.flags & OneLine) !== 0) this.op(Op.EndText)!.flags |= WasDollar;
          else this.op(Op.EndLine);
          t++;
          break;
        case ".":
          this.op((this.flags & DotNL) !== 0 ? Op.AnyChar : Op.AnyCharNotNL);
          t++;
          break;
        case "[":
          t = this.parseClass(t);
          break;
        case "*":
        case "+":
        case "?": {
          const op = ch === "*" ? Op.Star : ch === "+" ? Op.Plus : Op.Quest;
          const before = t;
          t = this.repeat(op, 0, 0, before, t + 1, lastRepeat);
          repeat = before;
          break;
        }
        case "{": {
          const before = t;
          const rp = this.parseRepeat(t);
          if (rp === null) {
            this.literal(0x7b);
            t++;
            break;
          }
          const [min, max, after] = rp;
          if (min < 0 || min > maxRepeat || max > maxRepeat || (max >= 0 && min > max)) {
            throw new SyntaxError(ErrInvalidRepeatSize, s.slice(before, after));
          }
          t = this.repeat(Op.Repeat, min, max, before, after, lastRepeat);
          repeat = before;
          break;
        }
        case "\\":
          t = this.parseBackslash(t);
          break;
        default: {
          let c: number;
          [c, t] = this.nextRune(t);
          this.literal(c);
        }
      }
      lastRepeat = repeat;
    }
    this.concat();
    if (this.swapVerticalBar()) this.stack.pop();
    this.alternate();
    if (this.stack.length !== 1) throw new SyntaxError(ErrMissingParen, s);
    return this.stack[0]!;
  }

  /** A backslash sequence outside a class at t; returns the next position. */
  parseBackslash(t: number): number {
    const s = this.whole;
    if ((this.flags & PerlX) !== 0 && s.length - t >= 2) {
      switch (s[t + 1]) {
        case "A":
          this.op(Op.BeginText);
          return t + 2;
        case "b":
          this.op(Op.WordBoundary);
          return t + 2;
        case "B":
          this.op(Op.NoWordBoundary);
          return t + 2;
        case "C":
          // Any byte: not supported.
          throw new SyntaxError(ErrInvalidEscape, s.slice(t, t + 2));
        case "Q": {
          // \Q...\E: literal text up to \E or the end.
          let end = s.indexOf("\\E", t + 2);
          const next = end < 0 ? s.length : end + 2;
          if (end < 0) end = s.length;
          for (let k = t + 2; k < end; ) {
            const p = utf8.decodeRunePacked(s, k);
            if ((p & 7) === 1 && p >>> 3 === utf8.RuneError) throw new SyntaxError(ErrInvalidUTF8, s.slice(k, end));
            this.literal(p >>> 3);
            k += p & 7;
          }
          return next;
        }
        case "z":
          this.op(Op.EndText);
          return t + 2;
      }
    }
    // A class node is made first, as Go does, and given back when the escape is no class.
    const re = this.node(Op.CharClass);
    re.flags = this.flags;
    const cls = (s.length - t >= 2 && (s[t + 1] === "p" || s[t + 1] === "P") ? this.parseUnicodeClass(t, []) : null) ??
      this.parsePerlClassEscape(t, []);
    if (cls !== null) {
      re.runes = cls[0];
      this.push(re);
      return cls[1];
    }
    this.reuse();
    const [c, next] = this.parseEscape(t);
    this.literal(c);
    return next;
  }
}

/** The leading literal string of re and its FoldCase flag. */
function leadingString(re: Node): [number[], number] {
  if (re.op === Op.Concat && re.sub.length > 0) re = re.sub[0]!;
  if (re.op !== Op.Literal) return [[], 0];
  return [re.runes, re.flags & FoldCase];
}

/** The leading node of re: its first factor, or itself (null for an empty match). */
function leadingRegexp(re: Node): Node | null {
  if (re.op === Op.EmptyMatch) return null;
  if (re.op === Op.Concat && re.sub.length > 0) {
    const s = re.sub[0]!;
    return s.op === Op.EmptyMatch ? null : s;
  }
  return re;
}

/** syntax.Parse(s, flags): the tree of pattern s, or a thrown SyntaxError. */
export function parse(s: string, flags: number): Node {
  const p = new Parser(s, flags);
  try {
    return p.parse();
  } catch (e) {
    if (e instanceof LimitError) throw new SyntaxError(e.code, s);
    throw e;
  }
}
