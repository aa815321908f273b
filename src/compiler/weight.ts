// The static work of a loop iteration or of a function body: the weight of its back-edge.
//
// Models no Go file: it stands for the instructions gc emits for straight-line Go code. Each
// back-edge (and each recursive plain function's entry) counts its weight off the goroutine's
// budget S.b, and the machine charges simulated time per unit of weight (src/runtime/costs.ts,
// opsPerNs), so a loop whose body does more work costs more per iteration, at no extra cost per
// iteration in the generated code (the weight is a constant of the site).
//
// What counts as one operation: an arithmetic, logical, shift or comparison operator, an index
// or slice expression (the bounds check and the address), a field load through a pointer or an
// interface, a dereference, a type assertion, a conversion, an assignment's store (or an op=
// or ++/--'s operator), and a condition's branch. A call counts callOps (the call, the stack
// check and the return), not the callee's work, which its own back-edges and operations charge.
// Constants and plain variables count nothing (they are immediates and registers). Channel, map,
// allocation and sync operations count only their operands: they charge their own costs.
// A nested loop counts its setup (init and first condition), not its body, whose back-edge
// carries its own weight; a branch counts its condition and the heavier of its arms; function
// literals count nothing (their own loops charge when they run).
//
// Invariant: weights are whole numbers of at least 1, so the budget arithmetic stays integral.

import type * as ast from "../frontend/ast.js";
import type { Ctx } from "./context.js";
import { callOps, gotoOps } from "../runtime/costs.js";

/** The weight of a backward goto's check (gotoOps: the statements between the label and the
 *  goto are not one node to weigh). */
export const gotoWeight = gotoOps;

/** The weight of a for loop's back-edge: its condition, post statement and body. */
export function loopWeight(ctx: Ctx, cond: ast.Expr | undefined, post: ast.Stmt | undefined, body: ast.BlockStmt): number {
  const w = new Weigher(ctx);
  return Math.max(1, (cond ? w.expr(cond) : 0) + (post ? w.stmt(post) : 0) + w.block(body.list));
}

/** The weight of a range loop's back-edge: the index's increment and test (rangeOps) and the
 *  body. */
export function rangeWeight(ctx: Ctx, rangeOps: number, body: ast.BlockStmt): number {
  return Math.max(1, rangeOps + new Weigher(ctx).block(body.list));
}

/** The weight of a recursive function's entry check: its body's operations (the calls in it
 *  count their callOps, the entry itself none: the caller's call site did). */
export function bodyWeight(ctx: Ctx, body: ast.BlockStmt): number {
  return Math.max(1, new Weigher(ctx).block(body.list));
}

class Weigher {
  constructor(private readonly ctx: Ctx) {}

  block(list: ast.Stmt[]): number {
    let n = 0;
    for (const s of list) n += this.stmt(s);
    return n;
  }

  stmt(s: ast.Stmt): number {
    switch (s.kind) {
      case "ExprStmt": return this.expr(s.x);
      case "SendStmt": return this.expr(s.chan) + this.expr(s.value);
      case "IncDecStmt": return 1 + this.addr(s.x);
      case "AssignStmt": {
        let n = 0;
        for (const e of s.rhs) n += this.expr(e);
        for (const e of s.lhs) n += this.addr(e) + (e.kind === "Ident" && e.name === "_" ? 0 : 1);
        return n;
      }
      case "GoStmt": case "DeferStmt": return this.args(s.call);
      case "ReturnStmt": return this.exprs(s.results);
      case "BlockStmt": return this.block(s.list);
      case "LabeledStmt": return this.stmt(s.stmt);
      case "IfStmt":
        return (s.init ? this.stmt(s.init) : 0) + this.expr(s.cond) + 1 +
          Math.max(this.block(s.body.list), s.else ? this.stmt(s.else) : 0);
      case "SwitchStmt": {
        let n = (s.init ? this.stmt(s.init) : 0) + (s.tag ? this.expr(s.tag) : 0);
        let arm = 0;
        for (const c of s.body) {
          n += c.list.length > 0 ? this.exprs(c.list) + c.list.length : 0;
          arm = Math.max(arm, this.block(c.body));
        }
        return n + arm;
      }
      case "TypeSwitchStmt": {
        let arm = 0;
        for (const c of s.body) arm = Math.max(arm, this.block(c.body));
        return (s.init ? this.stmt(s.init) : 0) + this.stmt(s.assign) + 1 + arm;
      }
      case "SelectStmt": {
        let arm = 0;
        for (const c of s.body) arm = Math.max(arm, (c.comm ? this.stmt(c.comm) : 0) + this.block(c.body));
        return arm;
      }
      case "CaseClause": return this.exprs(s.list) + this.block(s.body);
      case "CommClause": return (s.comm ? this.stmt(s.comm) : 0) + this.block(s.body);
      case "ForStmt": return (s.init ? this.stmt(s.init) : 0) + (s.cond ? this.expr(s.cond) : 0);
      case "RangeStmt": return this.expr(s.x) + 1;
      case "DeclStmt": {
        let n = 0;
        for (const sp of s.decl.specs) if (sp.kind === "ValueSpec") n += this.exprs(sp.values) + sp.names.length;
        return n;
      }
      case "BranchStmt": case "EmptyStmt": case "BadStmt": return 0;
    }
  }

  /** An assignment's target: the address it computes (a variable's is free). */
  private addr(e: ast.Expr): number {
    switch (e.kind) {
      case "Ident": return 0;
      case "ParenExpr": return this.addr(e.x);
      default: return this.expr(e);
    }
  }

  private exprs(es: ast.Expr[]): number {
    let n = 0;
    for (const e of es) n += this.expr(e);
    return n;
  }

  private args(c: ast.CallExpr): number {
    return this.expr(c.fun) + this.exprs(c.args);
  }

  expr(e: ast.Expr): number {
    const tv = this.ctx.tv(e);
    if (tv !== undefined && (tv.mode === "constant" || tv.mode === "typexpr")) return 0;
    switch (e.kind) {
      case "Ident": case "BasicLit": case "FuncLit": case "BadExpr": case "Ellipsis": return 0;
      case "ParenExpr": return this.expr(e.x);
      case "KeyValueExpr": return this.expr(e.key) + this.expr(e.value);
      case "CompositeLit": return this.exprs(e.elts);
      case "SelectorExpr": {
        // A qualified identifier (pkg.Name) is the object itself.
        if (e.x.kind === "Ident" && this.ctx.objOf(e.x)?.tag === "PkgName") return 0;
        return 1 + this.expr(e.x);
      }
      case "IndexExpr": return 1 + this.expr(e.x) + this.expr(e.index);
      case "IndexListExpr": return this.expr(e.x);
      case "SliceExpr":
        return 1 + this.expr(e.x) + (e.low ? this.expr(e.low) : 0) + (e.high ? this.expr(e.high) : 0) + (e.max ? this.expr(e.max) : 0);
      case "TypeAssertExpr": return 1 + this.expr(e.x);
      case "StarExpr": return 1 + this.expr(e.x);
      case "UnaryExpr": return (e.op === "<-" ? 0 : 1) + this.expr(e.x);
      case "BinaryExpr": return 1 + this.expr(e.x) + this.expr(e.y);
      case "CallExpr": {
        const ft = this.ctx.tv(e.fun);
        // A conversion is one operation; a builtin (len, cap, append...) one plus its operands.
        if (ft !== undefined && (ft.mode === "typexpr" || ft.mode === "builtin")) return 1 + this.exprs(e.args);
        return callOps + this.args(e);
      }
      case "ArrayType": case "StructType": case "FuncType": case "InterfaceType": case "MapType": case "ChanType":
        return 0;
    }
  }
}
