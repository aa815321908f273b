// Method tables: the method sets that interface dispatch and fmt reach through an RType.
//
// For every named type N the compiler declared, N's table holds its value methods and the
// methods promoted to N from embedded fields; *N's table holds all of N's methods (value and
// pointer receivers) and every promoted one, as the spec's method-set rules say. Each entry is a
// generator function taking the receiver as an interface holds it (value.ts), adapting it to the
// method's own receiver: dereferencing and copying for a value method reached through *N,
// walking the embedded path for a promoted method. An entry whose method is a plain function
// has the same adapter as a plain function too (pfn), for compiled interface calls (and so has
// a method promoted from an embedded interface, when its name is plain: ifacecalls.ts). An unnamed
// struct type with embedded fields (struct{ E; *bytes.Buffer }) gets a table of its promoted
// methods the same way.
//
// Ambiguous selectors (the same name twice at its shallowest depth, or a field there) promote
// no method, as the spec says, decided by the checker's own lookup: the type then lacks the
// method in interface assertions, type switches, reflect and fmt, as in Go.

import * as T from "../frontend/types.js";
import type { Ctx } from "./context.js";
import { lookupFieldOrMethod } from "../frontend/check/lookup.js";
import { fieldProp } from "./typetable.js";
import { isValueObject, runtimeString, under } from "./typeutil.js";

interface Entry {
  name: string;
  m: T.Func;
  path: { prop: string; ptr: boolean }[]; // embedded fields walked to reach the receiver
  ptrOnly: boolean; // only in *N's method set
}

export function methodTables(ctx: Ctx): string[] {
  const out: string[] = [];
  // Named types may be added to the table while emitting (e.g. pointer types); iterate a copy.
  const types: { t: T.Named | T.Struct; id: string }[] = [...ctx.tt.namedTypes];
  // Unnamed structs with embedded fields may be created while emitting the named types' tables.
  for (let i = 0; ; i++) {
    const next = i < types.length ? types[i] : ctx.tt.embeddingStructs[i - types.length];
    if (!next) break;
    const { t, id } = next;
    const entries = methodSet(t);
    if (entries.length === 0) continue;
    const ptrId = ctx.tt.rtype(new T.Pointer(t));
    for (const e of entries) {
      if (!e.ptrOnly) out.push(`$rt.addMethod(${id}, ${entry(ctx, t, e, false)});`);
      out.push(`$rt.addMethod(${ptrId}, ${entry(ctx, t, e, true)});`);
    }
  }
  return out;
}

/**
 * The method set of a named type, or of an unnamed struct type (its promoted methods only):
 * its own methods, then every method of an embedded type, breadth first by embedding depth,
 * that the checker's selector lookup (check/lookup.ts, go/types' rule) finds from the type
 * itself: one hidden by a field or found twice at its shallowest depth is not promoted.
 */
function methodSet(n: T.Named | T.Struct): Entry[] {
  const out: Entry[] = [];
  const done = new Set<T.Func>();
  for (const m of n.tag === "Named" ? n.methods : []) {
    done.add(m);
    out.push({ name: m.name, m, path: [], ptrOnly: under(m.type.recv!.type).tag === "Pointer" });
  }
  const promote = (m: T.Func): void => {
    const r = lookupFieldOrMethod(n, true, m.pkg, m.name);
    if (r.obj === undefined || r.obj.tag !== "Func" || done.has(r.obj)) return;
    done.add(r.obj);
    out.push(promoted(n, r.obj, r.index!, r.indirect));
  };
  let level: T.Type[] = [n];
  const seen = new Set<T.Type>(level);
  for (let depth = 0; depth < maxEmbedDepth && level.length > 0; depth++) {
    const next: T.Type[] = [];
    for (const t of level) {
      const s = under(t);
      if (s.tag !== "Struct") continue;
      for (const f of s.fields) {
        if (!f.embedded) continue;
        const ft = f.type.tag === "Pointer" ? f.type.elem : f.type;
        const u = under(ft);
        for (const m of u.tag === "Interface" ? u.allMethods ?? u.methods : ft.tag === "Named" ? ft.methods : []) promote(m);
        if (!seen.has(ft)) {
          seen.add(ft);
          next.push(ft);
        }
      }
    }
    level = next;
  }
  return out;
}

/** The entry of method m, found from n through the fields index lists (the method's own
 *  index last); indirect: an embedded pointer is on the way, so that a pointer method is in
 *  the value's method set too. */
function promoted(n: T.Type, m: T.Func, index: number[], indirect: boolean): Entry {
  const path: Entry["path"] = [];
  let t = n;
  for (const i of index.slice(0, -1)) {
    const f = (under(t) as T.Struct).fields[i]!;
    const ptr = f.type.tag === "Pointer";
    path.push({ prop: fieldProp(f.name, i), ptr });
    t = f.type.tag === "Pointer" ? f.type.elem : f.type;
  }
  const ptrRecv = m.type.recv !== undefined && under(m.type.recv.type).tag === "Pointer";
  return { name: m.name, m, path, ptrOnly: ptrRecv && !indirect };
}

/** How deep methodSet follows embedded fields (a type embedding itself through pointers is
 *  met once; this bounds any other chain). */
const maxEmbedDepth = 16;

/**
 * One method-table entry: { name, fn, ptrRecv, mtyp } with fn adapting the receiver; mtyp is the
 * method's func type without the receiver, which interface assertions compare (ops.ts).
 */
function entry(ctx: Ctx, n: T.Named | T.Struct, e: Entry, viaPtr: boolean): string {
  let r = "r";
  // Walk the embedded path. Pointers to structs are the structs themselves.
  let fieldPtr = "r";
  for (const step of e.path) {
    fieldPtr = `new $rt.Ptr($rt.nilck(${r}), ${JSON.stringify(step.prop)})`;
    r = `$rt.nilck(${r}).${step.prop}`;
  }
  const m = e.m;
  const name = runtimeString(e.name);
  // The entry's parameters after the receiver, one per Go parameter (a variadic one is a
  // slice): named, not a rest parameter spread into the call, which allocates an array per call.
  const a = m.type.params.vars.map((_, i) => `, a${i}`).join("");
  if (!m.type.recv || !ctx.funcs.has(m)) {
    // A method of an embedded interface: dispatch dynamically on the field's value; plainly
    // too when no method it may reach yields (ifacecalls.ts), as compiled plain calls of it do.
    const pfn = ctx.ifaceCalls.isPlain(m)
      ? `, pfn: function (r${a}) { const i = $rt.ifaceck(${r}); return ($rt.ptab(i)[${name}] ?? $rt.nopfn(i, ${name}))(i.v${a}); }`
      : "";
    return `{ name: ${name}, ptrRecv: false, mtyp: ${ctx.tt.rtype(m.type)}, fn: function* (r${a}) { const i = $rt.ifaceck(${r}); return yield* $rt.icall(i, ${name})(i.v${a}); }${pfn} }`;
  }
  const meta = ctx.funcs.get(m);
  if (!meta) throw new Error(`compiler: method ${m.name} has no compiled function`);
  const recvT = m.type.recv.type;
  const wantPtr = under(recvT).tag === "Pointer";
  // What the walk produced: for the outer receiver, a pointer when viaPtr; for embedded fields,
  // the field's value (a pointer for *E fields, which are the struct object itself).
  const lastPtr = e.path.length > 0 ? e.path[e.path.length - 1]!.ptr : viaPtr;
  const baseT = wantPtr ? (recvT as T.Pointer).elem : recvT;
  if (!wantPtr) {
    // A value method reached through *N with no embedded path: Go's wrapper panics through
    // panicwrap for a nil pointer.
    if (viaPtr && e.path.length === 0 && n.tag === "Named") {
      const o = n.obj;
      r = `$rt.panicwrap(${r}, ${runtimeString(o.pkg?.path ?? "")}, ${runtimeString(o.name)}, ${name})`;
    }
    // A value method: copy the receiver (a struct's fields must not be shared), unless the
    // method only reads it (sharedargs.ts: the receiver, whatever memory holds it, may be
    // passed as it is). Not in a -race run, where the copy is the receiver's read.
    if (isValueObject(baseT)) {
      const shared = meta.sharedArgs?.[0] === true && ctx.racePkgs.size === 0;
      r = shared ? `$rt.nilck(${r})` : ctx.tt.clone(baseT, `$rt.nilck(${r})`);
    }
    else if (lastPtr) r = `${r}.get()`;
  } else if (!lastPtr && !isValueObject(baseT) && e.path.length > 0) {
    // A pointer method of an embedded non-struct field (only *N's table has it): the method
    // gets the field's address.
    r = fieldPtr;
  }
  void n;
  const call = meta.gen ? `yield* ${meta.js}(${r}${a})` : `${meta.js}(${r}${a})`;
  // A method that cannot yield also gets a plain entry (pfn), which compiled interface calls
  // use (call.ts): the generator fn would only return the plain call's result.
  const pfn = meta.gen ? "" : `, pfn: function (r${a}) { return ${call}; }`;
  return `{ name: ${name}, ptrRecv: ${wantPtr}, mtyp: ${ctx.tt.rtype(m.type)}, fn: function* (r${a}) { return ${call}; }${pfn} }`;
}
