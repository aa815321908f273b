// The natives of package errors: the reflection that errors.Is and errors.As need.
//
// Models the reflectlite calls in Go 1.19's errors/wrap.go: TypeOf(target).Comparable() for
// Is, and for As the target checks, AssignableTo and Value.Elem().Set.
//
// Terms: target is an `any` holding a pointer; its RType is the pointer type, whose elem is
// the type of *target.
//
// Simplifications vs real Go: interface satisfaction is checked by method names, since RMethod
// carries no signature.

import { GoPanic } from "../../runtime/panic.js";
import { rt } from "../../runtime/rt.js";
import { Iface, Kind, Ptr, type RType } from "../../runtime/value.js";

/** Does a value of dynamic type t satisfy the interface type it? */
function implementsIface(t: RType, it: RType): boolean {
  for (const m of it.imethods ?? []) if (!t.methods.some((x) => x.name === m.name)) return false;
  return true;
}

/** *p = v for a pointer p to a value of type t (value.ts: a struct or array pointer is the
 *  object itself, so its contents are overwritten in place). */
function store(t: RType, p: any, v: any): void {
  if (t.kind === Kind.Struct) {
    for (const f of t.fields!) p[f.prop] = f.type.clone(v[f.prop]);
  } else if (t.kind === Kind.Array) {
    for (let i = 0; i < t.len!; i++) p[i] = t.elem!.clone(v[i]);
  } else {
    (p as Ptr).set(v);
  }
}

export const natives: Record<string, Function> = {
  comparable: (target: Iface): boolean => target.t.comparable,
  checkAsTarget: (target: Iface | null): void => {
    if (target === null) throw new GoPanic(rt.stringValue("errors: target cannot be nil"));
    if (target.t.kind !== Kind.Pointer || target.v === null) {
      throw new GoPanic(rt.stringValue("errors: target must be a non-nil pointer"));
    }
    const e = target.t.elem!;
    if (e.kind !== Kind.Interface && !e.methods.some((m) => m.name === "Error")) {
      throw new GoPanic(rt.stringValue("errors: *target must be interface or implement error"));
    }
  },
  assignTo: (err: Iface, target: Iface): boolean => {
    const e = target.t.elem!;
    if (e.kind === Kind.Interface) {
      if (!implementsIface(err.t, e)) return false;
      store(e, target.v, err);
      return true;
    }
    if (err.t !== e) return false;
    store(e, target.v, err.v);
    return true;
  },
};
