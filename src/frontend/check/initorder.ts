// Package-level variable initialization order.
//
// Models go/types initorder.go (Go 1.19): build the dependency graph of package-level
// constants, variables and functions; remove function nodes by linking their predecessors to
// their successors; then repeatedly emit the node with the fewest remaining dependencies,
// breaking ties by source order. A node that still has dependencies when emitted is part of
// an initialization cycle, reported as gc reports it ("initialization loop for x").
//
// Invariants: Info.initOrder lists each initializer once (n:1 declarations share one entry).

import * as types from "../types.js";
import type { Checker, DeclInfo } from "./check.js";
import { posString } from "./check.js";

interface GNode {
  obj: types.Obj;
  order: number;
  pred: Set<GNode>;
  succ: Set<GNode>;
  ndeps: number;
}

function dependencyGraph(c: Checker): GNode[] {
  const M = new Map<types.Obj, GNode>();
  let order = 0;
  for (const obj of c.objMap.keys()) {
    if (obj.tag === "Const" || obj.tag === "Var" || obj.tag === "Func") {
      M.set(obj, { obj, order: order++, pred: new Set(), succ: new Set(), ndeps: 0 });
    }
  }
  for (const [obj, n] of M) {
    for (const d of c.objMap.get(obj)!.deps) {
      const dn = M.get(d);
      if (!dn) continue;
      n.succ.add(dn);
      dn.pred.add(n);
    }
  }
  const G: GNode[] = [];
  const funcG: GNode[] = [];
  for (const n of M.values()) (n.obj.tag === "Func" ? funcG : G).push(n);
  const cost = (n: GNode) => n.pred.size * n.succ.size;
  funcG.sort((a, b) => cost(a) - cost(b) || a.order - b.order);
  for (const n of funcG) {
    for (const p of n.pred) {
      if (p === n) continue;
      for (const s of n.succ) {
        if (s === n) continue;
        p.succ.add(s);
        s.pred.add(p);
      }
      p.succ.delete(n);
    }
    for (const s of n.succ) s.pred.delete(n);
  }
  for (const n of G) n.ndeps = n.succ.size;
  return G;
}

function findPath(c: Checker, from: types.Obj, to: types.Obj, seen: Set<types.Obj>): types.Obj[] | undefined {
  if (seen.has(from)) return undefined;
  seen.add(from);
  const d = c.objMap.get(from);
  if (!d) return undefined;
  for (const dep of d.deps) {
    if (dep === to) return [dep];
    const P = findPath(c, dep, to, seen);
    if (P) return [...P, dep];
  }
  return undefined;
}

function reportCycle(c: Checker, cycle: types.Obj[]): void {
  let obj = cycle[0]!;
  let msg = `initialization loop for ${obj.name}`;
  const first = obj;
  for (let i = cycle.length - 1; i >= 0; i--) {
    msg += `\n\t${posString(obj.pos!)}: ${obj.name} refers to`;
    obj = cycle[i]!;
  }
  msg += `\n\t${posString(obj.pos!)}: ${obj.name}`;
  c.error(first.pos!, msg);
}

export function initOrder(c: Checker): void {
  c.info.initOrder.length = 0;
  const pq = dependencyGraph(c);
  const emitted = new Set<DeclInfo>();
  const reported = new Set<types.Obj>();
  while (pq.length > 0) {
    let bi = 0;
    for (let i = 1; i < pq.length; i++) {
      const a = pq[i]!;
      const b = pq[bi]!;
      if (a.ndeps < b.ndeps || (a.ndeps === b.ndeps && a.order < b.order)) bi = i;
    }
    const n = pq[bi]!;
    pq.splice(bi, 1);
    if (n.ndeps > 0) {
      const cycle = findPath(c, n.obj, n.obj, new Set());
      if (cycle && !cycle.some((o) => reported.has(o))) {
        for (const o of cycle) reported.add(o);
        reportCycle(c, cycle);
      }
    }
    for (const p of n.pred) p.ndeps--;
    if (n.obj.tag !== "Var") continue;
    const info = c.objMap.get(n.obj)!;
    if (!info.init) continue;
    if (emitted.has(info)) continue;
    emitted.add(info);
    c.info.initOrder.push({ lhs: info.lhs ?? [n.obj], rhs: info.init });
  }
}
