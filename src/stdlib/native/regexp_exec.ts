// The matching engine: a Pike VM (an NFA simulation with one thread per instruction and
// submatch positions carried by each thread) over a program from regexp_compile.ts.
//
// Models package regexp's exec.go (machine.match, step, add; lazyFlag) and the input side of
// regexp.go (inputString.step and context), Go 1.19. Go also runs a one-pass engine and a
// bounded backtracker when they apply; both find the match the NFA finds (they are chosen for
// speed only), so gort runs the NFA alone.
//
// Terms:
//   input     a byte string (value.ts); a []byte argument is turned into one first. Runes are
//             decoded as Go does: an invalid or truncated sequence is U+FFFD of width 1.
//   thread    a capture array (Int32Array of ncap positions, -1 when unset); its instruction
//             is the queue slot's pc.
//   queue     a sparse set of pcs in priority order (runq for this position, nextq for the
//             next), each with the thread waiting there or null for a pc only passed through.
//   leftmost-first  the first match in priority order wins and cuts off lower-priority
//             threads; leftmost-longest (Longest, CompilePOSIX) keeps the longest instead.
//
// Invariants: each step visits each instruction at most once per queue, so a match costs
// O(len(input) × len(program)) time, and memory is two queues and at most 2 × len(program)
// threads whatever the input's length. The thread for a pc is the one that reached it first,
// i.e. with the highest priority, which is what makes captures agree with Go.
//
// Speed-ups that leave the results alone: with no thread alive the search jumps to the next
// occurrence of the literal prefix (Go's own), or else to the next byte that can begin a
// match (gort's: the first runes of a program that cannot match without consuming one).
//
// Cost: every instruction a step enqueues and every thread it runs counts as one unit of work;
// the caller charges the units to simulated time (regexp.ts).

import { decodeLastRune, decodeRunePacked } from "../../base/utf8.js";
import {
  EmptyBeginLine, EmptyBeginText, EmptyEndLine, EmptyEndText, EmptyNoWordBoundary,
  EmptyWordBoundary, type Prog, InstOp,
} from "./regexp_compile.js";
import { FoldCase } from "./regexp_parse.js";
import { simpleFold } from "./unicode.js";

/** The rune "before the start" or "after the end" of the input. */
const endOfText = -1;

/** The program in the flat form the engine reads. */
export class Machine {
  readonly n: number;
  readonly op: Uint8Array;
  readonly out: Int32Array;
  readonly arg: Int32Array;
  /** Per Rune instruction: its ranges (Rune1: the rune). */
  readonly runes: (Int32Array | null)[];
  /** Per Rune instruction with a case-folded single rune: its fold orbit. */
  readonly orbit: (Int32Array | null)[];
  /** Per Rune instruction with ranges: which ASCII runes it matches (128 bits). */
  readonly ascii: (Uint32Array | null)[];
  readonly start: number;
  readonly cond: number;
  readonly numCap: number;
  /** The ASCII runes that can begin a match (a 128-bit set), when every match consumes a rune
   *  first: no assertion and no match are reachable from the start without input. null when
   *  that is not so or the set says nothing. */
  private firstASCII: Uint32Array | null = null;
  /** With firstASCII: can a rune beyond ASCII (U+FFFD for an invalid byte included) begin one? */
  private firstNonASCII = false;

  // Scratch state of one match (the engine never yields in the middle of one, so one set of
  // queues per program serves every match of it; the reader form makes its own).
  private q0: Queue;
  private q1: Queue;
  private pool: Int32Array[] = [];
  private stkPc: Int32Array;
  private stkVal: Int32Array;
  private ncap = 0;
  private longest = false;
  matched = false;
  matchcap: Int32Array = new Int32Array(0);
  private startcap: Int32Array = new Int32Array(0);
  /** Units of work since the last reset (see the header). */
  work = 0;

  constructor(p: Prog, cond: number) {
    const n = p.inst.length;
    this.n = n;
    this.op = new Uint8Array(n);
    this.out = new Int32Array(n);
    this.arg = new Int32Array(n);
    this.runes = new Array(n).fill(null);
    this.orbit = new Array(n).fill(null);
    this.ascii = new Array(n).fill(null);
    // x{1000} repeats one class 1000 times: the copies share its tables.
    const shared = new Map<number[], [Int32Array, Uint32Array | null]>();
    p.inst.forEach((inst, pc) => {
      this.op[pc] = inst.op;
      this.out[pc] = inst.out;
      this.arg[pc] = inst.arg;
      if (inst.op === InstOp.Rune && inst.runes.length > 1) {
        let t = shared.get(inst.runes);
        if (t === undefined) {
          const bits = new Uint32Array(4);
          for (let k = 0; k < inst.runes.length; k += 2) {
            for (let c = inst.runes[k]!; c <= inst.runes[k + 1]! && c < 128; c++) bits[c >> 5]! |= 1 << (c & 31);
          }
          t = [Int32Array.from(inst.runes), bits];
          shared.set(inst.runes, t);
        }
        [this.runes[pc], this.ascii[pc]] = t;
      } else if (inst.op === InstOp.Rune || inst.op === InstOp.Rune1) {
        this.runes[pc] = Int32Array.from(inst.runes);
        if (inst.op === InstOp.Rune && inst.runes.length === 1 && (inst.arg & FoldCase) !== 0) {
          const r0 = inst.runes[0]!;
          const o = [r0];
          for (let f = simpleFold(r0); f !== r0; f = simpleFold(f)) o.push(f);
          this.orbit[pc] = Int32Array.from(o);
        }
      }
    });
    this.start = p.start;
    this.cond = cond;
    this.numCap = p.numCap;
    this.firstRunes();
    this.q0 = new Queue(n);
    this.q1 = new Queue(n);
    this.stkPc = new Int32Array(n + 1);
    this.stkVal = new Int32Array(n + 1);
  }

  /** A fresh machine over the same program, for a match that may be interleaved with others. */
  clone(): Machine {
    const m = Object.create(Machine.prototype) as Machine;
    Object.assign(m, this);
    m.q0 = new Queue(this.n);
    m.q1 = new Queue(this.n);
    m.pool = [];
    m.ncap = -1; // init makes the capture arrays anew
    m.stkPc = new Int32Array(this.n + 1);
    m.stkVal = new Int32Array(this.n + 1);
    return m;
  }

  /** Compute firstASCII and firstNonASCII from the instructions reachable from the start. */
  private firstRunes(): void {
    const bits = new Uint32Array(4);
    const set = (lo: number, hi: number): void => {
      for (let c = lo; c <= hi && c < 128; c++) bits[c >> 5]! |= 1 << (c & 31);
      if (hi >= 128) this.firstNonASCII = true;
    };
    const seen = new Uint8Array(this.n);
    const stack = [this.start];
    while (stack.length > 0) {
      const pc = stack.pop()!;
      if (pc === 0 || seen[pc] === 1) continue;
      seen[pc] = 1;
      switch (this.op[pc]) {
        case InstOp.Alt:
        case InstOp.AltMatch:
          stack.push(this.out[pc]!, this.arg[pc]!);
          break;
        case InstOp.Nop:
        case InstOp.Capture:
          stack.push(this.out[pc]!);
          break;
        case InstOp.EmptyWidth:
        case InstOp.Match:
          this.firstNonASCII = false;
          return;
        case InstOp.Rune1:
          set(this.runes[pc]![0]!, this.runes[pc]![0]!);
          break;
        case InstOp.Rune: {
          const rs = this.runes[pc]!;
          for (let k = 0; k + 1 < rs.length; k += 2) set(rs[k]!, rs[k + 1]!);
          for (const r of this.orbit[pc] ?? (rs.length === 1 ? rs : [])) set(r, r);
          break;
        }
        case InstOp.RuneAny:
        case InstOp.RuneAnyNotNL:
          set(0, 0x10ffff);
          break;
      }
    }
    if (this.firstNonASCII && bits.every((w) => w === 0xffffffff)) {
      this.firstNonASCII = false;
      return;
    }
    this.firstASCII = bits;
  }

  /** Does Rune instruction pc match r (Go's MatchRunePos >= 0)? */
  private matchRune(pc: number, r: number): boolean {
    const rs = this.runes[pc]!;
    const len = rs.length;
    if (len === 1) {
      if (r === rs[0]) return true;
      const o = this.orbit[pc] ?? null;
      if (o !== null) for (let k = 1; k < o.length; k++) if (o[k] === r) return true;
      return false;
    }
    if (r < 0) return false;
    if (r < 128) {
      const bits = this.ascii[pc] ?? null;
      if (bits !== null) return (bits[r >> 5]! & (1 << (r & 31))) !== 0;
    }
    let lo = 0;
    let hi = len >> 1;
    while (lo < hi) {
      const m = (lo + hi) >> 1;
      if (rs[2 * m]! <= r) {
        if (r <= rs[2 * m + 1]!) return true;
        lo = m + 1;
      } else hi = m;
    }
    return false;
  }

  /** A thread (capture array) from the pool or new. */
  private alloc(): Int32Array {
    return this.pool.pop() ?? new Int32Array(this.ncap);
  }

  private init(ncap: number, longest: boolean): void {
    if (ncap !== this.ncap) {
      this.ncap = ncap;
      this.pool = [];
      this.matchcap = new Int32Array(ncap);
      this.startcap = new Int32Array(ncap);
    }
    this.longest = longest;
    this.matched = false;
    this.matchcap.fill(-1);
  }

  /**
   * Add pc to q with everything reachable from it without consuming input, in priority order,
   * unless q has it already. pos is the position, cap the captures on the way there (restored
   * before returning), before/after the runes around pos for the empty-width assertions.
   * An explicit stack replaces Go's recursion: an entry is a pc to explore, or (pc < 0) a
   * capture slot -pc-1 to restore to the saved value once the paths through it are explored.
   */
  private add(q: Queue, pc0: number, pos: number, cap: Int32Array, before: number, after: number): void {
    const { op, out, arg, stkPc, stkVal } = this;
    const ncap = this.ncap;
    let sp = 0;
    stkPc[sp++] = pc0;
    while (sp > 0) {
      let pc = stkPc[--sp]!;
      if (pc < 0) {
        cap[-pc - 1] = stkVal[sp]!;
        continue;
      }
      for (;;) {
        if (pc === 0) break;
        const j = q.sparse[pc]!;
        if (j < q.size && q.densePc[j] === pc) break;
        const k = q.size++;
        q.densePc[k] = pc;
        q.denseT[k] = null;
        q.sparse[pc] = k;
        this.work++;
        const o = op[pc]!;
        if (o === InstOp.Alt || o === InstOp.AltMatch) {
          stkPc[sp++] = arg[pc]!;
          pc = out[pc]!;
        } else if (o === InstOp.EmptyWidth) {
          if (!emptyOK(arg[pc]!, before, after)) break;
          pc = out[pc]!;
        } else if (o === InstOp.Nop) {
          pc = out[pc]!;
        } else if (o === InstOp.Capture) {
          const slot = arg[pc]!;
          if (slot < ncap) {
            stkPc[sp] = -slot - 1;
            stkVal[sp] = cap[slot]!;
            sp++;
            cap[slot] = pos;
          }
          pc = out[pc]!;
        } else if (o === InstOp.Fail) {
          break;
        } else {
          // Match or a Rune instruction: a thread waits here.
          const t = this.alloc();
          t.set(cap);
          q.denseT[k] = t;
          break;
        }
      }
    }
  }

  /** Run the threads of runq over rune c (at pos, ending at nextPos); the survivors go to
   *  nextq, whose assertions see c before and next after. */
  private step(runq: Queue, nextq: Queue, pos: number, nextPos: number, c: number, next: number): void {
    const { op, out, pool } = this;
    const longest = this.longest;
    const ncap = this.ncap;
    for (let j = 0; j < runq.size; j++) {
      const t = runq.denseT[j];
      if (t === null || t === undefined) continue;
      this.work++;
      if (longest && this.matched && ncap > 0 && this.matchcap[0]! < t[0]!) {
        pool.push(t);
        continue;
      }
      const pc = runq.densePc[j]!;
      let add = false;
      switch (op[pc]) {
        case InstOp.Match:
          if (ncap > 0 && (!longest || !this.matched || this.matchcap[1]! < pos)) {
            t[1] = pos;
            this.matchcap.set(t);
          }
          if (!longest) {
            // Leftmost-first: the lower-priority threads are cut off.
            for (let k = j + 1; k < runq.size; k++) {
              const u = runq.denseT[k];
              if (u !== null && u !== undefined) pool.push(u);
            }
            runq.size = 0;
          }
          this.matched = true;
          break;
        case InstOp.Rune:
          add = this.matchRune(pc, c);
          break;
        case InstOp.Rune1:
          add = c === this.runes[pc]![0];
          break;
        case InstOp.RuneAny:
          add = true;
          break;
        case InstOp.RuneAnyNotNL:
          add = c !== 0x0a;
          break;
      }
      if (add) this.add(nextq, out[pc]!, nextPos, t, c, next);
      pool.push(t);
    }
    runq.size = 0;
  }

  /** Free the threads left on q. */
  private clear(q: Queue): void {
    for (let j = 0; j < q.size; j++) {
      const t = q.denseT[j];
      if (t !== null && t !== undefined) this.pool.push(t);
    }
    q.size = 0;
  }

  /** The start of a match at pos: threads from the start instruction with capture 0 = pos. */
  private addStart(runq: Queue, pos: number, before: number, after: number): void {
    const sc = this.startcap;
    if (this.ncap > 0) {
      sc.fill(-1);
      sc[0] = pos;
    }
    this.add(runq, this.start, pos, sc, before, after);
  }

  /**
   * machine.match over the byte string s from pos: whether a match was found; matchcap then
   * holds its ncap positions. prefix (non-empty only for unanchored programs whose matches
   * all start with it) lets the search skip ahead with indexOf, as Go's does.
   */
  match(s: string, pos: number, ncap: number, longest: boolean, prefix: string, prefixRune: number): boolean {
    const cond = this.cond;
    if (cond === -1) return false;
    this.init(ncap, longest);
    let runq = this.q0;
    let nextq = this.q1;
    let p = decodeAt(s, pos);
    let r = p >= 0 ? p >>> 3 : endOfText;
    let width = p >= 0 ? p & 7 : 0;
    let r1 = endOfText;
    let width1 = 0;
    if (r !== endOfText) {
      p = decodeAt(s, pos + width);
      r1 = p >= 0 ? p >>> 3 : endOfText;
      width1 = p >= 0 ? p & 7 : 0;
    }
    let before = pos === 0 ? endOfText : runeBefore(s, pos);
    let after = r;
    const first = prefix.length > 0 ? null : this.firstASCII;
    const firstNonASCII = this.firstNonASCII;
    for (;;) {
      if (runq.size === 0) {
        // Anchored at the start, past it: no match can begin any more.
        if ((cond & EmptyBeginText) !== 0 && pos !== 0) break;
        if (this.matched) break;
        if (prefix.length > 0 && r1 !== prefixRune) {
          const at = s.indexOf(prefix, pos);
          if (at < 0) break;
          pos = at;
          p = decodeAt(s, pos);
          r = p >= 0 ? p >>> 3 : endOfText;
          width = p >= 0 ? p & 7 : 0;
          p = decodeAt(s, pos + width);
          r1 = p >= 0 ? p >>> 3 : endOfText;
          width1 = p >= 0 ? p & 7 : 0;
        } else if (first !== null && !this.matched) {
          // No thread and none can start at a rune outside the first set: skip to the next
          // byte that can start one (an ASCII byte always starts a rune, so does the byte
          // after one). The start's threads see no assertion, so the context is not needed.
          let at = pos;
          for (; at < s.length; at++) {
            const c = s.charCodeAt(at);
            if (c < 0x80 ? (first[c >> 5]! & (1 << (c & 31))) !== 0 : firstNonASCII) break;
          }
          if (at >= s.length) break;
          if (at !== pos) {
            pos = at;
            p = decodeAt(s, pos);
            r = p >>> 3;
            width = p & 7;
            p = decodeAt(s, pos + width);
            r1 = p >= 0 ? p >>> 3 : endOfText;
            width1 = p >= 0 ? p & 7 : 0;
          }
        }
      }
      if (!this.matched) this.addStart(runq, pos, before, after);
      before = r;
      after = r1;
      this.step(runq, nextq, pos, pos + width, r, r1);
      if (width === 0) break;
      if (ncap === 0 && this.matched) break;
      pos += width;
      r = r1;
      width = width1;
      if (r !== endOfText) {
        p = decodeAt(s, pos + width);
        r1 = p >= 0 ? p >>> 3 : endOfText;
        width1 = p >= 0 ? p & 7 : 0;
      }
      const q = runq;
      runq = nextq;
      nextq = q;
    }
    this.clear(nextq);
    return this.matched;
  }

  /**
   * machine.match over runes read one at a time (MatchReader and FindReader*): next() gives
   * the next rune and its width, or [-1, 0] at the end or on an error. A generator: next
   * calls back into Go code.
   */
  *matchReader(next: () => Generator<unknown, [number, number], unknown>, ncap: number, longest: boolean): Generator<unknown, boolean, unknown> {
    const cond = this.cond;
    if (cond === -1) return false;
    this.init(ncap, longest);
    let runq = this.q0;
    let nextq = this.q1;
    let pos = 0;
    let [r, width] = yield* next();
    let r1 = endOfText;
    let width1 = 0;
    if (r !== endOfText) [r1, width1] = yield* next();
    let before = endOfText;
    let after = r;
    for (;;) {
      if (runq.size === 0) {
        if ((cond & EmptyBeginText) !== 0 && pos !== 0) break;
        if (this.matched) break;
      }
      if (!this.matched) this.addStart(runq, pos, before, after);
      before = r;
      after = r1;
      this.step(runq, nextq, pos, pos + width, r, r1);
      if (width === 0) break;
      if (ncap === 0 && this.matched) break;
      pos += width;
      r = r1;
      width = width1;
      if (r !== endOfText) [r1, width1] = yield* next();
      const q = runq;
      runq = nextq;
      nextq = q;
    }
    this.clear(nextq);
    return this.matched;
  }
}

class Queue {
  sparse: Int32Array;
  densePc: Int32Array;
  denseT: (Int32Array | null)[];
  size = 0;
  constructor(n: number) {
    this.sparse = new Int32Array(n);
    this.densePc = new Int32Array(n);
    this.denseT = new Array(n).fill(null);
  }
}

/** The rune at i of s packed as utf8.decodeRunePacked does, or -1 at or past the end. */
function decodeAt(s: string, i: number): number {
  if (i >= s.length) return -1;
  const c = s.charCodeAt(i);
  return c < 0x80 ? (c << 3) | 1 : decodeRunePacked(s, i);
}

/** The rune ending at pos > 0 (Go's inputString.context, first half). */
function runeBefore(s: string, pos: number): number {
  const c = s.charCodeAt(pos - 1);
  return c < 0x80 ? c : decodeLastRune(s, pos)[0];
}

/** Is r a word character for \b and \B ([0-9A-Za-z_], ASCII only)? */
function isWordChar(r: number): boolean {
  return (r >= 0x41 && r <= 0x5a) || (r >= 0x61 && r <= 0x7a) || (r >= 0x30 && r <= 0x39) || r === 0x5f;
}

/** Do the assertions op hold between the runes before and after (lazyFlag.match)? */
function emptyOK(op: number, before: number, after: number): boolean {
  if (op === 0) return true;
  if ((op & EmptyBeginLine) !== 0) {
    if (before !== 0x0a && before >= 0) return false;
    op &= ~EmptyBeginLine;
  }
  if ((op & EmptyBeginText) !== 0) {
    if (before >= 0) return false;
    op &= ~EmptyBeginText;
  }
  if (op === 0) return true;
  if ((op & EmptyEndLine) !== 0) {
    if (after !== 0x0a && after >= 0) return false;
    op &= ~EmptyEndLine;
  }
  if ((op & EmptyEndText) !== 0) {
    if (after >= 0) return false;
    op &= ~EmptyEndText;
  }
  if (op === 0) return true;
  if (isWordChar(before) !== isWordChar(after)) op &= ~EmptyWordBoundary;
  else op &= ~EmptyNoWordBoundary;
  return op === 0;
}

