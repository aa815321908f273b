// Compile C statements and function bodies to JS closures.
//
// Not a model of a Go file; C11 §6.8 (statements and blocks) for the subset in ast.ts.
//
// Terms:
//   - CS: a compiled statement: a plain closure `ex(frame) → completion`, or a generator closure
//     `gx` when it contains a blocking call.
//   - cost: each statement adds its expressions' node count to the call's steps when it runs;
//     loops add their condition (and update) cost per iteration and check the step budget on
//     every back-edge.
//
// Invariants: only statements that contain a blocking call are generators; a plain statement
// inside a generator block is called directly. A CFault leaving a statement gets that
// statement's position (the innermost statement wins).
//
// Simplifications vs C: locals start zeroed (C leaves them indeterminate); a local array is
// allocated on the C heap the first time its declaration runs in a frame and freed when the
// function returns.

import type { CFunc, CStmt } from "./ast.js";
import type { Pos } from "../frontend/ast.js";
import { CompileError, type Cx } from "./ccx.js";
import { asGen, assignable, cexpr, type CE } from "./cexpr.js";
import { CFault } from "./fault.js";
import {
  BREAK, CONTINUE, NORMAL, RETURN, type Completion, type Ev, type Ex, type Frame, type GEv,
  type GEx, type Gen,
} from "./interp.js";
import { pointerTo, sizeOf } from "./types.js";

interface CS {
  ex?: Ex;
  gx?: GEx;
}

function gx(s: CS): GEx {
  if (s.gx !== undefined) return s.gx;
  const ex = s.ex!;
  return function* (f: Frame): Gen<Completion> {
    return ex(f);
  };
}

/** Give a fault without a position the position of the statement it left. */
function annotate(e: unknown, pos: Pos): unknown {
  if (e instanceof CFault && e.pos === undefined) e.pos = pos;
  return e;
}

/** Compile a function body (its block, in the parameters' scope). */
export function cbody(cx: Cx, fn: CFunc): CS {
  return block(cx, fn.body!.body, fn.body!.pos, false);
}

export function cstmt(cx: Cx, s: CStmt): CS {
  switch (s.k) {
    case "expr": {
      const x = cexpr(cx, s.x);
      const n = x.n;
      if (x.ev !== undefined) {
        const ev = x.ev;
        return { ex: (f) => { f.st.steps += n; ev(f); return NORMAL; } };
      }
      const gv = x.gv!;
      return { gx: function* (f) { f.st.steps += n; yield* gv(f); return NORMAL; } };
    }
    case "decl": return decl(cx, s);
    case "if": return ifStmt(cx, s);
    case "while": case "do": {
      const c = cond(cx, s.c);
      const body = inLoop(cx, () => loopBody(cx, s.body));
      return loop(c, undefined, body, s.k === "do");
    }
    case "for": return forStmt(cx, s);
    case "return": return ret(cx, s);
    case "break": case "continue": {
      if (cx.loops === 0) throw new CompileError(s.pos, `C ${s.k} statement not within a loop`);
      const c = s.k === "break" ? BREAK : CONTINUE;
      return { ex: () => c };
    }
    case "block": return block(cx, s.body, s.pos, true);
    case "empty": return { ex: () => NORMAL };
  }
}

function cond(cx: Cx, e: Parameters<typeof cexpr>[1]): CE {
  const c = cexpr(cx, e);
  if (c.t === "void") throw new CompileError(e.pos, "C void value used as a condition");
  return c;
}

function inLoop<T>(cx: Cx, fn: () => T): T {
  cx.loops++;
  try {
    return fn();
  } finally {
    cx.loops--;
  }
}

function loopBody(cx: Cx, s: CStmt): CS {
  return s.k === "block" ? block(cx, s.body, s.pos, true) : block(cx, [s], s.pos, true);
}

function block(cx: Cx, body: CStmt[], _pos: Pos, scope: boolean): CS {
  if (scope) cx.push();
  const parts: CS[] = [];
  const poses: Pos[] = [];
  for (const s of body) {
    try {
      parts.push(cstmt(cx, s));
      poses.push(s.pos);
    } catch (e) {
      if (!(e instanceof CompileError)) throw e;
      cx.errors.push(e);
    }
  }
  if (scope) cx.pop();
  const n = parts.length;
  if (parts.every((p) => p.ex !== undefined)) {
    const exs = parts.map((p) => p.ex!);
    if (n === 1) {
      const a = exs[0]!, pa = poses[0]!;
      return { ex: (f) => { try { return a(f); } catch (e) { throw annotate(e, pa); } } };
    }
    return {
      ex: (f) => {
        let i = 0;
        try {
          for (; i < n; i++) {
            const r = exs[i]!(f);
            if (r !== NORMAL) return r;
          }
        } catch (e) {
          throw annotate(e, poses[i]!);
        }
        return NORMAL;
      },
    };
  }
  const gxs = parts.map(gx);
  return {
    gx: function* (f) {
      let i = 0;
      try {
        for (; i < n; i++) {
          const r = yield* gxs[i]!(f);
          if (r !== NORMAL) return r;
        }
      } catch (e) {
        throw annotate(e, poses[i]!);
      }
      return NORMAL;
    },
  };
}

function decl(cx: Cx, s: CStmt & { k: "decl" }): CS {
  const parts: CS[] = [];
  for (const v of s.vars) {
    if (v.t === "void") throw new CompileError(v.pos, `C variable '${v.name}' declared void`);
    if (v.arrayLen !== undefined) {
      const pt = pointerTo(v.t);
      if (pt === undefined) throw new CompileError(v.pos, "C arrays of pointers to pointers not supported yet", true);
      const i = cx.declare(v.pos, v.name, pt, v.arrayLen).slot;
      const bytes = v.arrayLen * sizeOf(v.t);
      cx.hasArrays = true;
      parts.push({
        ex: (f) => {
          if (f.v[i] === 0) {
            const a = f.st.rt.heap.malloc(bytes);
            (f.arrays ??= []).push(a);
            f.v[i] = a;
          }
          return NORMAL;
        },
      });
      continue;
    }
    const init = v.init === undefined ? undefined : assignable(v.pos, cexpr(cx, v.init), v.t, "initialization");
    const i = cx.declare(v.pos, v.name, v.t).slot;
    if (init === undefined) continue;
    const n = init.n;
    if (init.ev !== undefined) {
      const ev = init.ev;
      parts.push({ ex: (f) => { f.st.steps += n; f.v[i] = ev(f); return NORMAL; } });
    } else {
      const gv = init.gv!;
      parts.push({ gx: function* (f) { f.st.steps += n; f.v[i] = yield* gv(f); return NORMAL; } });
    }
  }
  return seq(parts);
}

/** Run statements in order (no scope, no fault annotation). */
function seq(parts: CS[]): CS {
  if (parts.length === 1) return parts[0]!;
  if (parts.every((p) => p.ex !== undefined)) {
    const exs = parts.map((p) => p.ex!);
    return { ex: (f) => { for (const x of exs) x(f); return NORMAL; } };
  }
  const gxs = parts.map(gx);
  return { gx: function* (f) { for (const x of gxs) yield* x(f); return NORMAL; } };
}

function ifStmt(cx: Cx, s: CStmt & { k: "if" }): CS {
  const c = cond(cx, s.c);
  const th = loopBody(cx, s.then);
  const el = s.else === undefined ? undefined : loopBody(cx, s.else);
  const n = c.n;
  if (c.ev !== undefined && th.ex !== undefined && (el === undefined || el.ex !== undefined)) {
    const ce = c.ev, te = th.ex;
    if (el === undefined) return { ex: (f) => { f.st.steps += n; return ce(f) !== 0 ? te(f) : NORMAL; } };
    const ee = el.ex!;
    return { ex: (f) => { f.st.steps += n; return ce(f) !== 0 ? te(f) : ee(f); } };
  }
  const cg = asGen(c), tg = gx(th), eg = el === undefined ? undefined : gx(el);
  return {
    gx: function* (f) {
      f.st.steps += n;
      if ((yield* cg(f)) !== 0) return yield* tg(f);
      return eg === undefined ? NORMAL : yield* eg(f);
    },
  };
}

function forStmt(cx: Cx, s: CStmt & { k: "for" }): CS {
  cx.push();
  const init = s.init === undefined ? undefined : cstmt(cx, s.init);
  const c = s.c === undefined ? undefined : cond(cx, s.c);
  const post = s.post === undefined ? undefined : cexpr(cx, s.post);
  const body = inLoop(cx, () => loopBody(cx, s.body));
  cx.pop();
  const lp = loop(c ?? { t: "int", n: 0, ev: () => 1 }, post, body, false);
  return init === undefined ? lp : seq([init, lp]);
}

/** while (c) body [post]; or do body while (c). */
function loop(c: CE, post: CE | undefined, body: CS, isDo: boolean): CS {
  const cn = c.n + (post?.n ?? 0) + 1; // + 1: the back-edge itself costs a step
  if (c.ev !== undefined && body.ex !== undefined && (post === undefined || post.ev !== undefined)) {
    const ce = c.ev, be = body.ex, pe: Ev | undefined = post?.ev;
    return {
      ex: (f) => {
        const st = f.st;
        const max = st.rt.stepsMax;
        for (let first = true; ; first = false) {
          st.steps += cn;
          if (!(isDo && first) && ce(f) === 0) return NORMAL;
          const r = be(f);
          if (r === BREAK) return NORMAL;
          if (r === RETURN) return RETURN;
          if (pe !== undefined) pe(f);
          if (st.steps > max) st.budget();
        }
      },
    };
  }
  const cg = asGen(c), bg = gx(body);
  const pg: GEv | undefined = post === undefined ? undefined : asGen(post);
  return {
    gx: function* (f) {
      const st = f.st;
      for (let first = true; ; first = false) {
        st.steps += cn;
        if (!(isDo && first) && (yield* cg(f)) === 0) return NORMAL;
        const r = yield* bg(f);
        if (r === BREAK) return NORMAL;
        if (r === RETURN) return RETURN;
        if (pg !== undefined) yield* pg(f);
        st.budget();
      }
    },
  };
}

function ret(cx: Cx, s: CStmt & { k: "return" }): CS {
  const rt = cx.result;
  if (s.x === undefined) return { ex: () => RETURN };
  if (rt === "void") throw new CompileError(s.pos, "C 'return' with a value, in function returning void");
  const x = assignable(s.pos, cexpr(cx, s.x), rt, "return");
  const n = x.n;
  if (x.ev !== undefined) {
    const ev = x.ev;
    return { ex: (f) => { f.st.steps += n; f.ret = ev(f); return RETURN; } };
  }
  const gv = x.gv!;
  return { gx: function* (f) { f.st.steps += n; f.ret = yield* gv(f); return RETURN; } };
}
