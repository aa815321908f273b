// Closure captures: for each function literal of a declaration, the variables of enclosing
// functions it uses (directly or through literals nested in it).
//
// Go's compiler finds the same set (cmd/compile/internal/ir ClosureVars) to build the closure
// object; gort lists them in the closure's scan thunk (a GC root while the closure lives,
// call.ts) and keeps them live in the enclosing function's stack maps (stackmap.ts).
//
// One walk over the whole declaration, whatever the nesting depth: a use is recorded in the
// innermost literal, and when a literal has been walked, what it captures from outside its
// parent moves up to the parent. A variable is declared outside a literal when its position
// is outside the literal's text (Go's scoping puts every declaration before its uses).
//
// Invariant: package-level variables and struct fields are never captures.

import type * as ast from "../frontend/ast.js";
import type * as T from "../frontend/types.js";
import type { Ctx } from "./context.js";
import { inspect } from "./inspect.js";

export function analyzeClosures(ctx: Ctx, body: ast.BlockStmt): Map<ast.FuncLit, Set<T.Var>> {
  const out = new Map<ast.FuncLit, Set<T.Var>>();
  const stack: ast.FuncLit[] = [];
  inspect(
    body,
    (n) => {
      if (n.kind === "FuncLit") {
        stack.push(n);
        out.set(n, new Set());
        return true;
      }
      if (n.kind !== "Ident" || stack.length === 0) return true;
      const o = ctx.info.uses.get(n);
      if (!o || o.tag !== "Var" || o.isField || ctx.pkgVars.has(o)) return true;
      const lit = stack[stack.length - 1]!;
      if (!inside(o.pos, lit)) out.get(lit)!.add(o);
      return true;
    },
    (n) => {
      if (n.kind !== "FuncLit") return;
      const lit = stack.pop()!;
      const parent = stack[stack.length - 1];
      if (!parent) return;
      const up = out.get(parent)!;
      for (const o of out.get(lit)!) if (!inside(o.pos, parent)) up.add(o);
    },
  );
  return out;
}

/** Is p within the text of lit (from `func` to its closing brace)? */
function inside(p: ast.Pos | undefined, lit: ast.FuncLit): boolean {
  if (p === undefined || p.file !== lit.pos.file) return false;
  const end = lit.body.rbrace;
  const after = p.line > lit.pos.line || (p.line === lit.pos.line && p.col >= lit.pos.col);
  const before = p.line < end.line || (p.line === end.line && p.col <= end.col);
  return after && before;
}
