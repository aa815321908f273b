// Terminating statement analysis, for "missing return".
//
// Models go/types return.go (Go 1.19): isTerminating, isTerminatingList, isTerminatingSwitch
// and hasBreak, following the spec's definition of terminating statements.
//
// Invariant: a call counts as terminating only if it calls the predeclared panic (the checker
// records builtin calls at call.fun with mode "builtin").

import type * as ast from "../ast.js";
import type { Checker } from "./check.js";

function unparen(e: ast.Expr): ast.Expr {
  while (e.kind === "ParenExpr") e = e.x;
  return e;
}

function isPanicCall(c: Checker, e: ast.Expr): boolean {
  const u = unparen(e);
  if (u.kind !== "CallExpr") return false;
  const f = unparen(u.fun);
  return f.kind === "Ident" && f.name === "panic" && c.info.types.get(f)?.mode === "builtin";
}

export function isTerminating(c: Checker, s: ast.Stmt, label: string): boolean {
  switch (s.kind) {
    case "LabeledStmt":
      return isTerminating(c, s.stmt, s.label.name);
    case "ExprStmt":
      return isPanicCall(c, s.x);
    case "ReturnStmt":
      return true;
    case "BranchStmt":
      return s.tok === "goto" || s.tok === "fallthrough";
    case "BlockStmt":
      return isTerminatingList(c, s.list, "");
    case "IfStmt":
      return !!s.else && isTerminating(c, s.body, "") && isTerminating(c, s.else, "");
    case "SwitchStmt":
    case "TypeSwitchStmt":
      return isTerminatingSwitch(c, s.body, label);
    case "SelectStmt":
      for (const cc of s.body) {
        if (!isTerminatingList(c, cc.body, "") || hasBreakList(cc.body, label, true)) return false;
      }
      return true;
    case "ForStmt":
      return !s.cond && !hasBreak(s.body, label, true);
    default:
      return false;
  }
}

function isTerminatingList(c: Checker, list: ast.Stmt[], label: string): boolean {
  for (let i = list.length - 1; i >= 0; i--) {
    if (list[i]!.kind !== "EmptyStmt") return isTerminating(c, list[i]!, label);
  }
  return false;
}

function isTerminatingSwitch(c: Checker, body: ast.CaseClause[], label: string): boolean {
  let hasDefault = false;
  for (const cc of body) {
    if (cc.list.length === 0) hasDefault = true;
    if (!isTerminatingList(c, cc.body, "") || hasBreakList(cc.body, label, true)) return false;
  }
  return hasDefault;
}

function hasBreakList(list: ast.Stmt[], label: string, implicit: boolean): boolean {
  return list.some((s) => hasBreak(s, label, implicit));
}

function hasBreak(s: ast.Stmt, label: string, implicit: boolean): boolean {
  switch (s.kind) {
    case "BranchStmt":
      if (s.tok === "break") {
        if (!s.label) return implicit;
        if (s.label.name === label) return true;
      }
      return false;
    case "LabeledStmt":
      return hasBreak(s.stmt, label, implicit);
    case "BlockStmt":
      return hasBreakList(s.list, label, implicit);
    case "IfStmt":
      return hasBreak(s.body, label, implicit) || (!!s.else && hasBreak(s.else, label, implicit));
    case "CaseClause":
      return hasBreakList(s.body, label, implicit);
    case "SwitchStmt":
    case "TypeSwitchStmt":
      return label !== "" && s.body.some((cc) => hasBreakList(cc.body, label, false));
    case "SelectStmt":
      return label !== "" && s.body.some((cc) => hasBreakList(cc.body, label, false));
    case "ForStmt":
    case "RangeStmt":
      return label !== "" && hasBreak(s.body, label, false);
    default:
      return false;
  }
}
