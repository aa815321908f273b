// Typed copies of struct and array values into existing objects.
//
// Models Go 1.19's runtime/mbarrier.go (typedmemmove, typedslicecopy) over value.ts's
// representation, where a struct or array value is a JS object and a pointer to it is that
// object. Copying such a value into a variable, a field or a slice element must write into the
// object that is already there, because pointers taken earlier (&s[i], &v.f) are that object;
// replacing the object would cut them off. Copying into memory nobody can point to yet (a fresh
// backing array) may install a clone instead, which is cheaper.
//
// Invariants: dst and src are values of t's representation; after typedmemmove(t, dst, src),
// dst is equal to src and shares no struct or array object with it.
//
// Simplified: there is no write barrier here; the collector (mgcmark.ts) marks from the object
// graph, so a copy needs none.

import { Kind, type RType, type Slice } from "./value.js";

/** A struct or array value is an object that pointers may share (see the header). */
export function isValueObject(t: RType): boolean {
  return t.kind === Kind.Struct || t.kind === Kind.Array;
}

/** typedmemmove: copy the struct or array value src into the existing object dst. */
export function typedmemmove(t: RType, dst: any, src: any): void {
  if (dst === src) return;
  if (t.kind === Kind.Struct) {
    // A compiled struct class has a generated assign; a reflect-made struct type does not.
    const c = dst.constructor as { assign?: (d: any, s: any) => void } | undefined;
    if (c !== undefined && c !== Object && typeof c.assign === "function") {
      c.assign(dst, src);
      return;
    }
    for (const f of t.fields!) {
      if (isValueObject(f.type)) typedmemmove(f.type, dst[f.prop], src[f.prop]);
      else dst[f.prop] = src[f.prop];
    }
    return;
  }
  const e = t.elem!;
  const n = t.len!;
  if (isValueObject(e)) for (let i = 0; i < n; i++) typedmemmove(e, dst[i], src[i]);
  else for (let i = 0; i < n; i++) dst[i] = src[i];
}

/** typedslicecopy: copy(dst, src) for slices of struct or array elements of type et. The
 *  source is cloned first, since the two may overlap (memmove semantics). */
export function typedslicecopy(et: RType, dst: Slice, src: Slice, n: number): void {
  const tmp = new Array(n);
  for (let i = 0; i < n; i++) tmp[i] = et.clone(src.a[src.off + i]);
  for (let i = 0; i < n; i++) typedmemmove(et, dst.a[dst.off + i], tmp[i]);
}
