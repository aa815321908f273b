// Statements: tree-sitter-go nodes → go/ast-shaped Stmt nodes.
//
// Models the statement half of go/parser (Go 1.19): parseSimpleStmt, parseIfStmt,
// parseSwitchStmt (expression and type switches), parseSelectStmt, parseForStmt,
// parseCallExpr for go/defer, and parseStmtList.
//
// Mapping notes:
//   - `x := e` (short_var_declaration) and `x op= e` both become AssignStmt, with tokPos at the
//     operator, as go/types reports assignment errors there.
//   - In a select, `case v := <-ch:` becomes an AssignStmt whose rhs is the UnaryExpr `<-ch`,
//     and `case <-ch:` an ExprStmt, exactly as go/parser builds CommClause.Comm.
//   - `switch v := x.(type)` becomes a TypeSwitchStmt whose assign is an AssignStmt with the
//     TypeAssertExpr (type undefined) on the right.
//   - A label before a closing brace labels an EmptyStmt, as in go/parser.
//
// No errors are reported here: parse-syntax.ts replays gc's parser and reports them.

import type * as ast from "./ast.js";
import { parseExpr } from "./parse-expr.js";
import { parseGenDecl } from "./parse-decl.js";
import { type PCtx, type TSNode, field, fields, ident, kids, lastTokPos, token, tokPos } from "./parse-ctx.js";

export function parseBlock(c: PCtx, n: TSNode | undefined): ast.BlockStmt {
  if (!n) {
    const pos = { file: c.file, line: 1, col: 1 };
    return { kind: "BlockStmt", pos, list: [], rbrace: pos };
  }
  return {
    kind: "BlockStmt",
    pos: tokPos(c, n, "{"),
    list: parseStmtList(c, kids(n).find((k) => k.type === "statement_list")),
    rbrace: lastTokPos(c, n, "}"),
  };
}

function parseStmtList(c: PCtx, n: TSNode | undefined): ast.Stmt[] {
  return n ? kids(n).map((s) => parseStmt(c, s)) : [];
}

function parseStmt(c: PCtx, n: TSNode): ast.Stmt {
  const pos = c.pos(n);
  switch (n.type) {
    case "expression_statement":
      return { kind: "ExprStmt", pos, x: parseExpr(c, kids(n)[0]) };
    case "send_statement":
      return {
        kind: "SendStmt",
        pos,
        chan: parseExpr(c, field(n, "channel")),
        value: parseExpr(c, field(n, "value")),
        arrow: tokPos(c, n, "<-"),
      };
    case "inc_statement":
    case "dec_statement":
      return { kind: "IncDecStmt", pos, x: parseExpr(c, kids(n)[0]), tok: n.type === "inc_statement" ? "++" : "--" };
    case "assignment_statement":
    case "short_var_declaration":
      return parseAssign(c, n, pos);
    case "block":
      return parseBlock(c, n);
    case "empty_statement":
      return { kind: "EmptyStmt", pos };
    case "const_declaration":
    case "var_declaration":
    case "type_declaration":
      return { kind: "DeclStmt", pos, decl: parseGenDecl(c, n) };
    default:
      return parseControl(c, n, pos);
  }
}

/** Statements that transfer control or hold nested blocks. */
function parseControl(c: PCtx, n: TSNode, pos: ast.Pos): ast.Stmt {
  switch (n.type) {
    case "return_statement": {
      const list = kids(n)[0];
      return { kind: "ReturnStmt", pos, results: list ? kids(list).map((e) => parseExpr(c, e)) : [] };
    }
    case "break_statement":
    case "continue_statement":
    case "goto_statement":
    case "fallthrough_statement":
      return parseBranch(c, n, pos);
    case "go_statement":
    case "defer_statement":
      return parseGoDefer(c, n, pos);
    case "if_statement":
      return parseIf(c, n, pos);
    case "expression_switch_statement":
      return parseSwitch(c, n, pos);
    case "type_switch_statement":
      return parseTypeSwitch(c, n, pos);
    case "select_statement":
      return { kind: "SelectStmt", pos, body: kids(n).map((k) => parseCommClause(c, k)) };
    case "for_statement":
      return parseFor(c, n, pos);
    case "labeled_statement":
      return parseLabeled(c, n, pos);
    default:
      return { kind: "BadStmt", pos };
  }
}

function parseAssign(c: PCtx, n: TSNode, pos: ast.Pos): ast.AssignStmt {
  const op = n.type === "short_var_declaration" ? token(n, ":=") : field(n, "operator");
  return {
    kind: "AssignStmt",
    pos,
    lhs: exprList(c, field(n, "left")),
    tok: (op?.type ?? ":=") as ast.AssignTok,
    rhs: exprList(c, field(n, "right")),
    tokPos: op ? c.pos(op) : pos,
  };
}

function exprList(c: PCtx, n: TSNode | undefined): ast.Expr[] {
  if (!n) return [];
  if (n.type !== "expression_list") return [parseExpr(c, n)];
  return kids(n).map((e) => parseExpr(c, e));
}

function parseBranch(c: PCtx, n: TSNode, pos: ast.Pos): ast.BranchStmt {
  const tok = n.type.slice(0, n.type.indexOf("_")) as ast.BranchStmt["tok"];
  const label = kids(n).find((k) => k.type === "label_name");
  return { kind: "BranchStmt", pos, tok, label: label ? ident(c, label) : undefined };
}

/** go/defer: parentheses around the call are dropped; a non-call operand is a BadStmt (the
 *  syntax checker reports both cases, as gc's parser does). */
function parseGoDefer(c: PCtx, n: TSNode, pos: ast.Pos): ast.Stmt {
  let call = parseExpr(c, kids(n)[0]);
  while (call.kind === "ParenExpr") call = call.x;
  if (call.kind !== "CallExpr") return { kind: "BadStmt", pos };
  return n.type === "go_statement" ? { kind: "GoStmt", pos, call } : { kind: "DeferStmt", pos, call };
}

function optStmt(c: PCtx, n: TSNode | undefined): ast.Stmt | undefined {
  return n ? parseStmt(c, n) : undefined;
}

function parseIf(c: PCtx, n: TSNode, pos: ast.Pos): ast.IfStmt {
  const alt = field(n, "alternative");
  return {
    kind: "IfStmt",
    pos,
    init: optStmt(c, field(n, "initializer")),
    cond: parseExpr(c, field(n, "condition")),
    body: parseBlock(c, field(n, "consequence")),
    else: alt ? parseStmt(c, alt) : undefined,
  };
}

function parseSwitch(c: PCtx, n: TSNode, pos: ast.Pos): ast.SwitchStmt {
  const tag = field(n, "value");
  return {
    kind: "SwitchStmt",
    pos,
    init: optStmt(c, field(n, "initializer")),
    tag: tag ? parseExpr(c, tag) : undefined,
    body: clauses(n).map((k) => parseCaseClause(c, k)),
  };
}

function clauses(n: TSNode): TSNode[] {
  return kids(n).filter((k) => k.type.endsWith("_case"));
}

function parseCaseClause(c: PCtx, n: TSNode): ast.CaseClause {
  let list: ast.Expr[] = [];
  if (n.type === "expression_case") list = exprList(c, field(n, "value"));
  else if (n.type === "type_case") list = fields(n, "type").map((t) => parseExpr(c, t));
  return {
    kind: "CaseClause",
    pos: c.pos(n),
    list,
    body: parseStmtList(c, kids(n).find((k) => k.type === "statement_list")),
    colon: tokPos(c, n, ":"),
  };
}

function parseTypeSwitch(c: PCtx, n: TSNode, pos: ast.Pos): ast.TypeSwitchStmt {
  const value = field(n, "value");
  const x = parseExpr(c, value);
  const guard: ast.TypeAssertExpr = { kind: "TypeAssertExpr", pos: x.pos, x, lparen: tokPos(c, n, "(") };
  const alias = field(n, "alias");
  let assign: ast.AssignStmt | ast.ExprStmt;
  if (alias) {
    const lhs = exprList(c, alias);
    const op = token(n, ":=");
    assign = { kind: "AssignStmt", pos: lhs[0]!.pos, lhs, tok: ":=", rhs: [guard], tokPos: op ? c.pos(op) : x.pos };
  } else {
    assign = { kind: "ExprStmt", pos: x.pos, x: guard };
  }
  return {
    kind: "TypeSwitchStmt",
    pos,
    init: optStmt(c, field(n, "initializer")),
    assign,
    body: clauses(n).map((k) => parseCaseClause(c, k)),
  };
}

function parseCommClause(c: PCtx, n: TSNode): ast.CommClause {
  const comm = field(n, "communication");
  return {
    kind: "CommClause",
    pos: c.pos(n),
    comm: comm ? parseComm(c, comm) : undefined,
    body: parseStmtList(c, kids(n).find((k) => k.type === "statement_list")),
    colon: tokPos(c, n, ":"),
  };
}

function parseComm(c: PCtx, n: TSNode): ast.Stmt {
  if (n.type !== "receive_statement") return parseStmt(c, n);
  const right = parseExpr(c, field(n, "right"));
  const left = field(n, "left");
  if (!left) return { kind: "ExprStmt", pos: right.pos, x: right };
  const op = token(n, ":=") ?? token(n, "=");
  return {
    kind: "AssignStmt",
    pos: c.pos(n),
    lhs: exprList(c, left),
    tok: op?.type === "=" ? "=" : ":=",
    rhs: [right],
    tokPos: op ? c.pos(op) : right.pos,
  };
}

function parseFor(c: PCtx, n: TSNode, pos: ast.Pos): ast.ForStmt | ast.RangeStmt {
  const bodyNode = field(n, "body");
  const body = parseBlock(c, bodyNode);
  const head = kids(n).find((k) => bodyNode === undefined || k.startIndex !== bodyNode.startIndex);
  if (!head) return { kind: "ForStmt", pos, body };
  if (head.type === "range_clause") {
    const left = exprList(c, field(head, "left"));
    const op = token(head, ":=") ?? token(head, "=");
    const r: ast.RangeStmt = {
      kind: "RangeStmt",
      pos,
      key: left[0],
      value: left[1],
      tok: op ? (op.type as "=" | ":=") : undefined,
      x: parseExpr(c, field(head, "right")),
      body,
    };
    if (left.length > 2) r.extra = left[2];
    return r;
  }
  if (head.type !== "for_clause") return { kind: "ForStmt", pos, cond: parseExpr(c, head), body };
  const cond = field(head, "condition");
  return {
    kind: "ForStmt",
    pos,
    init: optStmt(c, field(head, "initializer")),
    cond: cond ? parseExpr(c, cond) : undefined,
    post: optStmt(c, field(head, "update")),
    body,
  };
}

function parseLabeled(c: PCtx, n: TSNode, pos: ast.Pos): ast.LabeledStmt {
  const labelNode = field(n, "label") ?? n;
  const inner = kids(n).find((k) => k.type !== "label_name");
  const colon = token(n, ":");
  const stmt: ast.Stmt = inner
    ? parseStmt(c, inner)
    : { kind: "EmptyStmt", pos: colon ? c.end(colon) : c.end(n) };
  return { kind: "LabeledStmt", pos, label: ident(c, labelNode), stmt };
}
