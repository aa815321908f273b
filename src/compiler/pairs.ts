// 64-bit integer locals held as two int32 halves: hashes and generators without bigints.
//
// An I64 (base/int64.ts) is a JS number while it is a safe integer and a bigint past 2^53. A
// variable that mixes bits (a hash: `h ^= uint64(c); h *= prime`, a xorshift or LCG generator,
// a murmur finalizer) lives past 2^53 nearly always, and every operation on it then makes a new
// bigint: 40 to 75 times native Go, where plain arithmetic is 4 to 5 times. gc keeps such a
// variable in a register; gort keeps it in two JS locals, `h$h` and `h$l`, the high and low 32
// bits as int32s, and compiles the operations on it to 32-bit arithmetic on the halves (the
// same algorithms as int64.ts's halves paths, written out inline; math/bits' RotateLeft64 by a
// constant and its 64-bit counts too): no bigint is made until the value is read as a whole
// (passed to a call, returned, printed), where `$i.join` makes it.
//
// Terms: a *pair variable* is such a local; a *pair* is the two halves of a value, each a JS
// atom (a name or an int32 literal) that is cheap to read twice.
//
// Which variables: a local of type int, int64, uint or uint64 (or a named type over one)
// declared by a var or := statement or as a parameter or receiver, and written by a mixing
// operation (*, ^ or <<) or with a constant of 2^32 or more (a Weyl sequence's
// `s += 0x9e37...`); a signed one by both, as int arithmetic on small values stays on numbers,
// whose fast paths beat two halves. Not one a closure captures, whose address is taken, that a
// for statement declares (loops.ts compiles counters of its own) or that a range statement
// assigns, and none in a function with a goto (gotostmt.ts hoists its declarations), compiled
// for -race or the debugger (they read variables by their names) or for `gort build -S` (its
// listing records the runtime calls of the usual compile).
//
// Invariants: every read of a pair variable goes through varRef (func.ts), which joins it, and
// every write through the entries below (a single declaration or assignment, op=, ++ and --)
// or through declareVar and store (stmt.ts: the other declarations and assignments, a tuple's
// or a receive's, each splitting an I64) or the parameter's split at entry, so that the
// variable's JS name itself is never bound. The halves are always int32s (`| 0` after each + - *), so that
// V8 keeps them as small integers.
//
// Rejected: a pair for every 64-bit local. Loop counters, sums and indices fit in 53 bits, and
// a number's inline fast path (expr.ts inlineAddSub) is one add and one compare, where a pair
// add is three operations with a carry and an index read joins the halves each time.

import type * as ast from "../frontend/ast.js";
import * as C from "../frontend/constant.js";
import * as T from "../frontend/types.js";
import { BasicKind as K } from "../frontend/types.js";
import type { Ctx, FnCtx } from "./context.js";
import type { FuncEmitter } from "./func.js";
import { arith, shiftOp, unparen, wrapNarrow } from "./expr.js";
import { inspect } from "./inspect.js";
import { basic, isInteger, isUnsigned } from "./typeutil.js";

/** The two halves of a 64-bit value: JS atoms holding int32s. */
interface Pair {
  h: string;
  l: string;
}

/** The smallest constant that makes a signed variable's mixing a pair's (see the header). */
const signedMixMin = 1n << 32n;

/** Is t a 64-bit integer type a pair variable may have (not uintptr, whose values are
 *  addresses under unsafe, nor an untyped constant's)? */
function pairType(t: T.Type): boolean {
  const k = basic(t)?.kind;
  return k === K.Int || k === K.Int64 || k === K.Uint || k === K.Uint64;
}

/**
 * The pair variables of a function body (see the header), its parameters among them. Nested
 * function literals are skipped: they are compiled, and analysed, on their own, and a variable
 * of this function that one of them mentions is captured, so never a pair.
 */
export function findPairs(ctx: Ctx, fc: FnCtx, type: ast.FuncType, recv: ast.Field | undefined, body: ast.BlockStmt): Set<T.Var> {
  const pairs = new Set<T.Var>();
  if (fc.race || fc.dbg || ctx.lower !== undefined) return pairs;
  const cands = new Set<T.Var>();
  const bad = new Set<T.Var>();
  const mixed = new Set<T.Var>();
  let hasGoto = false;
  const def = (id: ast.Expr | undefined, ok: boolean): void => {
    if (id === undefined || id.kind !== "Ident") return;
    const o = ctx.info.defs.get(id);
    if (o === undefined || o.tag !== "Var" || !pairType(o.type)) return;
    (ok ? cands : bad).add(o);
  };
  const varOf = (x: ast.Expr): T.Var | undefined => {
    const u = unparen(x);
    if (u.kind !== "Ident") return undefined;
    const o = ctx.objOf(u);
    return o?.tag === "Var" ? o : undefined;
  };
  // A write of rhs (op: its assignment operator's, "" for = and :=) to o.
  const write = (o: T.Var | undefined, op: string, rhs: ast.Expr | undefined): void => {
    if (o === undefined || !pairType(o.type) || rhs === undefined && op === "") return;
    if (mixes(ctx, o.type, op, rhs)) mixed.add(o);
  };
  for (const fld of [...(recv === undefined ? [] : [recv]), ...type.params]) for (const id of fld.names) def(id, true);
  inspect(body, (n) => {
    switch (n.kind) {
      case "FuncLit":
        return false;
      case "BranchStmt":
        if (n.tok === "goto") hasGoto = true;
        return true;
      case "ForStmt": {
        const init = n.init as ast.Stmt | undefined;
        if (init?.kind === "AssignStmt" && init.tok === ":=") for (const l of init.lhs) def(l, false);
        return true;
      }
      case "RangeStmt":
        for (const x of [n.key, n.value]) {
          const o = x === undefined ? undefined : varOf(x);
          if (o !== undefined) bad.add(o);
        }
        return true;
      case "DeclStmt": {
        if (n.decl.tok !== "var") return true;
        for (const spec of n.decl.specs as ast.ValueSpec[]) {
          spec.names.forEach((id, i) => {
            def(id, true);
            if (spec.values.length === spec.names.length) write(ctx.info.defs.get(id) as T.Var | undefined, "", spec.values[i]);
          });
        }
        return true;
      }
      case "AssignStmt": {
        const s = n as ast.AssignStmt;
        if (s.tok === ":=") for (const l of s.lhs) def(l, true);
        if (s.lhs.length !== s.rhs.length) return true;
        const op = s.tok === "=" || s.tok === ":=" ? "" : s.tok.slice(0, -1);
        s.lhs.forEach((l, i) => write(varOf(l), op, s.rhs[i]));
        return true;
      }
    }
    return true;
  });
  if (hasGoto) return pairs;
  for (const o of cands) {
    if (bad.has(o) || !mixed.has(o) || fc.isShared(o) || fc.esc?.heapVars.has(o)) continue;
    pairs.add(o);
  }
  if (pairs.size > 0) fc.pairReaders = readers(ctx, pairs, body);
  return pairs;
}

/** The expressions of body whose own arithmetic reads one of pairs (through operators,
 *  conversions and math/bits intrinsics, not inside a call's arguments or an index): one pass,
 *  so that pairValue's test is a lookup, not a walk of each operand (quadratic in a long chain
 *  of operators). */
function readers(ctx: Ctx, pairs: Set<T.Var>, body: ast.BlockStmt): Set<ast.Node> {
  const out = new Set<ast.Node>();
  const stack: ast.Node[] = [];
  inspect(body, (n) => {
    if (n.kind === "FuncLit") return false;
    if (n.kind === "Ident") {
      const o = ctx.objOf(n);
      if (o?.tag === "Var" && pairs.has(o)) {
        out.add(n);
        for (let i = stack.length - 1; i >= 0 && !out.has(stack[i]!); i--) {
          const how = arithmetic(ctx, stack[i]!);
          if (how === "no") break;
          out.add(stack[i]!);
          if (how === "last") break;
        }
      }
    }
    stack.push(n);
    return true;
  }, () => {
    stack.pop();
  });
  return out;
}

/** Is n an expression whose value pairExpr computes from its operands' halves ("yes"), one
 *  that computes an int from them (a math/bits count: "last", its own value is no pair), or
 *  neither (a call's result, an element, a field: "no")? */
function arithmetic(ctx: Ctx, n: ast.Node): "yes" | "last" | "no" {
  const e = n as ast.Expr;
  switch (e.kind) {
    case "ParenExpr": case "BinaryExpr": case "UnaryExpr":
      return "yes";
    case "CallExpr": {
      if (ctx.tv(e.fun)?.mode === "typexpr") return "yes";
      const b = bitsFunc(ctx, e);
      return b === undefined ? "no" : b === "RotateLeft64" ? "yes" : "last";
    }
    default:
      return "no";
  }
}

/** The math/bits functions pairs compute on halves. */
const bitsFuncs = new Set(["RotateLeft64", "OnesCount64", "LeadingZeros64", "TrailingZeros64", "Len64"]);

/** The name of the math/bits function call calls, when it is one of bitsFuncs. */
function bitsFunc(ctx: Ctx, call: ast.CallExpr): string | undefined {
  const fun = unparen(call.fun);
  if (fun.kind !== "SelectorExpr") return undefined;
  const o = ctx.objOf(fun.sel);
  return o?.tag === "Func" && o.pkg?.path === "math/bits" && bitsFuncs.has(o.name) ? o.name : undefined;
}

/** Does a write of rhs with assignment operator op ("" for =) to a variable of type t make it
 *  a pair (see the header)? */
function mixes(ctx: Ctx, t: T.Type, op: string, rhs: ast.Expr | undefined): boolean {
  let mixing = op === "*" || op === "^" || op === "<<";
  let big = false;
  const constant = (e: ast.Expr): void => {
    const v = ctx.tv(e)?.value;
    if (v?.kind === "int" && (v.v >= signedMixMin || v.v <= -signedMixMin)) big = true;
  };
  // The value's own arithmetic: operators and conversions, not what an index, a call's
  // arguments or a selector compute (`edges[i*7%n]` mixes nothing into the element).
  const walk = (e: ast.Expr): void => {
    constant(e);
    switch (e.kind) {
      case "ParenExpr":
        return walk(e.x);
      case "BinaryExpr":
        if ((e.op === "*" || e.op === "^" || e.op === "<<") && pairType(ctx.typeOf(e.x))) mixing = true;
        walk(e.x);
        if (e.op !== "<<" && e.op !== ">>") walk(e.y);
        return;
      case "UnaryExpr":
        if (e.op === "^" && pairType(ctx.typeOf(e.x))) mixing = true;
        return walk(e.x);
      case "CallExpr":
        if (ctx.tv(e.fun)?.mode === "typexpr" && e.args.length === 1) walk(e.args[0]!);
        return;
    }
  };
  if (rhs !== undefined) walk(rhs);
  return isUnsigned(t) ? mixing || big : mixing && big;
}

// ---- Reads and writes ------------------------------------------------------------------------

/** The halves h and l of a value of type t joined into an I64 (int64.ts join, joinS). */
function joinText(t: T.Type, h: string, l: string): string {
  return `${isUnsigned(t) ? "$i.join" : "$i.joinS"}(${h}, ${l})`;
}

/** A read of pair variable n of type t as an I64. */
export function joinPair(n: string, t: T.Type): string {
  return joinText(t, `${n}$h`, `${n}$l`);
}

/** The comma expression that loads the I64 JS expression v into the JS variables h and l
 *  (int64.ts ld leaves the halves in w32). */
function ldText(v: string, h: string, l: string): string {
  return `$i.ld(${v}), ${l} = $i.w32[0], ${h} = $i.w32[1]`;
}

/** The statement that splits the I64 JS expression v into the pair variable n's halves,
 *  declaring them (let) or not. */
export function splitInto(n: string, v: string, declare: boolean): string {
  return `${declare ? `let ${n}$h, ${n}$l; ` : ""}${ldText(v, `${n}$h`, `${n}$l`)};`;
}

/** `o = rhs`, or its declaration (`o := rhs`, `var o = rhs`, `var o T` without rhs). */
export function pairAssign(f: FuncEmitter, o: T.Var, rhs: ast.Expr | undefined, declare: boolean): void {
  const seq: string[] = [];
  const p = rhs === undefined ? { h: "0", l: "0" } : pairExpr(f, rhs, o.type, seq);
  emitStore(f, o, p, seq, declare);
}

/** `o op= rhs`, and o++ and o-- (rhs undefined). */
export function pairOpAssign(f: FuncEmitter, o: T.Var, op: string, rhs: ast.Expr | undefined): void {
  const seq: string[] = [];
  const n = f.fc.nameOf(o)!;
  const cur = { h: `${n}$h`, l: `${n}$l` };
  const p = rhs === undefined ? addSub(f, op as "+" | "-", cur, { h: "0", l: "1" }, seq) : binary(f, op, o.type, cur, rhs, seq);
  emitStore(f, o, p, seq, false);
}

/** The halves of p stored into o's (after seq, which computes them). */
function emitStore(f: FuncEmitter, o: T.Var, p: Pair, seq: string[], declare: boolean): void {
  const n = declare ? f.fc.declare(o) : f.fc.nameOf(o)!;
  const pre = seq.length === 0 ? "" : `${seq.join(", ")}; `;
  f.emit(declare ? `${pre}let ${n}$h = ${p.h}, ${n}$l = ${p.l};` : `${pre}${n}$h = ${p.h}; ${n}$l = ${p.l};`);
}

// ---- Expressions -----------------------------------------------------------------------------

/** The pair of e, a value of the 64-bit type t: the JS expressions that compute it are pushed
 *  on seq, in Go's order of evaluation. */
function pairExpr(f: FuncEmitter, e: ast.Expr, t: T.Type, seq: string[]): Pair {
  // A value the statement's ordering evaluated before (stmt.ts ordered) is read from there.
  if (f.argOverride?.has(e)) return split(f, f.expr(e), seq);
  const tv = f.ctx.tv(e);
  if (tv?.mode === "constant" && tv.value !== undefined) return constPair(tv.value);
  switch (e.kind) {
    case "ParenExpr":
      return pairExpr(f, e.x, t, seq);
    case "Ident": {
      const o = f.ctx.objOf(e);
      if (o?.tag === "Var" && f.fc.pairs.has(o)) {
        const n = f.fc.nameOf(o)!;
        return { h: `${n}$h`, l: `${n}$l` };
      }
      break;
    }
    case "BinaryExpr":
      if (pairType(f.typeOf(e.x))) return binary(f, e.op, t, pairExpr(f, e.x, t, seq), e.y, seq);
      break;
    case "UnaryExpr":
      if (e.op === "+") return pairExpr(f, e.x, t, seq);
      if (e.op === "^") {
        const a = pairExpr(f, e.x, t, seq);
        return temps(f, seq, `~${a.h}`, `~${a.l}`);
      }
      if (e.op === "-") return addSub(f, "-", { h: "0", l: "0" }, pairExpr(f, e.x, t, seq), seq);
      break;
    case "CallExpr": {
      if (f.ctx.tv(e.fun)?.mode === "typexpr" && e.args.length === 1) return conversion(f, e, e.args[0]!, seq);
      const k = bitsFunc(f.ctx, e) === "RotateLeft64" ? f.ctx.tv(e.args[1]!)?.value : undefined;
      if (k?.kind === "int") {
        // x<<(k&63) | x>>(64-(k&63)): a negative k rotates right.
        const c = Number(BigInt.asUintN(6, k.v));
        const x = pairExpr(f, e.args[0]!, t, seq);
        const l = constShift(f, "<<", t, x, c, seq);
        const r = constShift(f, ">>", t, x, 64 - c, seq);
        return c === 0 ? x : temps(f, seq, `${l.h} | ${r.h}`, `${l.l} | ${r.l}`);
      }
      break;
    }
  }
  return split(f, f.expr(e), seq);
}

/**
 * A math/bits count of a 64-bit value that reads a pair (OnesCount64, LeadingZeros64,
 * TrailingZeros64, Len64): an int computed from the halves with Math.clz32 (no bigint);
 * undefined for any other call.
 */
export function pairBits(f: FuncEmitter, call: ast.CallExpr): string | undefined {
  if (f.fc.pairs.size === 0 || !f.fc.pairReaders.has(call)) return undefined;
  const name = bitsFunc(f.ctx, call);
  if (name === undefined || name === "RotateLeft64") return undefined;
  const seq: string[] = [];
  const p = pairExpr(f, call.args[0]!, f.typeOf(call.args[0]!), seq);
  const lz = `(${p.h} !== 0 ? Math.clz32(${p.h}) : 32 + Math.clz32(${p.l}))`;
  switch (name) {
    case "OnesCount64": return after(seq, `($i.pop32(${p.h}) + $i.pop32(${p.l}))`);
    case "LeadingZeros64": return after(seq, lz);
    case "Len64": return after(seq, `(64 - ${lz})`);
  }
  // The lowest set bit of v is v & -v; its index is 31 less its leading zeros.
  return after(seq, `(${p.l} !== 0 ? 31 - Math.clz32(${p.l} & -${p.l}) : ${p.h} !== 0 ? 63 - Math.clz32(${p.h} & -${p.h}) : 64)`);
}

/** The pair of the constant v, as a 64-bit integer's bits. */
function constPair(v: C.ConstValue): Pair {
  const x = C.intBits(v) ?? 0n;
  const u = BigInt.asUintN(64, x);
  return { h: String(Number(u >> 32n) | 0), l: String(Number(u & 0xffffffffn) | 0) };
}

/** The pair of the conversion call T(x) to a 64-bit integer type T: x's own bits for a 64-bit
 *  x, a narrower integer extended by its sign (a signed type) or by zeros; any other (a float,
 *  a uintptr) converted as usual. */
function conversion(f: FuncEmitter, call: ast.CallExpr, x: ast.Expr, seq: string[]): Pair {
  const st = f.typeOf(x);
  if (pairType(st)) return pairExpr(f, x, st, seq);
  const k = basic(st)?.kind;
  if (!isInteger(st) || k === K.Uintptr || k === K.UntypedInt || k === K.UntypedRune) return split(f, f.expr(call), seq);
  const v = f.fc.tmp(false);
  seq.push(`${v} = ${f.expr(x)}`);
  return isUnsigned(st) ? { h: "0", l: `(${v} | 0)` } : { h: `(${v} >> 31)`, l: v };
}

/** The pair of an I64 JS expression v (int64.ts ld). */
function split(f: FuncEmitter, v: string, seq: string[]): Pair {
  const th = f.fc.tmp(false);
  const tl = f.fc.tmp(false);
  seq.push(ldText(v, th, tl));
  return { h: th, l: tl };
}

/** Two new temporaries set to h and l. */
function temps(f: FuncEmitter, seq: string[], h: string, l: string): Pair {
  const th = f.fc.tmp(false);
  const tl = f.fc.tmp(false);
  seq.push(`${tl} = ${l}`, `${th} = ${h}`);
  return { h: th, l: tl };
}

/** The pair of a op y, a being the pair of the left operand (of type t). */
function binary(f: FuncEmitter, op: string, t: T.Type, a: Pair, y: ast.Expr, seq: string[]): Pair {
  if (op === "<<" || op === ">>") {
    const c = f.ctx.tv(y)?.value;
    const n = c === undefined ? undefined : C.intBits(c);
    if (n !== undefined && n >= 0n) return constShift(f, op, t, a, n >= 64n ? 64 : Number(n), seq);
    // A variable count: the I64 helpers, on the joined value.
    const j = join(f, a, t, seq);
    return split(f, shiftOp(op, t, j, f.expr(y), f.typeOf(y), (l) => f.fc.tmp(l)), seq);
  }
  if ((op === "/" || op === "%") && !isUnsigned(t)) {
    const j = join(f, a, t, seq);
    return split(f, arith(op, t, j, f.expr(y), (l) => f.fc.tmp(l)), seq);
  }
  const b = pairExpr(f, y, t, seq);
  if (op === "/" || op === "%") return divSmall(f, op, t, a, b, seq);
  switch (op) {
    case "+": case "-": return addSub(f, op, a, b, seq);
    case "*": return mul(f, a, b, seq);
    case "&": return temps(f, seq, `${a.h} & ${b.h}`, `${a.l} & ${b.l}`);
    case "|": return temps(f, seq, `${a.h} | ${b.h}`, `${a.l} | ${b.l}`);
    case "^": return temps(f, seq, `${a.h} ^ ${b.h}`, `${a.l} ^ ${b.l}`);
    case "&^": return temps(f, seq, `${a.h} & ~${b.h}`, `${a.l} & ~${b.l}`);
  }
  throw new Error(`compiler: pair operator ${op}`);
}

/** The largest divisor divSmall divides by on the halves: a remainder of the high word times
 *  2^32, plus the low word, stays a safe integer below it. */
const smallDivisor = 1 << 21;

/**
 * Unsigned a / b and a % b. A divisor below smallDivisor (a hash table's length, a base) divides
 * on the halves, as long division by one digit: the high word's quotient and remainder r, then
 * (r * 2^32 + low) / b, a safe integer, so each quotient is exact (int64.ts quo). Any other
 * divisor, zero among them (the helper panics), takes the I64 helpers on the joined values.
 */
function divSmall(f: FuncEmitter, op: "/" | "%", t: T.Type, a: Pair, b: Pair, seq: string[]): Pair {
  const n = f.fc.tmp(false);
  const hi = f.fc.tmp(false);
  const x = f.fc.tmp(false);
  const th = f.fc.tmp(false);
  const tl = f.fc.tmp(false);
  seq.push(`${n} = ${b.h} === 0 && ${b.l} > 0 && ${b.l} < ${smallDivisor} ? ${b.l} : 0`);
  const ah = `(${a.h} >>> 0)`;
  const fast = op === "/"
    ? `${hi} = Math.floor(${ah} / ${n}), ${x} = (${ah} - ${hi} * ${n}) * 4294967296 + (${a.l} >>> 0), ${th} = ${hi} | 0, ${tl} = Math.floor(${x} / ${n}) | 0`
    : `${x} = (${ah} - Math.floor(${ah} / ${n}) * ${n}) * 4294967296 + (${a.l} >>> 0), ${th} = 0, ${tl} = (${x} - Math.floor(${x} / ${n}) * ${n}) | 0`;
  const slow = ldText(arith(op, t, joinText(t, a.h, a.l), joinText(t, b.h, b.l), (l) => f.fc.tmp(l)), th, tl);
  seq.push(`(${n} !== 0 ? (${fast}) : (${slow}))`);
  return { h: th, l: tl };
}

/** a joined into an I64 (in a temporary: a's halves may be rewritten before it is read). */
function join(f: FuncEmitter, a: Pair, t: T.Type, seq: string[]): string {
  const v = f.fc.tmp(false);
  seq.push(`${v} = ${joinText(t, a.h, a.l)}`);
  return v;
}

/** a + b and a - b: the low words' sum as uint32s, its carry (or borrow) into the high one. */
function addSub(f: FuncEmitter, op: "+" | "-", a: Pair, b: Pair, seq: string[]): Pair {
  const th = f.fc.tmp(false);
  const tl = f.fc.tmp(false);
  const carry = op === "+" ? `(${tl} > 4294967295 ? 1 : 0)` : `(${tl} < 0 ? 1 : 0)`;
  seq.push(`${tl} = (${a.l} >>> 0) ${op} (${b.l} >>> 0)`, `${th} = (${a.h} ${op} ${b.h} ${op} ${carry}) | 0`, `${tl} = ${tl} | 0`);
  return { h: th, l: tl };
}

/** The low 64 bits of a * b: int64.ts mulHalves. The high word of the low words' product is
 *  its double product less the exact low word, over 2^32, rounded (runtime/hash64.ts mulhi32's
 *  proof: within 2^-21 of an integer). */
function mul(f: FuncEmitter, a: Pair, b: Pair, seq: string[]): Pair {
  const al = f.fc.tmp(false);
  const bl = f.fc.tmp(false);
  const th = f.fc.tmp(false);
  const tl = f.fc.tmp(false);
  seq.push(
    `${al} = ${a.l} >>> 0`, `${bl} = ${b.l} >>> 0`, `${tl} = Math.imul(${al}, ${bl})`,
    `${th} = ((((${al} * ${bl} - (${tl} >>> 0)) / 4294967296 + 0.5) | 0) + Math.imul(${al}, ${b.h}) + Math.imul(${a.h}, ${bl})) | 0`,
  );
  return { h: th, l: tl };
}

/** a << c and a >> c for a constant count 0 <= c <= 64 (64 standing for every larger count):
 *  >> is arithmetic for a signed t, logical for an unsigned one. JS shifts count mod 32, so a
 *  count of 0, of 32 and more, each has its own form. */
function constShift(f: FuncEmitter, op: "<<" | ">>", t: T.Type, a: Pair, c: number, seq: string[]): Pair {
  if (c === 0) return a;
  const signed = op === ">>" && !isUnsigned(t);
  if (c >= 64) return signed ? temps(f, seq, `${a.h} >> 31`, `${a.h} >> 31`) : { h: "0", l: "0" };
  if (op === "<<") {
    if (c >= 32) return temps(f, seq, `${a.l} << ${c - 32}`, "0");
    return temps(f, seq, `(${a.h} << ${c}) | (${a.l} >>> ${32 - c})`, `${a.l} << ${c}`);
  }
  if (c >= 32) return signed ? temps(f, seq, `${a.h} >> 31`, `${a.h} >> ${c - 32}`) : temps(f, seq, "0", `(${a.h} >>> ${c - 32}) | 0`);
  return temps(f, seq, signed ? `${a.h} >> ${c}` : `(${a.h} >>> ${c}) | 0`, `(${a.l} >>> ${c}) | (${a.h} << ${32 - c})`);
}

// ---- Pairs inside other expressions ----------------------------------------------------------

/** The comma expression of seq's computations and then v. */
function after(seq: string[], v: string): string {
  return seq.length === 0 ? v : `(${seq.join(", ")}, ${v})`;
}

/**
 * e computed on halves where it reads a pair variable: an arithmetic operation of a 64-bit
 * type, joined into an I64 once at the end (`acc += h ^ (h >> 29)` makes one bigint, not
 * two), or a comparison of two 64-bit values, made on the halves (no bigint). Undefined for
 * any other expression, which is compiled as usual.
 */
export function pairValue(f: FuncEmitter, e: ast.BinaryExpr | ast.UnaryExpr): string | undefined {
  if (f.fc.pairs.size === 0 || !pairType(f.typeOf(e.x)) || !f.fc.pairReaders.has(e)) return undefined;
  const seq: string[] = [];
  const t = f.typeOf(e);
  if (e.kind === "BinaryExpr" && cmpOps.has(e.op)) {
    const xt = f.typeOf(e.x);
    // A pair compared with an interface compares as interfaces (func.ts comparison).
    if (!pairType(f.typeOf(e.y))) return undefined;
    const a = pairExpr(f, e.x, xt, seq);
    const b = pairExpr(f, e.y, xt, seq);
    return after(seq, compareHalves(e.op, a, b, isUnsigned(xt)));
  }
  if (e.kind === "UnaryExpr" && e.op !== "^" && e.op !== "-") return undefined;
  if (e.kind === "BinaryExpr" && (e.op === "&&" || e.op === "||")) return undefined;
  const p = pairExpr(f, e, t, seq);
  return after(seq, joinText(t, p.h, p.l));
}

const cmpOps = new Set(["==", "!=", "<", "<=", ">", ">="]);

/** a op b on halves: equality word by word; an order by the high words (signed or not), then
 *  the low ones as unsigned. */
function compareHalves(op: string, a: Pair, b: Pair, unsigned: boolean): string {
  if (op === "==") return `(${a.h} === ${b.h} && ${a.l} === ${b.l})`;
  if (op === "!=") return `(${a.h} !== ${b.h} || ${a.l} !== ${b.l})`;
  const [x, y] = op === "<" || op === "<=" ? [a, b] : [b, a];
  const hx = unsigned ? `(${x.h} >>> 0)` : x.h;
  const hy = unsigned ? `(${y.h} >>> 0)` : y.h;
  const low = op === "<" || op === ">" ? "<" : "<=";
  return `(${hx} < ${hy} || (${x.h} === ${y.h} && (${x.l} >>> 0) ${low} (${y.l} >>> 0)))`;
}

/** T(x) for an integer type T of 32 bits or fewer, of a 64-bit x that reads a pair variable:
 *  x's low half, narrowed (no bigint); undefined otherwise. */
export function pairNarrow(f: FuncEmitter, x: ast.Expr, to: T.Type): string | undefined {
  if (f.fc.pairs.size === 0 || !pairType(f.typeOf(x)) || !isInteger(to) || pairType(to) || !f.fc.pairReaders.has(x)) return undefined;
  const k = basic(to)?.kind;
  if (k === K.Uintptr || k === K.UntypedInt || k === K.UntypedRune) return undefined;
  const seq: string[] = [];
  const p = pairExpr(f, x, f.typeOf(x), seq);
  return after(seq, wrapNarrow(to, p.l));
}
