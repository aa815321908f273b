// goto: a statement list holding goto targets compiles to a small state machine.
//
// Models no Go runtime file; it is a lowering of the spec's goto statement (Go 1.19).
//
// Terms:
//   region   a statement list (a function body, a block, a case clause body) with at least one
//            label at its top level that some goto inside the list names.
//   pc       the region's state variable: 0 starts at the top, k starts at the k-th target
//            label. A goto sets pc and continues the region's loop.
//
// Lowering of a region (N numbers the regions of a function):
//
//   let x, y;                      variables declared at the region's top level, hoisted
//   $pcN = 0;
//   $gtN: for (;;) {
//     switch ($pcN) {
//       case 0: ...statements before the first target label...
//       case 1: ...the statement labeled L1 and those after it, up to the next target...
//     }
//     break;                       falling off the end leaves the region
//   }
//   if ($pcN === -2) break;        an unlabeled break/continue inside the region meant the
//   if ($pcN === -3) continue;     Go statement around it: it is forwarded from outside
//
// `goto L1` is `$pcN = 1; continue $gtN;` with a preemption check first (a backward goto is a
// loop). A goto may sit in any nested statement of the region, since Go forbids jumping into a
// block: the target is always in an enclosing list, and `continue $gtN` reaches it in JS too.
//
// Invariants: every region variable is declared before the region's loop, so a backward goto
// never meets a `let` in its temporal dead zone. Regions nest; unlabeled break/continue are
// forwarded outward one region at a time.
//
// Simplifications vs Go: a variable declared at a region's top level is one variable for the
// whole region, so closures created on different passes through a backward goto share it
// (Go makes a new variable each time the declaration runs).

import { budgetCheck } from "./loops.js";
import { gotoWeight } from "./weight.js";
import type * as ast from "../frontend/ast.js";
import type * as T from "../frontend/types.js";
import { FuncEmitter, Unsupported } from "./func.js";

declare module "./func.js" {
  interface FuncEmitter {
    /** Goto targets of the regions being compiled, by label name: the region and its pc. */
    gotoTargets: Map<string, { region: number; pc: number }> | undefined;
    /** Region variables declared before the region loop: their JS names. */
    hoisted: Map<T.Var, string> | undefined;
    /**
     * The innermost enclosing construct an unlabeled break/continue can target: a region
     * number, or -1 for a Go for/range/switch/select (which handles it itself).
     */
    breakScope: number[] | undefined;
    /** Regions compiled so far in this function (names $pcN, $gtN). */
    regionCount: number | undefined;
    /** The unlabeled branches each region must forward after its loop. */
    regionForward: Map<number, Set<"break" | "continue">> | undefined;
  }
}

/** The labels at the list's top level that a goto inside the list names (none: not a region). */
export function gotoLabels(list: ast.Stmt[]): Set<string> {
  const out = new Set<string>();
  if (!list.some((s) => s.kind === "LabeledStmt")) return out;
  const named = new Set<string>();
  collectGotos(list, named);
  for (const s of list) {
    for (let l: ast.Stmt = s; l.kind === "LabeledStmt"; l = l.stmt) {
      if (named.has(l.label.name)) out.add(l.label.name);
    }
  }
  return out;
}

/** Names of goto targets in the statements below root, not entering function literals. */
function collectGotos(root: unknown, out: Set<string>): void {
  if (root === null || typeof root !== "object") return;
  if (Array.isArray(root)) {
    for (const x of root) collectGotos(x, out);
    return;
  }
  const n = root as { kind?: unknown } & Record<string, unknown>;
  if (n.kind === "FuncLit") return;
  if (n.kind === "BranchStmt") {
    const b = n as unknown as ast.BranchStmt;
    if (b.tok === "goto" && b.label) out.add(b.label.name);
    return;
  }
  for (const k in n) {
    if (k === "pos") continue;
    const v = n[k];
    if (v && typeof v === "object") collectGotos(v, out);
  }
}

/** Compile a region (labels holds its target labels; see gotoLabels). */
export function emitRegion(f: FuncEmitter, list: ast.Stmt[], labels: Set<string>): void {
  const id = (f.regionCount = (f.regionCount ?? 0) + 1);
  const pc = `$pc${id}`;
  const gt = `$gt${id}`;
  // Split the list at its target labels and register them before compiling any goto.
  const parts: ast.Stmt[][] = [[]];
  const targets = (f.gotoTargets ??= new Map());
  const saved = [...labels].map((l) => [l, targets.get(l)] as const);
  for (const s of list) {
    if (s.kind === "LabeledStmt" && labelsOf(s).some((l) => labels.has(l))) {
      for (const l of labelsOf(s)) if (labels.has(l)) targets.set(l, { region: id, pc: parts.length });
      parts.push([]);
    }
    parts[parts.length - 1]!.push(s);
  }
  hoistDecls(f, list);
  f.emit(`let ${pc} = 0;`);
  f.emit(`${gt}: for (;;) {`);
  f.indent();
  f.emit(`switch (${pc}) {`);
  f.indent();
  (f.breakScope ??= []).push(id);
  try {
    parts.forEach((p, i) => {
      f.emit(`case ${i}:`);
      f.indent();
      for (const s of p) f.stmt(s);
      f.dedent();
    });
  } finally {
    f.breakScope.pop();
    // The labels are out of reach after the region (Go forbids jumping into a block).
    for (const [l, t] of saved) if (t) targets.set(l, t); else targets.delete(l);
  }
  f.dedent();
  f.emit("}");
  f.emit("break;");
  f.dedent();
  f.emit("}");
  const fwd = f.regionForward?.get(id);
  if (fwd?.has("break")) forwardBranch(f, pc, "break", -2);
  if (fwd?.has("continue")) forwardBranch(f, pc, "continue", -3);
}

function labelsOf(s: ast.Stmt): string[] {
  const out: string[] = [];
  for (let l: ast.Stmt = s; l.kind === "LabeledStmt"; l = l.stmt) out.push(l.label.name);
  return out;
}

/** After a region: perform an unlabeled break/continue that a statement inside it asked for. */
function forwardBranch(f: FuncEmitter, pc: string, tok: "break" | "continue", code: number): void {
  f.emit(`if (${pc} === ${code}) {`);
  f.indent();
  f.stmt({ kind: "BranchStmt", pos: { file: "", line: 0, col: 0 }, tok });
  f.dedent();
  f.emit("}");
}

/** Declare the variables of the region's top-level declarations before its loop. */
function hoistDecls(f: FuncEmitter, list: ast.Stmt[]): void {
  const names: string[] = [];
  const hoist = (id: ast.Ident): void => {
    const o = f.ctx.info.defs.get(id);
    if (!o || o.tag !== "Var" || o.name === "_") return;
    const n = f.fc.declare(o);
    (f.hoisted ??= new Map()).set(o, n);
    names.push(n);
  };
  for (let s of list) {
    while (s.kind === "LabeledStmt") s = s.stmt;
    if (s.kind === "AssignStmt" && s.tok === ":=") {
      for (const l of s.lhs) if (l.kind === "Ident") hoist(l);
    } else if (s.kind === "DeclStmt" && s.decl.tok === "var") {
      for (const spec of s.decl.specs) for (const id of (spec as ast.ValueSpec).names) hoist(id);
    }
  }
  if (names.length > 0) f.emit(`let ${names.join(", ")};`);
}

/**
 * An unlabeled break or continue directly inside a region (no Go loop, switch or select in
 * between): leave the region and let forwardBranch perform it. Returns false otherwise.
 */
export function regionBranch(f: FuncEmitter, s: ast.BranchStmt): boolean {
  const scope = f.breakScope;
  if (s.label || !scope || scope.length === 0) return false;
  const top = scope[scope.length - 1]!;
  if (top < 0) return false;
  const fwd = (f.regionForward ??= new Map());
  if (!fwd.has(top)) fwd.set(top, new Set());
  fwd.get(top)!.add(s.tok as "break" | "continue");
  f.emit(`{ $pc${top} = ${s.tok === "break" ? -2 : -3}; break $gt${top}; }`);
  return true;
}

/** goto L. */
export function gotoStmt(f: FuncEmitter, s: ast.BranchStmt): void {
  const t = s.label ? f.gotoTargets?.get(s.label.name) : undefined;
  if (!t) throw new Unsupported(s.pos, "goto to a label outside a statement list's top level");
  // A backward goto's loop body is not a statement of its own: it weighs as a short loop body.
  f.emit(budgetCheck(f, gotoWeight));
  f.emit(`{ $pc${t.region} = ${t.pc}; continue $gt${t.region}; }`);
}

/** Run body with a Go breakable statement (for, range, switch, select) as the break scope. */
export function inBreakable(f: FuncEmitter, body: () => void): void {
  if (!f.breakScope || f.breakScope.length === 0) return body();
  f.breakScope.push(-1);
  try {
    body();
  } finally {
    f.breakScope.pop();
  }
}
