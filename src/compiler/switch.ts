// Switch, type switch, select, labels and branches.
//
// Part of the statement compiler (stmt.ts). An if-chain picks the index of the matching clause
// (case expressions evaluated in order, lazily), and a JS switch over that index runs the
// bodies, which gives `fallthrough` and `break` their Go meaning. select calls the channel
// model's selectgo and switches on the case it returns.

import type * as ast from "../frontend/ast.js";
import * as T from "../frontend/types.js";
import { compare as compareWith, isBlank, unparen } from "./expr.js";
import { FuncEmitter, Unsupported } from "./func.js";
import { assignOne, boolT, ordered } from "./stmt.js";
import { forStmt, rangeStmt } from "./loops.js";
import { gotoStmt, inBreakable, regionBranch } from "./gotostmt.js";
import { orderExpr } from "./order.js";
import { isInterface as isInterfaceT, isString, under } from "./typeutil.js";

export function switchStmt(f: FuncEmitter, s: ast.SwitchStmt, label: string | undefined): void {
  f.emit("{");
  f.indent();
  if (s.init) f.stmt(s.init);
  f.line(s.pos);
  const tagT = s.tag ? f.typeOf(s.tag) : undefined;
  const tag = f.fc.tmp();
  if (s.tag) f.emit(`${tag} = ${ordered(f, [{ e: s.tag }], () => f.expr(s.tag!))};`);
  const c = chooseClause(f, s.body, (e) => {
    if (!s.tag) return orderExpr(f, [{ e }], () => f.expr(e));
    const et = f.typeOf(e);
    const cmpT = isInterfaceT(tagT!) ? tagT! : isInterfaceT(et) ? et : tagT!;
    const lhs = f.convertValue(tag, tagT!, cmpT, true);
    return orderExpr(f, [{ e }], () => compareWith(f, "==", cmpT, lhs, f.exprTo(e, cmpT)));
  });
  emitClauses(f, label, c, s.body.map((cc) => ({ body: cc.body, pre: undefined })));
  f.dedent();
  f.emit("}");
}


/** Emit the if-chain that sets a temporary to the index of the first clause whose case list
 *  matches (the default clause's index when none does, -1 without a default). Case expressions
 *  are evaluated in order and lazily, as the spec requires. */
function chooseClause(f: FuncEmitter, body: ast.CaseClause[], cond: (e: ast.Expr) => string): string {
  const c = f.fc.tmp();
  let chain = "";
  let def = -1;
  body.forEach((cc, i) => {
    if (cc.list.length === 0) {
      def = i;
      return;
    }
    chain += `${chain ? " else " : ""}if (${cc.list.map(cond).join(" || ")}) ${c} = ${i};`;
  });
  f.emit(`${c} = ${def};`);
  if (chain) f.emit(chain);
  return c;
}

/** The JS switch over the chosen clause index. */
function emitClauses(
  f: FuncEmitter,
  label: string | undefined,
  c: string,
  clauses: { body: ast.Stmt[]; pre: ((f: FuncEmitter) => void) | undefined }[],
): void {
  f.emit(`${label ? label + ": " : ""}switch (${c}) {`);
  f.indent();
  clauses.forEach((cl, i) => {
    f.emit(`case ${i}: {`);
    f.indent();
    cl.pre?.(f);
    const last = cl.body[cl.body.length - 1];
    const fall = last && last.kind === "BranchStmt" && last.tok === "fallthrough";
    f.block(fall ? cl.body.slice(0, -1) : cl.body);
    f.dedent();
    f.emit(fall ? "}" : "} break;");
  });
  f.dedent();
  f.emit("}");
}

export function typeSwitchStmt(f: FuncEmitter, s: ast.TypeSwitchStmt, label: string | undefined): void {
  f.emit("{");
  f.indent();
  if (s.init) f.stmt(s.init);
  f.line(s.pos);
  const ta = (s.assign.kind === "AssignStmt" ? s.assign.rhs[0]! : s.assign.x) as ast.TypeAssertExpr;
  const x = f.fc.tmp();
  f.emit(`${x} = ${f.expr(ta.x)};`);
  if (f.ctx.lower !== undefined) lowerTypeSwitch(f, s, ta);
  const c = chooseClause(f, s.body, (e) => {
    const tv = f.ctx.tv(e)!;
    if (tv.type.tag === "Basic" && tv.type.kind === T.BasicKind.UntypedNil) return `${x} === null`;
    const rt = f.ctx.tt.rtype(tv.type);
    return isInterfaceT(tv.type) ? `$rt.implements(${x}, ${rt})` : `$rt.isType(${x}, ${rt})`;
  });
  const clauses = s.body.map((cc) => {
    const obj = f.ctx.info.implicits.get(cc) as T.Var | undefined;
    const pre = obj && obj.name !== "_" && s.assign.kind === "AssignStmt"
      ? (g: FuncEmitter) => {
          const single = cc.list.length === 1 ? f.ctx.tv(cc.list[0]!)!.type : undefined;
          const concrete = single && !isInterfaceT(single) && !(single.tag === "Basic" && single.kind === T.BasicKind.UntypedNil);
          // A struct or array bound out of the interface is a copy (the interface keeps its own).
          g.declareVar(obj, concrete ? g.convertValue(`${x}.v`, single, single, false) : x);
        }
      : undefined;
    return { body: cc.body, pre };
  });
  emitClauses(f, label, c, clauses);
  f.dedent();
  f.emit("}");
}

/** gort build -S: a type switch's case of a non-empty interface is an assertE2I2 or assertI2I2
 *  (walk/switch.go); concrete cases compare type words inline. */
function lowerTypeSwitch(f: FuncEmitter, s: ast.TypeSwitchStmt, ta: ast.TypeAssertExpr): void {
  const su = under(f.typeOf(ta.x)) as T.Interface;
  const from = (su.allMethods ?? su.methods).length === 0 ? "E" : "I";
  for (const cc of s.body) {
    for (const e of cc.list) {
      const u = under(f.ctx.tv(e)!.type);
      if (u.tag === "Interface" && (u.allMethods ?? u.methods).length > 0) f.lowerCall(`assert${from}2I2`, cc.pos);
    }
  }
}

/** gort build -S: Go's select lowering (walk/select.go): select{} blocks, one case is the
 *  operation itself, one case and a default a non-blocking selectnbsend or selectnbrecv, and
 *  anything else selectgo. */
function lowerSelect(f: FuncEmitter, s: ast.SelectStmt, hasDefault: boolean): void {
  const comms = s.body.filter((cc) => cc.comm !== undefined).map((cc) => cc.comm!);
  if (comms.length === 0) return hasDefault ? undefined : f.lowerCall("block", s.pos);
  if (comms.length > 1) return f.lowerCall("selectgo", s.pos);
  // The one case is its communication's own operation, at its line.
  const c = comms[0]!;
  if (hasDefault) return f.lowerCall(c.kind === "SendStmt" ? "selectnbsend" : "selectnbrecv", c.pos);
  if (c.kind === "SendStmt") return f.lowerCall("chansend1", c.pos);
  const two = c.kind === "AssignStmt" && c.lhs.length === 2;
  f.lowerCall(two ? "chanrecv2" : "chanrecv1", c.pos);
}

export function selectStmt(f: FuncEmitter, s: ast.SelectStmt, label: string | undefined): void {
  if (s.body.length === 1 && s.body[0]!.comm !== undefined) return oneCaseSelect(f, s, label);
  f.emit("{");
  f.indent();
  // A case and a default are a non-blocking send or receive (walk/select.go's selectnbsend,
  // selectnbrecv) at the case's line, where a send on a closed channel panics.
  const nb = s.body.length === 2 ? s.body.find((cc) => cc.comm !== undefined && s.body.some((d) => d.comm === undefined)) : undefined;
  f.line(nb !== undefined ? nb.comm!.pos : s.pos);
  const cases: string[] = [];
  let hasDefault = false;
  const order: number[] = []; // clause index for each runtime case
  let defIdx = -1;
  s.body.forEach((cc, i) => {
    const comm = cc.comm;
    if (!comm) {
      hasDefault = true;
      defIdx = i;
      return;
    }
    if (comm.kind === "SendStmt") {
      const ct = under(f.typeOf(comm.chan)) as T.Chan;
      cases.push(`{ dir: 1, c: ${f.expr(comm.chan)}, v: ${f.exprTo(comm.value, ct.elem)} }`);
    } else {
      const rx = recvExprOf(comm);
      cases.push(`{ dir: 2, c: ${f.expr(rx.x)} }`);
    }
    order.push(i);
  });
  if (f.ctx.lower !== undefined) lowerSelect(f, s, hasDefault);
  const r = f.fc.tmp();
  f.emit(`${r} = ${f.y(`$rt.selectgo([${cases.join(", ")}], ${hasDefault})`)};`);
  const c = f.fc.tmp();
  f.emit(`${c} = ${r}[0] < 0 ? ${defIdx} : [${order.join(", ")}][${r}[0]];`);
  const clauses = s.body.map((cc) => {
    const comm = cc.comm;
    const pre = comm && comm.kind !== "SendStmt" ? (g: FuncEmitter) => bindRecv(g, comm, [`${r}[1]`, `${r}[2]`]) : undefined;
    return { body: cc.body, pre };
  });
  emitClauses(f, label, c, clauses);
  f.dedent();
  f.emit("}");
}

/** A select of one case and no default is its communication (walk/select.go): a send or a
 *  receive at the case's line, which waits as one ("chan receive", not "select") and draws no
 *  poll order. */
function oneCaseSelect(f: FuncEmitter, s: ast.SelectStmt, label: string | undefined): void {
  const cc = s.body[0]!;
  const comm = cc.comm!;
  f.emit("{");
  f.indent();
  f.line(comm.pos);
  if (f.ctx.lower !== undefined) lowerSelect(f, s, false);
  let pre: ((g: FuncEmitter) => void) | undefined;
  if (comm.kind === "SendStmt") {
    const ct = under(f.typeOf(comm.chan)) as T.Chan;
    ordered(f, [{ e: comm.chan }, { e: comm.value, target: ct.elem }], () =>
      f.emit(`${f.yn("chansend", `${f.expr(comm.chan)}, ${f.exprTo(comm.value, ct.elem)}`, false)};`));
  } else {
    const rx = recvExprOf(comm);
    const r = f.fc.tmp();
    f.emit(`${r} = ${f.yn("chanrecv2", f.expr(rx.x), true, true)};`);
    pre = (g) => bindRecv(g, comm, [`${r}[0]`, `${r}[1]`]);
  }
  emitClauses(f, label, "0", [{ body: cc.body, pre }]);
  f.dedent();
  f.emit("}");
}

function recvExprOf(comm: ast.Stmt): ast.UnaryExpr {
  const e = comm.kind === "ExprStmt" ? comm.x : comm.kind === "AssignStmt" ? comm.rhs[0]! : undefined;
  const u = e ? unparen(e) : undefined;
  if (!u || u.kind !== "UnaryExpr" || u.op !== "<-") throw new Unsupported(comm.pos, "this select case");
  return u;
}

/** A receive case's assignment of the value and ok received (vals: their expressions). */
function bindRecv(f: FuncEmitter, comm: ast.Stmt, vals: [string, string]): void {
  if (comm.kind !== "AssignStmt") return;
  const rx = recvExprOf(comm);
  const ct = under(f.typeOf(rx.x)) as T.Chan;
  comm.lhs.forEach((l, i) => {
    const t = i === 0 ? ct.elem : boolT;
    const lt = isBlank(l) ? undefined : comm.tok === ":=" ? (f.ctx.info.defs.get(l as ast.Ident)?.type ?? f.typeOf(l)) : f.typeOf(l);
    const v = lt ? f.convertValue(vals[i]!, t, lt, true) : vals[i]!;
    assignOne(f, l, v, comm.tok === ":=");
  });
}

export function labeledStmt(f: FuncEmitter, s: ast.LabeledStmt): void {
  const label = `$L_${s.label.name}`;
  const st = s.stmt;
  switch (st.kind) {
    case "ForStmt": return inBreakable(f, () => forStmt(f, st, label));
    case "RangeStmt": return inBreakable(f, () => rangeStmt(f, st, label));
    case "SwitchStmt": return inBreakable(f, () => switchStmt(f, st, label));
    case "TypeSwitchStmt": return inBreakable(f, () => typeSwitchStmt(f, st, label));
    case "SelectStmt": return inBreakable(f, () => selectStmt(f, st, label));
    default:
      f.emit(`${label}: {`);
      f.indent();
      f.stmt(st);
      f.dedent();
      f.emit("}");
  }
}

export function branchStmt(f: FuncEmitter, s: ast.BranchStmt): void {
  const label = s.label ? `$L_${s.label.name}` : undefined;
  if ((s.tok === "break" || s.tok === "continue") && regionBranch(f, s)) return;
  switch (s.tok) {
    case "break":
      f.emit(label ? `break ${label};` : "break;");
      return;
    case "continue": {
      const loops = f.loops ?? [];
      let target: { label: string | undefined; inner: string | undefined } | undefined = loops[loops.length - 1];
      if (label) target = [...loops].reverse().find((l) => l.label === label);
      if (target?.inner) {
        f.emit(`break ${target.inner};`);
        return;
      }
      f.emit(label ? `continue ${label};` : "continue;");
      return;
    }
    case "goto":
      return gotoStmt(f, s);
    case "fallthrough":
      return; // handled by emitClauses
  }
}

void isString;
