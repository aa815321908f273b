// Labels and labeled branch statements: goto, labeled break and continue.
//
// Models cmd/compile/internal/syntax/branches.go (Go 1.19), whose messages gc prints (gc runs
// types2 with IgnoreBranchErrors): labels must be used and unique, break/continue labels must
// name an enclosing statement of the right kind, goto must not jump into a block or over a
// variable declaration.
//
// Invariants: unlabeled break/continue/fallthrough are checked by stmt.ts with the same texts;
// this file handles everything that involves a label.

import type * as ast from "../ast.js";
import type { Checker } from "./check.js";
import { posString } from "./check.js";
import type * as types from "../types.js";
import { invalidType } from "./universe.js";

/** recordLabelUse records a branch statement's label as a use of the label object. */
function recordLabelUse(ls: LabelScope, id: ast.Ident): void {
  const l = ls.labels.get(id.name);
  if (l) {
    l.obj.used = true;
    ls.c.recordUse(id, l.obj);
  }
}

interface Block {
  parent: Block | undefined;
  start: ast.Pos;
  lstmt: ast.LabeledStmt | undefined;
}

interface Label {
  parent: Block;
  lstmt: ast.LabeledStmt;
  used: boolean;
  obj: types.Label;
}

interface Targets {
  breaks: ast.Stmt | undefined;
  continues: ast.Stmt | undefined;
}

class LabelScope {
  readonly labels = new Map<string, Label>();
  /** Labels named by branch statements, resolved to uses at the end. */
  readonly branches: ast.Ident[] = [];
  constructor(readonly c: Checker) {}

  declare(b: Block, s: ast.LabeledStmt): Label {
    const name = s.label.name;
    const alt = this.labels.get(name);
    if (alt) {
      this.c.error(s.label.pos, `label ${name} already defined at ${posString(alt.lstmt.label.pos)}`);
      return alt;
    }
    const obj: types.Label = { tag: "Label", name, pos: s.label.pos, pkg: this.c.pkg, type: invalidType, used: false };
    this.c.recordDef(s.label, obj);
    const l: Label = { parent: b, lstmt: s, used: false, obj };
    this.labels.set(name, l);
    return l;
  }

  gotoTarget(b: Block | undefined, name: string): ast.LabeledStmt | undefined {
    const l = this.labels.get(name);
    if (!l) return undefined;
    l.used = true;
    for (; b; b = b.parent) if (l.parent === b) return l.lstmt;
    return undefined;
  }

  enclosingTarget(b: Block | undefined, name: string): ast.LabeledStmt | "invalid" | undefined {
    const l = this.labels.get(name);
    if (!l) return undefined;
    l.used = true;
    for (; b; b = b.parent) if (l.lstmt === b.lstmt) return l.lstmt;
    return "invalid";
  }
}

export function checkLabels(c: Checker, body: ast.BlockStmt): void {
  const ls = new LabelScope(c);
  const fwd = blockBranches(ls, undefined, { breaks: undefined, continues: undefined }, undefined, body.pos, body.list);
  for (const g of fwd) {
    const name = g.label!.name;
    const l = ls.labels.get(name);
    if (l) {
      l.used = true;
      c.error(g.label!.pos, `goto ${name} jumps into block starting at ${posString(l.parent.start)}`);
    } else {
      c.error(g.label!.pos, `label ${name} not defined`);
    }
  }
  for (const g of ls.branches) recordLabelUse(ls, g);
  for (const l of ls.labels.values()) {
    if (!l.used) c.error(l.lstmt.label.pos, `label ${l.lstmt.label.name} defined and not used`);
  }
}

function blockBranches(
  ls: LabelScope,
  parent: Block | undefined,
  ctxt: Targets,
  lstmt: ast.LabeledStmt | undefined,
  start: ast.Pos,
  body: ast.Stmt[],
): ast.BranchStmt[] {
  const b: Block = { parent, start, lstmt };
  let varPos: ast.Pos | undefined;
  let varName = "";
  let fwdGotos: ast.BranchStmt[] = [];
  let badGotos: ast.BranchStmt[] = [];
  const recordVarDecl = (pos: ast.Pos, name: string) => {
    varPos = pos;
    varName = name;
    badGotos = [...fwdGotos];
  };
  const inner = (t: Targets, st: ast.Pos, list: ast.Stmt[], l?: ast.LabeledStmt) => {
    fwdGotos.push(...blockBranches(ls, b, t, l, st, list));
  };
  for (let stmt of body) {
    let cur: ast.LabeledStmt | undefined;
    while (stmt.kind === "LabeledStmt") {
      const s = stmt;
      if (s.label.name !== "_") {
        const l = ls.declare(b, s);
        fwdGotos = fwdGotos.filter((g) => {
          if (g.label!.name !== s.label.name) return true;
          l.used = true;
          if (varPos && badGotos.includes(g)) {
            ls.c.error(g.label!.pos, `goto ${s.label.name} jumps over declaration of ${varName} at ${posString(varPos)}`);
          }
          return false;
        });
        cur = s;
      }
      stmt = s.stmt;
    }
    switch (stmt.kind) {
      case "DeclStmt":
        if (stmt.decl.tok === "var") {
          const spec = stmt.decl.specs[0];
          if (spec && spec.kind === "ValueSpec") recordVarDecl(spec.names[0]!.pos, spec.names[0]!.name);
        }
        break;
      case "AssignStmt":
        if (stmt.tok === ":=") recordVarDecl(stmt.tokPos, stmt.lhs.map((e) => (e.kind === "Ident" ? e.name : "_")).join(", "));
        break;
      case "BranchStmt":
        labeledBranch(ls, b, stmt, fwdGotos);
        break;
      case "BlockStmt":
        inner({ ...ctxt }, stmt.pos, stmt.list, cur);
        break;
      case "IfStmt":
        inner({ ...ctxt }, stmt.body.pos, stmt.body.list, cur);
        if (stmt.else) inner({ ...ctxt }, stmt.else.pos, [stmt.else], cur);
        break;
      case "ForStmt":
      case "RangeStmt":
        inner({ breaks: stmt, continues: stmt }, stmt.body.pos, stmt.body.list, cur);
        break;
      case "SwitchStmt":
      case "TypeSwitchStmt":
        for (const cc of stmt.body) inner({ breaks: stmt, continues: ctxt.continues }, cc.pos, cc.body, cur);
        break;
      case "SelectStmt":
        for (const cc of stmt.body) inner({ breaks: stmt, continues: ctxt.continues }, cc.pos, cc.body, cur);
        break;
      default:
        break;
    }
  }
  return fwdGotos;
}

function labeledBranch(ls: LabelScope, b: Block, s: ast.BranchStmt, fwdGotos: ast.BranchStmt[]): void {
  if (!s.label) return;
  ls.branches.push(s.label);
  const name = s.label.name;
  const c = ls.c;
  switch (s.tok) {
    case "break": {
      const t = ls.enclosingTarget(b, name);
      if (!t) c.error(s.label.pos, `break label not defined: ${name}`);
      else if (t === "invalid" || !["SwitchStmt", "TypeSwitchStmt", "SelectStmt", "ForStmt", "RangeStmt"].includes(t.stmt.kind)) {
        c.error(s.label.pos, `invalid break label ${name}`);
      }
      return;
    }
    case "continue": {
      const t = ls.enclosingTarget(b, name);
      if (!t) c.error(s.label.pos, `continue label not defined: ${name}`);
      else if (t === "invalid" || (t.stmt.kind !== "ForStmt" && t.stmt.kind !== "RangeStmt")) {
        c.error(s.label.pos, `invalid continue label ${name}`);
      }
      return;
    }
    case "goto":
      if (!ls.gotoTarget(b, name)) fwdGotos.push(s);
      return;
    default:
      return;
  }
}
