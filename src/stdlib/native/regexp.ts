// Natives of package regexp: compiling a pattern and running the engine for the Go code in
// stdlib/regexp (see regexp.go there for what is Go and what is native).
//
// Models regexp.go's compile (the fields a Regexp gets: the program, numSubexp, subexpNames,
// the literal prefix and whether it is complete, the start condition, minInputLen) and its
// doExecute, allMatches and replaceAll loops (Go 1.19). Parsing, compiling and matching are in
// regexp_parse.ts, regexp_compile.ts and regexp_exec.ts.
//
// Terms: a program is the native object behind a Regexp's prog field (class Program); the Go
// side never looks inside it. Inputs are byte strings: a []byte argument is read into one once
// per call, so the loops over all matches stay linear.
//
// Invariants:
//   - A Program is immutable once built, so one serves every Regexp compiled from the same
//     pattern and mode (a bounded cache) and every copy of a Regexp (Copy).
//   - The engine never yields inside a match, except the reader form, which runs on a machine
//     of its own; so the shared scratch state of a program is never seen half-used, by
//     another goroutine or by another machine in the host process (machines switch between
//     events only).
//
// Cost: compiling charges regexpCompileNsPerInst per instruction; each call into the engine charges
// regexpExecCallNs plus regexpExecStepNs per unit of engine work (an instruction enqueued or a thread
// stepped, regexp_exec.ts), so a long match takes simulated time in proportion to the work Go's
// NFA does for it. These are gort's estimates, not measurements of Go's engines (Go's
// one-pass and backtracking engines are faster than its NFA on the programs they accept).
//
// Simplifications: as regexp_exec.ts (only the NFA runs); a compile cache hit is charged as a
// compile, since Go has no such cache.

import { newsized } from "../../runtime/newobject.js";
import { S } from "../../runtime/state.js";
import { Slice } from "../../runtime/value.js";
import { decodeRunePacked } from "../../base/utf8.js";
import { str as bytesStr } from "./bytes.js";
import { intArg, stringSlice } from "./strings.js";
import { capNames, maxCap, parse, Perl, POSIX, SyntaxError } from "./regexp_parse.js";
import { compileProg, isOnePass, minInputLen, onePassPrefix, progPrefix, simplify, startCond } from "./regexp_compile.js";
import { Machine } from "./regexp_exec.js";
import { regexpCompileNsPerInst, regexpExecCallNs, regexpExecStepNs } from "../../runtime/costs.js";

/** Compiled programs kept for reuse, by mode and pattern (MustCompile in a loop is common):
 *  enough for a program's set of patterns; with cacheMaxInst, a bound on the host memory the
 *  cache holds (a bigger program is rebuilt each time it is compiled). */
const cacheSize = 256;
const cacheMaxInst = 10_000;

export class Program {
  readonly machine: Machine;
  /** The first rune of prefix (Go's prefixRune), or -1 without a prefix. */
  readonly prefixRune: number;
  constructor(
    readonly numInst: number,
    machine: Machine,
    readonly numCap: number,
    readonly numSubexp: number,
    readonly names: string[],
    /** The literal every match starts with, when the engine may search for it (Go's prefix of
     *  a program that is not one-pass; empty otherwise). */
    readonly searchPrefix: string,
    readonly prefix: string,
    readonly complete: boolean,
    readonly minLen: number,
  ) {
    this.machine = machine;
    this.prefixRune = prefix === "" ? -1 : decodeRunePacked(prefix, 0) >>> 3;
  }
}

const cache = new Map<string, Program | SyntaxError>();

/** regexp.compile's work: the Program of expr, or its syntax error. charge: add its cost to
 *  simulated time (gort's own uses, such as testing's -run matching, do not). */
export function compileRegexp(expr: string, posix: boolean, charge = true): Program | SyntaxError {
  const key = (posix ? "P" : "p") + expr;
  let hit = cache.get(key);
  if (hit === undefined) {
    hit = build(expr, posix);
    if (!(hit instanceof Program) || hit.numInst <= cacheMaxInst) {
      if (cache.size >= cacheSize) cache.delete(cache.keys().next().value as string);
      cache.set(key, hit);
    }
  }
  if (charge) S.cost += regexpCompileNsPerInst * (hit instanceof Program ? hit.numInst : expr.length + 1);
  return hit;
}

/** regexp.Compile(pat)'s error text, or "" (testing's -test.run check). */
export function regexpError(pat: string): string {
  const p = compileRegexp(pat, false, false);
  return p instanceof SyntaxError ? p.message() : "";
}

/** Does pat (Perl syntax) match somewhere in s? null when pat does not compile. Charges no
 *  simulated time: for gort's own uses (testing's -test.run matching). */
export function matchPattern(pat: string, s: string): boolean | null {
  const p = compileRegexp(pat, false, false);
  if (p instanceof SyntaxError) return null;
  return s.length >= p.minLen && p.machine.match(s, 0, 0, false, p.searchPrefix, p.prefixRune);
}

function build(expr: string, posix: boolean): Program | SyntaxError {
  let tree;
  try {
    tree = parse(expr, posix ? POSIX : Perl);
  } catch (e) {
    if (e instanceof SyntaxError) return e;
    throw e;
  }
  const numSubexp = maxCap(tree);
  const names = capNames(tree);
  const re = simplify(tree);
  const prog = compileProg(re);
  const machine = new Machine(prog, startCond(prog));
  let prefix: string;
  let complete: boolean;
  let searchPrefix = "";
  if (isOnePass(prog)) [prefix, complete] = onePassPrefix(prog);
  else {
    [prefix, complete] = progPrefix(prog);
    searchPrefix = prefix;
  }
  return new Program(prog.inst.length, machine, prog.numCap, numSubexp, names, searchPrefix, prefix, complete, minInputLen(re));
}

/** The input of a call: b's bytes when b is not nil, else s. */
function input(b: Slice | null, s: string): string {
  return b !== null ? bytesStr(b) : s;
}

/** A new []int holding xs. */
function intSlice(xs: number[]): Slice {
  newsized(xs, 8 * xs.length, true);
  return new Slice(xs, 0, xs.length, xs.length);
}

/** doExecute: the first ncap positions of the leftmost match in s from pos, or null. */
function exec(p: Program, longest: boolean, s: string, pos: number, ncap: number): number[] | null {
  const m = p.machine;
  S.cost += regexpExecCallNs;
  if (s.length < p.minLen) return null;
  m.work = 0;
  const ok = m.match(s, pos, ncap, longest, p.searchPrefix, p.prefixRune);
  S.cost += regexpExecStepNs * m.work;
  if (!ok) return null;
  return Array.from(m.matchcap);
}

/** The width of the rune at pos, 0 at the end. */
function runeWidth(s: string, pos: number): number {
  return pos < s.length ? decodeRunePacked(s, pos) & 7 : 0;
}

export const natives: Record<string, Function> = {
  /** compileProg(expr, posix) (p, numCap, numSubexp, names, prefix, complete, code, errExpr). */
  compileProg(expr: string, posix: boolean) {
    const p = compileRegexp(expr, posix);
    if (p instanceof SyntaxError) return [null, 0, 0, null, "", false, p.code, p.expr];
    return [p, p.numCap, p.numSubexp, stringSlice(p.names.slice()), p.prefix, p.complete, "", ""];
  },

  /** execute(p, longest, b, s, pos, ncap) []int. */
  execute(p: Program, longest: boolean, b: Slice | null, s: string, pos: number, ncap: number): Slice | null {
    const a = exec(p, longest, input(b, s), intArg(pos), ncap);
    return a === null ? null : intSlice(a);
  },

  /** allMatches(p, longest, b, s, n, ncap, width) []int: Go's allMatches loop. */
  allMatches(p: Program, longest: boolean, b: Slice | null, s0: string, n0: number, ncap: number, width: number): Slice | null {
    const s = input(b, s0);
    const n = intArg(n0);
    const end = s.length;
    const out: number[] = [];
    let prevMatchEnd = -1;
    for (let pos = 0, i = 0; i < n && pos <= end; ) {
      const m = exec(p, longest, s, pos, ncap);
      if (m === null) break;
      let accept = true;
      if (m[1] === pos) {
        // An empty match: not right after the previous match; step over one rune.
        if (m[0] === prevMatchEnd) accept = false;
        const w = runeWidth(s, pos);
        pos = w > 0 ? pos + w : end + 1;
      } else pos = m[1]!;
      prevMatchEnd = m[1]!;
      if (accept) {
        for (let k = 0; k < width; k++) out.push(k < m.length ? m[k]! : -1);
        i++;
      }
    }
    return out.length === 0 ? null : intSlice(out);
  },

  /** replaceMatches(p, longest, b, s, nmatch) []int: the matches Go's replaceAll replaces. */
  replaceMatches(p: Program, longest: boolean, b: Slice | null, s0: string, nmatch: number): Slice | null {
    const s = input(b, s0);
    const end = s.length;
    const out: number[] = [];
    let lastMatchEnd = 0;
    let searchPos = 0;
    while (searchPos <= end) {
      const a = exec(p, longest, s, searchPos, nmatch);
      if (a === null) break;
      // Not an empty match right after a replaced one (that would replace twice).
      if (a[1]! > lastMatchEnd || a[0] === 0) out.push(...a);
      lastMatchEnd = a[1]!;
      const w = runeWidth(s, searchPos);
      if (searchPos + w > a[1]!) searchPos += w;
      else if (searchPos + 1 > a[1]!) searchPos++;
      else searchPos = a[1]!;
    }
    return out.length === 0 ? null : intSlice(out);
  },

  /** executeReader(p, longest, next, ncap) []int: the match over the runes next returns. */
  *executeReader(p: Program, longest: boolean, next: () => Generator<unknown, [number, number], unknown>, ncap: number) {
    S.cost += regexpExecCallNs;
    const m = p.machine.clone();
    const ok: boolean = yield* m.matchReader(next, ncap, longest);
    S.cost += regexpExecStepNs * m.work;
    return ok ? intSlice(Array.from(m.matchcap)) : null;
  },
};
