// Field and method lookup through embedded fields, and interface satisfaction.
//
// Models go/types lookup.go (Go 1.19): lookupFieldOrMethod searches breadth-first by embedding
// depth; two matches at the same depth are a collision (ambiguous selector); a method with a
// pointer receiver on a non-addressable, non-pointer value is reported separately.
// missingMethod implements the method-set part of `implements` and of type assertions.
//
// Invariants: interface method sets (Interface.allMethods) are complete before lookups run;
// the checker completes them when it resolves an interface type.

import * as types from "../types.js";
import { identical, sameId, under } from "./predicates.js";

interface LookupResult {
  obj: types.Var | types.Func | undefined;
  index: number[] | undefined;
  indirect: boolean;
}

interface Embedded {
  typ: types.Type;
  index: number[];
  indirect: boolean;
  multiples: boolean;
}

export function deref(t: types.Type): [types.Type, boolean] {
  return t.tag === "Pointer" ? [t.elem, true] : [t, false];
}

function hasPtrRecv(f: types.Func): boolean {
  const r = f.type.recv;
  if (!r) return false;
  return r.type.tag === "Pointer";
}

/**
 * lookupFieldOrMethod looks up name in T. Results: obj set: found. obj undefined and index set:
 * ambiguous. obj undefined and indirect: a pointer receiver method needs an addressable value.
 */
export function lookupFieldOrMethod(
  T: types.Type,
  addressable: boolean,
  pkg: types.Package | undefined,
  name: string,
): LookupResult {
  const notFound: LookupResult = { obj: undefined, index: undefined, indirect: false };
  if (name === "_") return notFound;
  // Methods cannot be associated with a named pointer type: look through it to the pointer
  // type, keeping a field but discarding a method (go/types LookupFieldOrMethod, issue 8590).
  if (T.tag === "Named") {
    const u = under(T);
    if (u.tag === "Pointer") {
      const r = lookupFieldOrMethod(u, false, pkg, name);
      return r.obj && r.obj.tag === "Func" ? notFound : r;
    }
  }
  const [typ, isPtr] = deref(T);
  if (isPtr && under(typ).tag === "Interface") return notFound;
  let current: Embedded[] = [{ typ, index: [], indirect: isPtr, multiples: false }];
  const seen = new Set<types.Named>();
  while (current.length > 0) {
    const next: Embedded[] = [];
    let obj: types.Var | types.Func | undefined;
    let index: number[] | undefined;
    let indirect = false;
    for (const e of current) {
      let t = e.typ;
      if (t.tag === "Named") {
        if (seen.has(t)) continue;
        seen.add(t);
        const i = t.methods.findIndex((m) => sameId(m, name, pkg));
        if (i >= 0) {
          index = [...e.index, i];
          if (obj || e.multiples) return { obj: undefined, index, indirect: false };
          obj = t.methods[i]!;
          indirect = e.indirect;
          continue;
        }
      }
      const u = under(t);
      if (u.tag === "Struct") {
        for (let i = 0; i < u.fields.length; i++) {
          const f = u.fields[i]!;
          if (sameId(f, name, pkg)) {
            index = [...e.index, i];
            if (obj || e.multiples) return { obj: undefined, index, indirect: false };
            obj = f;
            indirect = e.indirect;
            continue;
          }
          if (!obj && f.embedded) {
            const [ft, fp] = deref(f.type);
            next.push({ typ: ft, index: [...e.index, i], indirect: e.indirect || fp, multiples: e.multiples });
          }
        }
      } else if (u.tag === "Interface") {
        const ms = u.allMethods ?? [];
        const i = ms.findIndex((m) => sameId(m, name, pkg));
        if (i >= 0) {
          index = [...e.index, i];
          if (obj || e.multiples) return { obj: undefined, index, indirect: false };
          obj = ms[i]!;
          indirect = e.indirect;
        }
      }
      t = e.typ;
    }
    if (obj) {
      if (obj.tag === "Func" && hasPtrRecv(obj) && !indirect && !addressable) {
        return { obj: undefined, index: undefined, indirect: true };
      }
      return { obj, index, indirect };
    }
    current = consolidateMultiples(next);
  }
  return notFound;
}

function consolidateMultiples(list: Embedded[]): Embedded[] {
  if (list.length <= 1) return list;
  const out: Embedded[] = [];
  const at = new Map<types.Type, number>();
  for (const e of list) {
    let i = at.get(e.typ);
    if (i === undefined) {
      for (const [k, v] of at) {
        if (identical(k, e.typ)) {
          i = v;
          break;
        }
      }
    }
    if (i !== undefined) {
      out[i]!.multiples = true;
    } else {
      at.set(e.typ, out.length);
      out.push({ ...e });
    }
  }
  return out;
}

export interface Missing {
  method: types.Func;
  /** "missing", "wrongType", "ptrRecv", "wrongName" (found with different case) */
  why: "missing" | "wrongType" | "ptrRecv";
  have?: types.Func;
}

/**
 * missingMethod returns the first method of interface T (in name order) that V lacks, or
 * undefined if V implements T's method set. static: V must have all methods (false for type
 * assertions from an interface V, where only V's own methods are compared).
 */
export function missingMethod(V: types.Type, T: types.Interface, isStatic: boolean): Missing | undefined {
  const tms = T.allMethods ?? [];
  if (tms.length === 0) return undefined;
  const vu = under(V);
  if (vu.tag === "Interface") {
    const vms = vu.allMethods ?? [];
    for (const m of tms) {
      const f = vms.find((x) => sameId(x, m.name, m.pkg));
      if (!f) {
        if (!isStatic) continue;
        return { method: m, why: "missing" };
      }
      if (!identical(f.type, m.type)) return { method: m, why: "wrongType", have: f };
    }
    return undefined;
  }
  for (const m of tms) {
    const r = lookupFieldOrMethod(V, false, m.pkg, m.name);
    const f = r.obj;
    if (!f || f.tag !== "Func") {
      if (!r.obj && r.indirect) return { method: m, why: "ptrRecv" };
      return { method: m, why: "missing" };
    }
    if (!identical(f.type, m.type)) return { method: m, why: "wrongType", have: f };
  }
  return undefined;
}

/** assertableTo reports whether x.(T) can succeed for interface type V (nil: yes). */
export function assertableTo(V: types.Interface, T: types.Type): Missing | undefined {
  if (under(T).tag === "Interface") return undefined;
  return missingMethod(T, V, false);
}
