// From syntax tree to instruction program: regexp/syntax's Simplify and Compile, the program's
// Prefix and StartCond, and the one-pass analysis package regexp runs to pick LiteralPrefix.
//
// Models regexp/syntax/simplify.go, compile.go and prog.go, and of package regexp the parts of
// regexp.go (minInputLen) and onepass.go (compileOnePass, onePassCopy, makeOnePass,
// mergeRuneSets, onePassPrefix) that decide what a Regexp reports (Go 1.19).
//
// Terms:
//   program   instructions in an array; 0 is always Fail, so a patch list or a jump to 0 means
//             "nowhere". Alt's Out is taken before its Arg: the order is the match priority.
//   patch list  the not yet filled Out/Arg fields of a fragment, chained through those very
//             fields (value pc<<1 for Out, pc<<1|1 for Arg; 0 ends the chain), as Go does.
//   nullable  a fragment that can match the empty string; x* of a nullable x compiles as
//             (x+)? so that priorities stay right (Go issue 46123).
//
// Invariants: the program has exactly the instructions and layout Go's compiler gives the same
// simplified tree, so captures, priorities, Prefix and the one-pass decision agree with Go.
//
// Simplifications: the one-pass program is analysed but not run (its matches equal the NFA's:
// it is only used for programs where every choice is decided by the next rune), so only its
// verdict and onePassPrefix are kept.

import { encodeRune, RuneError, runeLen } from "../../base/utf8.js";
import { FoldCase, MaxRune, NonGreedy, Node, Op } from "./regexp_parse.js";
import { simpleFold } from "./unicode.js";

// ---- Simplify ----

function simplify1(op: Op, flags: number, sub: Node, re: Node | null): Node {
  if (sub.op === Op.EmptyMatch) return sub;
  // The operators are idempotent if the flags match.
  if (op === sub.op && (flags & NonGreedy) === (sub.flags & NonGreedy)) return sub;
  if (re !== null && re.op === op && (re.flags & NonGreedy) === (flags & NonGreedy) && sub === re.sub[0]) return re;
  const n = new Node(op);
  n.flags = flags;
  n.sub = [sub];
  return n;
}

/** Go's (*Regexp).Simplify: no counted repetitions left (x{2,5} is xx(x(x(x)?)?)?), the
 *  subtrees shared where copies are the same. */
export function simplify(re: Node): Node {
  switch (re.op) {
    case Op.Capture:
    case Op.Concat:
    case Op.Alternate: {
      let nre = re;
      for (let i = 0; i < re.sub.length; i++) {
        const sub = re.sub[i]!;
        const nsub = simplify(sub);
        if (nre === re && nsub !== sub) {
          nre = new Node(re.op);
          nre.flags = re.flags;
          nre.cap = re.cap;
          nre.name = re.name;
          nre.min = re.min;
          nre.max = re.max;
          nre.sub = re.sub.slice(0, i);
        }
        if (nre !== re) nre.sub.push(nsub);
      }
      return nre;
    }
    case Op.Star:
    case Op.Plus:
    case Op.Quest:
      return simplify1(re.op, re.flags, simplify(re.sub[0]!), re);
    case Op.Repeat: {
      if (re.min === 0 && re.max === 0) return new Node(Op.EmptyMatch);
      const sub = simplify(re.sub[0]!);
      if (re.max === -1) {
        if (re.min === 0) return simplify1(Op.Star, re.flags, sub, null);
        if (re.min === 1) return simplify1(Op.Plus, re.flags, sub, null);
        // x{4,} is xxxx+.
        const nre = new Node(Op.Concat);
        for (let i = 0; i < re.min - 1; i++) nre.sub.push(sub);
        nre.sub.push(simplify1(Op.Plus, re.flags, sub, null));
        return nre;
      }
      if (re.min === 1 && re.max === 1) return sub;
      let prefix: Node | null = null;
      if (re.min > 0) {
        prefix = new Node(Op.Concat);
        for (let i = 0; i < re.min; i++) prefix.sub.push(sub);
      }
      if (re.max > re.min) {
        let suffix = simplify1(Op.Quest, re.flags, sub, null);
        for (let i = re.min + 1; i < re.max; i++) {
          const nre2 = new Node(Op.Concat);
          nre2.sub = [sub, suffix];
          suffix = simplify1(Op.Quest, re.flags, nre2, null);
        }
        if (prefix === null) return suffix;
        prefix.sub.push(suffix);
      }
      if (prefix !== null) return prefix;
      return new Node(Op.NoMatch);
    }
  }
  return re;
}

/** The fewest bytes any match needs (package regexp's minInputLen). */
export function minInputLen(re: Node): number {
  switch (re.op) {
    case Op.AnyChar:
    case Op.AnyCharNotNL:
    case Op.CharClass:
      return 1;
    case Op.Literal: {
      let l = 0;
      for (const r of re.runes) l += r === RuneError ? 1 : runeLen(r);
      return l;
    }
    case Op.Capture:
    case Op.Plus:
      return minInputLen(re.sub[0]!);
    case Op.Repeat:
      return re.min * minInputLen(re.sub[0]!);
    case Op.Concat: {
      let l = 0;
      for (const s of re.sub) l += minInputLen(s);
      return l;
    }
    case Op.Alternate: {
      let l = minInputLen(re.sub[0]!);
      for (const s of re.sub.slice(1)) l = Math.min(l, minInputLen(s));
      return l;
    }
  }
  return 0;
}

// ---- The program ----

export const enum InstOp {
  Alt, AltMatch, Capture, EmptyWidth, Match, Fail, Nop, Rune, Rune1, RuneAny, RuneAnyNotNL,
}

/** Empty-width assertions (syntax.EmptyOp). */
export const EmptyBeginLine = 1, EmptyEndLine = 2, EmptyBeginText = 4, EmptyEndText = 8;
export const EmptyWordBoundary = 16, EmptyNoWordBoundary = 32;

export class Inst {
  out = 0;
  arg = 0;
  runes: number[] = [];
  constructor(public op: InstOp) {}
}

export interface Prog {
  inst: Inst[];
  start: number;
  /** Capture slots the program writes: 2 for the whole match plus 2 per group it keeps. */
  numCap: number;
}

interface Frag {
  i: number; // first instruction; 0 for a fragment that cannot match
  head: number; // patch list
  tail: number;
  nullable: boolean;
}

const anyRuneNotNL = [0, 0x09, 0x0b, MaxRune];
const anyRune = [0, MaxRune];

class Compiler {
  p: Prog = { inst: [new Inst(InstOp.Fail)], start: 0, numCap: 2 };

  patch(head: number, val: number): void {
    while (head !== 0) {
      const i = this.p.inst[head >> 1]!;
      if ((head & 1) === 0) {
        head = i.out;
        i.out = val;
      } else {
        head = i.arg;
        i.arg = val;
      }
    }
  }

  /** The patch list l1 followed by l2: [head, tail]. */
  append(h1: number, t1: number, h2: number, t2: number): [number, number] {
    if (h1 === 0) return [h2, t2];
    if (h2 === 0) return [h1, t1];
    const i = this.p.inst[t1 >> 1]!;
    if ((t1 & 1) === 0) i.out = h2;
    else i.arg = h2;
    return [h1, t2];
  }

  inst(op: InstOp): Frag {
    const f = { i: this.p.inst.length, head: 0, tail: 0, nullable: true };
    this.p.inst.push(new Inst(op));
    return f;
  }

  withOut(f: Frag): Frag {
    f.head = f.tail = f.i << 1;
    return f;
  }

  compile(re: Node): Frag {
    switch (re.op) {
      case Op.NoMatch:
        return fail();
      case Op.EmptyMatch:
        return this.withOut(this.inst(InstOp.Nop));
      case Op.Literal: {
        if (re.runes.length === 0) return this.withOut(this.inst(InstOp.Nop));
        let f = fail();
        re.runes.forEach((r, j) => {
          const f1 = this.rune([r], re.flags);
          f = j === 0 ? f1 : this.cat(f, f1);
        });
        return f;
      }
      case Op.CharClass:
        return this.rune(re.runes, re.flags);
      case Op.AnyCharNotNL:
        return this.rune(anyRuneNotNL, 0);
      case Op.AnyChar:
        return this.rune(anyRune, 0);
      case Op.BeginLine:
        return this.empty(EmptyBeginLine);
      case Op.EndLine:
        return this.empty(EmptyEndLine);
      case Op.BeginText:
        return this.empty(EmptyBeginText);
      case Op.EndText:
        return this.empty(EmptyEndText);
      case Op.WordBoundary:
        return this.empty(EmptyWordBoundary);
      case Op.NoWordBoundary:
        return this.empty(EmptyNoWordBoundary);
      case Op.Capture: {
        const bra = this.cap(re.cap << 1);
        const sub = this.compile(re.sub[0]!);
        const ket = this.cap((re.cap << 1) | 1);
        return this.cat(this.cat(bra, sub), ket);
      }
      case Op.Star:
        return this.star(this.compile(re.sub[0]!), (re.flags & NonGreedy) !== 0);
      case Op.Plus:
        return this.plus(this.compile(re.sub[0]!), (re.flags & NonGreedy) !== 0);
      case Op.Quest:
        return this.quest(this.compile(re.sub[0]!), (re.flags & NonGreedy) !== 0);
      case Op.Concat: {
        if (re.sub.length === 0) return this.withOut(this.inst(InstOp.Nop));
        let f = fail();
        re.sub.forEach((s, i) => {
          f = i === 0 ? this.compile(s) : this.cat(f, this.compile(s));
        });
        return f;
      }
      case Op.Alternate: {
        let f = fail();
        for (const s of re.sub) f = this.alt(f, this.compile(s));
        return f;
      }
    }
    throw new Error("regexp: unhandled case in compile");
  }

  cap(arg: number): Frag {
    const f = this.withOut(this.inst(InstOp.Capture));
    this.p.inst[f.i]!.arg = arg;
    if (this.p.numCap < arg + 1) this.p.numCap = arg + 1;
    return f;
  }

  cat(f1: Frag, f2: Frag): Frag {
    if (f1.i === 0 || f2.i === 0) return fail();
    this.patch(f1.head, f2.i);
    return { i: f1.i, head: f2.head, tail: f2.tail, nullable: f1.nullable && f2.nullable };
  }

  alt(f1: Frag, f2: Frag): Frag {
    if (f1.i === 0) return f2;
    if (f2.i === 0) return f1;
    const f = this.inst(InstOp.Alt);
    const i = this.p.inst[f.i]!;
    i.out = f1.i;
    i.arg = f2.i;
    [f.head, f.tail] = this.append(f1.head, f1.tail, f2.head, f2.tail);
    f.nullable = f1.nullable || f2.nullable;
    return f;
  }

  quest(f1: Frag, nongreedy: boolean): Frag {
    const f = this.inst(InstOp.Alt);
    const i = this.p.inst[f.i]!;
    let l: number;
    if (nongreedy) {
      i.arg = f1.i;
      l = f.i << 1;
    } else {
      i.out = f1.i;
      l = (f.i << 1) | 1;
    }
    [f.head, f.tail] = this.append(l, l, f1.head, f1.tail);
    return f;
  }

  /** The loop of x+ and of x* for a non-nullable x: an Alt back to x. */
  loop(f1: Frag, nongreedy: boolean): Frag {
    const f = this.inst(InstOp.Alt);
    const i = this.p.inst[f.i]!;
    if (nongreedy) {
      i.arg = f1.i;
      f.head = f.tail = f.i << 1;
    } else {
      i.out = f1.i;
      f.head = f.tail = (f.i << 1) | 1;
    }
    this.patch(f1.head, f.i);
    return f;
  }

  star(f1: Frag, nongreedy: boolean): Frag {
    if (f1.nullable) return this.quest(this.plus(f1, nongreedy), nongreedy);
    return this.loop(f1, nongreedy);
  }

  plus(f1: Frag, nongreedy: boolean): Frag {
    const l = this.loop(f1, nongreedy);
    return { i: f1.i, head: l.head, tail: l.tail, nullable: f1.nullable };
  }

  empty(op: number): Frag {
    const f = this.withOut(this.inst(InstOp.EmptyWidth));
    this.p.inst[f.i]!.arg = op;
    return f;
  }

  rune(r: number[], flags: number): Frag {
    const f = this.withOut(this.inst(InstOp.Rune));
    f.nullable = false;
    const i = this.p.inst[f.i]!;
    i.runes = r;
    flags &= FoldCase;
    if (r.length !== 1 || simpleFold(r[0]!) === r[0]) flags &= ~FoldCase;
    i.arg = flags;
    if ((flags & FoldCase) === 0 && (r.length === 1 || (r.length === 2 && r[0] === r[1]))) i.op = InstOp.Rune1;
    else if (r.length === 2 && r[0] === 0 && r[1] === MaxRune) i.op = InstOp.RuneAny;
    else if (r.length === 4 && r[0] === 0 && r[1] === 0x09 && r[2] === 0x0b && r[3] === MaxRune) i.op = InstOp.RuneAnyNotNL;
    return f;
  }
}

function fail(): Frag {
  return { i: 0, head: 0, tail: 0, nullable: false };
}

/** syntax.Compile of a simplified tree. */
export function compileProg(re: Node): Prog {
  const c = new Compiler();
  const f = c.compile(re);
  c.patch(f.head, c.inst(InstOp.Match).i);
  c.p.start = f.i;
  return c.p;
}

/** Rune1, RuneAny and RuneAnyNotNL are kinds of Rune. */
function runeOp(op: InstOp): InstOp {
  return op === InstOp.Rune1 || op === InstOp.RuneAny || op === InstOp.RuneAnyNotNL ? InstOp.Rune : op;
}

/** Follow Nop and Capture instructions from pc. */
function skipNop(p: Prog, pc: number): Inst {
  let i = p.inst[pc]!;
  while (i.op === InstOp.Nop || i.op === InstOp.Capture) i = p.inst[i.out]!;
  return i;
}

/** (*Prog).Prefix: the literal every match starts with, and whether it is the whole match. */
export function progPrefix(p: Prog): [string, boolean] {
  let i = skipNop(p, p.start);
  if (runeOp(i.op) !== InstOp.Rune || i.runes.length !== 1) return ["", i.op === InstOp.Match];
  let buf = "";
  while (runeOp(i.op) === InstOp.Rune && i.runes.length === 1 && (i.arg & FoldCase) === 0 && i.runes[0] !== RuneError) {
    buf += encodeRune(i.runes[0]!);
    i = skipNop(p, i.out);
  }
  return [buf, i.op === InstOp.Match];
}

/** (*Prog).StartCond: the empty-width assertions every match starts with; -1 (all bits) when
 *  no match is possible. */
export function startCond(p: Prog): number {
  let flag = 0;
  let i = p.inst[p.start]!;
  for (;;) {
    if (i.op === InstOp.EmptyWidth) flag |= i.arg;
    else if (i.op === InstOp.Fail) return -1;
    else if (i.op !== InstOp.Capture && i.op !== InstOp.Nop) break;
    i = p.inst[i.out]!;
  }
  return flag;
}

// ---- One-pass analysis (onepass.go) ----

const isAlt = (op: InstOp): boolean => op === InstOp.Alt || op === InstOp.AltMatch;

/** Would package regexp run p with its one-pass engine (compileOnePass returns non-nil)? */
export function isOnePass(prog: Prog): boolean {
  if (prog.start === 0) return false;
  const s = prog.inst[prog.start]!;
  if (s.op !== InstOp.EmptyWidth || (s.arg & EmptyBeginText) !== EmptyBeginText) return false;
  // Every instruction leading to Match must be \z.
  for (const inst of prog.inst) {
    const opOut = prog.inst[inst.out]!.op;
    switch (inst.op) {
      case InstOp.Alt:
      case InstOp.AltMatch:
        if (opOut === InstOp.Match || prog.inst[inst.arg]!.op === InstOp.Match) return false;
        break;
      case InstOp.EmptyWidth:
        if (opOut === InstOp.Match && (inst.arg & EmptyEndText) !== EmptyEndText) return false;
        break;
      default:
        if (opOut === InstOp.Match) return false;
    }
  }
  return makeOnePass(onePassCopy(prog), prog.start);
}

interface OnePassInst {
  op: InstOp;
  out: number;
  arg: number;
  runes: number[];
  next: number[];
}

/** A copy of prog with two idioms rewritten that would otherwise block the one-pass form:
 *  A:BC + B:DA becomes A:BC + B:DC, and A:BC + B:DC becomes A:DC + B:DC (A, B alternations). */
function onePassCopy(prog: Prog): OnePassInst[] {
  const p: OnePassInst[] = prog.inst.map((i) => ({ op: i.op, out: i.out, arg: i.arg, runes: i.runes, next: [] }));
  type F = "out" | "arg";
  for (let pc = 0; pc < p.length; pc++) {
    const a = p[pc]!;
    if (!isAlt(a.op)) continue;
    let aAlt: F = "arg";
    let aOther: F = "out";
    if (!isAlt(p[a[aAlt]]!.op)) {
      [aAlt, aOther] = [aOther, aAlt];
      if (!isAlt(p[a[aAlt]]!.op)) continue;
    }
    if (isAlt(p[a[aOther]]!.op)) continue; // both legs alternations: too complicated
    const b = p[a[aAlt]]!;
    const bOut = b.out;
    const bArg = b.arg;
    let bAlt: F = "out";
    let bOther: F = "arg";
    let patch = false;
    if (bOut === pc) patch = true;
    else if (bArg === pc) {
      patch = true;
      [bAlt, bOther] = [bOther, bAlt];
    }
    if (patch) b[bAlt] = a[aOther];
    if (a[aOther] === b[bAlt]) a[aAlt] = b[bOther];
  }
  return p;
}

/** Two sorted, disjoint rune-range lists merged, with the pc each range leads to; null when
 *  they intersect. */
function mergeRuneSets(left: number[], right: number[], leftPC: number, rightPC: number): [number[], number[]] | null {
  const merged: number[] = [];
  const next: number[] = [];
  let lx = 0;
  let rx = 0;
  let ix = -1;
  const extend = (arr: number[], k: number, pc: number): boolean => {
    if (ix > 0 && arr[k]! <= merged[ix]!) return false;
    merged.push(arr[k]!, arr[k + 1]!);
    ix += 2;
    next.push(pc);
    return true;
  };
  while (lx < left.length || rx < right.length) {
    let ok: boolean;
    if (rx >= right.length || (lx < left.length && !(right[rx]! < left[lx]!))) {
      ok = extend(left, lx, leftPC);
      lx += 2;
    } else {
      ok = extend(right, rx, rightPC);
      rx += 2;
    }
    if (!ok) return null;
  }
  return [merged, next];
}

/** Go's makeOnePass, for its verdict: at every alternation the next rune decides the branch. */
function makeOnePass(p: OnePassInst[], start: number): boolean {
  if (p.length >= 1000) return false;
  const n = p.length;
  const runes: (number[] | undefined)[] = new Array(n);
  const m = new Array<boolean>(n).fill(false);
  const queued = new Uint8Array(n);
  const queue: number[] = [];
  const visited = new Int32Array(n).fill(-1);
  let visit = 0;
  const enqueue = (pc: number): void => {
    if (queued[pc] === 0) {
      queued[pc] = 1;
      queue.push(pc);
    }
  };
  const passThrough = (pc: number, inst: OnePassInst): void => {
    m[pc] = m[inst.out]!;
    runes[pc] = (runes[inst.out] ?? []).slice();
    inst.next = new Array<number>(runes[pc]!.length / 2 + 1).fill(inst.out);
  };
  const check = (pc: number): boolean => {
    const inst = p[pc]!;
    if (visited[pc] === visit) return true;
    visited[pc] = visit;
    switch (inst.op) {
      case InstOp.Alt:
      case InstOp.AltMatch: {
        if (!check(inst.out) || !check(inst.arg)) return false;
        let matchOut = m[inst.out]!;
        let matchArg = m[inst.arg]!;
        if (matchOut && matchArg) return false;
        // The branch that matches without input goes in out.
        if (matchArg) {
          [inst.out, inst.arg] = [inst.arg, inst.out];
          [matchOut, matchArg] = [matchArg, matchOut];
        }
        if (matchOut) {
          m[pc] = true;
          inst.op = InstOp.AltMatch;
        }
        const merged = mergeRuneSets(runes[inst.out] ?? [], runes[inst.arg] ?? [], inst.out, inst.arg);
        if (merged === null) return false;
        [runes[pc], inst.next] = merged;
        return true;
      }
      case InstOp.Capture:
      case InstOp.Nop:
      case InstOp.EmptyWidth: {
        const ok = check(inst.out);
        passThrough(pc, inst);
        return ok;
      }
      case InstOp.Match:
      case InstOp.Fail:
        m[pc] = inst.op === InstOp.Match;
        return true;
      case InstOp.Rune:
      case InstOp.Rune1:
      case InstOp.RuneAny:
      case InstOp.RuneAnyNotNL: {
        m[pc] = false;
        if (inst.next.length > 0) return true;
        enqueue(inst.out);
        let rs: number[];
        if (inst.op === InstOp.RuneAny) {
          runes[pc] = anyRune.slice();
          inst.next = [inst.out];
          return true;
        }
        if (inst.op === InstOp.RuneAnyNotNL) rs = anyRuneNotNL.slice();
        else if (inst.op === InstOp.Rune && inst.runes.length === 0) {
          runes[pc] = [];
          inst.next = [inst.out];
          return true;
        } else if ((inst.arg & FoldCase) !== 0 && (inst.op === InstOp.Rune1 || inst.runes.length === 1)) {
          // The rune's whole fold orbit, as one-rune ranges in increasing order.
          const r0 = inst.runes[0]!;
          const orbit = [r0];
          for (let r1 = simpleFold(r0); r1 !== r0; r1 = simpleFold(r1)) orbit.push(r1);
          orbit.sort((x, y) => x - y);
          rs = orbit.flatMap((r) => [r, r]);
        } else if (inst.op === InstOp.Rune1) rs = [inst.runes[0]!, inst.runes[0]!];
        else rs = inst.runes.slice();
        runes[pc] = rs;
        inst.next = new Array<number>(rs.length / 2 + 1).fill(inst.out);
        if (inst.op !== InstOp.RuneAnyNotNL) inst.op = InstOp.Rune;
        return true;
      }
    }
    return true;
  };
  enqueue(start);
  for (let k = 0; k < queue.length; k++) {
    visit++;
    if (!check(queue[k]!)) return false;
  }
  return true;
}

/** onePassPrefix: the literal after the leading \A of a one-pass program, and whether \z and
 *  the match follow it directly. */
export function onePassPrefix(p: Prog): [string, boolean] {
  let i = p.inst[p.start]!;
  if (i.op !== InstOp.EmptyWidth || (i.arg & EmptyBeginText) === 0) return ["", i.op === InstOp.Match];
  i = p.inst[i.out]!;
  while (i.op === InstOp.Nop) i = p.inst[i.out]!;
  if (runeOp(i.op) !== InstOp.Rune || i.runes.length !== 1) return ["", i.op === InstOp.Match];
  let buf = "";
  while (runeOp(i.op) === InstOp.Rune && i.runes.length === 1 && (i.arg & FoldCase) === 0 && i.runes[0] !== RuneError) {
    buf += encodeRune(i.runes[0]!);
    i = p.inst[i.out]!;
  }
  const complete = i.op === InstOp.EmptyWidth && (i.arg & EmptyEndText) !== 0 && p.inst[i.out]!.op === InstOp.Match;
  return [buf, complete];
}
