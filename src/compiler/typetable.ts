// The compiled program's run-time types: one RType constant per Go type, and one JS class per
// struct type.
//
// The compiler asks for a type's RType expression with rtype(t), its zero value with zero(t) and
// its copy with clone(t, x). The table collects the declarations, which the program emits before
// any function. Struct classes give V8 one stable object shape per Go struct type.
//
// Invariants:
//   - Identical unnamed types share one constant (keyed by their type string, which is unique for
//     unnamed types once named types are keyed by declaration).
//   - A named type's RType is declared with a thunk for its underlying type, so recursive types
//     can be declared in any order.

import * as T from "../frontend/types.js";
import { BasicKind as K } from "../frontend/types.js";
import { isValueObject, runtimeString, typeArgsString, typeString, under } from "./typeutil.js";
import { maxHostArray } from "../runtime/backing.js";

/** Array values up to this length are made inline (`new Array(n).fill(z)`). */
const inlineArrayMax = 1 << 16;

/** The host slots of an array value: the product of the lengths of its nested array types. */
function arraySlots(t: T.ArrayT): number {
  let n = t.len;
  let e = under(t.elem);
  while (e.tag === "Array") {
    n *= e.len;
    e = under(e.elem);
  }
  return n;
}
import { hasPointers } from "./stackmap.js";

const JS_RESERVED = new Set([
  "constructor", "__proto__", "prototype", "hasOwnProperty", "toString", "valueOf",
]);

/** The JS property name of a struct field. */
export function fieldProp(name: string, index: number): string {
  if (name === "_") return `_$${index}`;
  return JS_RESERVED.has(name) ? name + "$" : name;
}

const BASIC_NAMES: Record<number, string> = {
  [K.Bool]: "bool", [K.Int]: "int", [K.Int8]: "int8", [K.Int16]: "int16", [K.Int32]: "int32",
  [K.Int64]: "int64", [K.Uint]: "uint", [K.Uint8]: "uint8", [K.Uint16]: "uint16",
  [K.Uint32]: "uint32", [K.Uint64]: "uint64", [K.Uintptr]: "uintptr", [K.Float32]: "float32",
  [K.Float64]: "float64", [K.Complex64]: "complex64", [K.Complex128]: "complex128",
  [K.String]: "string", [K.UnsafePointer]: "unsafe.Pointer",
  [K.UntypedBool]: "bool", [K.UntypedInt]: "int", [K.UntypedRune]: "int32",
  [K.UntypedFloat]: "float64", [K.UntypedComplex]: "complex128", [K.UntypedString]: "string",
};

/** One declaration of the type table, with the other declarations it needs to be
 *  initialized before it (JS `const` has a temporal dead zone, and structOf reads the sizes of
 *  its field types, which resolves named types' underlying types). deps is a thunk: a struct
 *  met while a named type's underlying type is being built (a field *T inside T's own
 *  definition) holds that named type by value before its underlying type has an id. */
interface TypeDecl {
  id: string;
  code: string;
  kind: "class" | "named" | "unnamed";
  deps: () => string[];
}

export class TypeTable {
  private readonly decls: TypeDecl[] = [];
  private readonly namedUnderlying = new Map<string, string>();
  private readonly named = new Map<T.Named, string>();
  private readonly unnamed = new Map<string, string>();
  private readonly structs = new Map<string, string>(); // type string → class name
  private n = 0;
  /** Called for every named type declared, so the compiler can attach methods. */
  readonly namedTypes: { t: T.Named; id: string }[] = [];
  /** Unnamed struct types with embedded fields: they have promoted methods (methods.ts). */
  readonly embeddingStructs: { t: T.Struct; id: string }[] = [];

  /** The declarations in an order that initializes every one after what it needs: classes,
   *  then named types (whose underlying types are thunks), then the rest in dependency order. */
  declarations(): string {
    const out: string[] = [];
    for (const d of this.decls) if (d.kind === "class") out.push(d.code);
    for (const d of this.decls) if (d.kind === "named") out.push(d.code);
    const byId = new Map(this.decls.map((d) => [d.id, d]));
    const done = new Set<string>();
    const visit = (d: TypeDecl): void => {
      if (done.has(d.id) || d.kind !== "unnamed") return;
      done.add(d.id);
      for (const dep of d.deps()) {
        const x = byId.get(dep);
        if (x) visit(x);
      }
      out.push(d.code);
    };
    for (const d of this.decls) visit(d);
    return out.join("\n");
  }

  private push(d: TypeDecl): void {
    this.decls.push(d);
  }

  /** The ids an expression refers to, plus the underlying types of the named types a struct or
   *  array holds by value (reading their size resolves them). */
  private depsOf(expr: string, t: T.Type): string[] {
    const deps = [...new Set(expr.match(/\$T\d+/g) ?? [])];
    const byValue: T.Type[] = t.tag === "Struct" ? t.fields.map((f) => f.type) : t.tag === "Array" ? [t.elem] : [];
    for (const e of byValue) {
      if (e.tag !== "Named") continue;
      const id = this.named.get(e);
      const u = id ? this.namedUnderlying.get(id) : undefined;
      if (u) deps.push(u);
    }
    return deps;
  }

  rtype(t: T.Type): string {
    if (t.tag === "Basic") {
      if (t.kind === K.UntypedNil) return "$rt.types.unsafePointer";
      const name = BASIC_NAMES[t.kind];
      if (!name) throw new Error(`rtype of ${t.name}`);
      return name === "unsafe.Pointer" ? `$rt.types["unsafe.Pointer"]` : `$rt.types.${name}`;
    }
    if (t.tag === "Named") return this.namedRType(t);
    const key = this.typeKey(t);
    const hit = this.unnamed.get(key);
    if (hit) return hit;
    const id = `$T${this.n++}`;
    this.unnamed.set(key, id);
    const expr = this.unnamedExpr(t);
    this.push({ id, code: `const ${id} = ${expr};`, kind: "unnamed", deps: () => this.depsOf(expr, t) });
    if (t.tag === "Struct" && t.fields.some((f) => f.embedded)) this.embeddingStructs.push({ t, id });
    return id;
  }

  /**
   * The memo key of an unnamed type: its type string, plus what the string leaves out but type
   * identity needs: embedded field names (struct{ int } vs struct{ Int } with Int = int) and
   * which declaration each named type comes from (two local types may print alike).
   */
  private typeKey(t: T.Type): string {
    const extra: string[] = [];
    const seen = new Set<T.Type>();
    const walk = (x: T.Type): void => {
      if (seen.has(x)) return;
      seen.add(x);
      switch (x.tag) {
        case "Named": {
          let id = this.namedIds.get(x);
          if (id === undefined) this.namedIds.set(x, (id = this.namedIds.size));
          extra.push(`N${id}`);
          return;
        }
        case "Pointer": case "Slice": case "Array": case "Chan": return walk(x.elem);
        case "Map": walk(x.key); return walk(x.elem);
        case "Struct":
          extra.push(`S${x.fields.map((f) => f.name).join(",")}`);
          return x.fields.forEach((f) => walk(f.type));
        case "Signature":
          x.params.vars.forEach((v) => walk(v.type));
          return x.results.vars.forEach((v) => walk(v.type));
        case "Interface":
          return (x.allMethods ?? x.methods).forEach((m) => walk(m.type));
        default:
          return;
      }
    };
    walk(t);
    return extra.length === 0 ? typeString(t) : `${typeString(t)}|${extra.join(";")}`;
  }
  private readonly namedIds = new Map<T.Named, number>();

  private namedRType(t: T.Named): string {
    const hit = this.named.get(t);
    if (hit) return hit;
    const o = t.obj;
    if (o.pkg === undefined) {
      // error and any are universe types.
      if (o.name === "error") return "$rt.types.error";
      return this.rtype(t.underlying);
    }
    const id = `$T${this.n++}`;
    this.named.set(t, id);
    const u = this.rtype(t.underlying);
    this.namedUnderlying.set(id, u);
    // Go prints a named type with its package's name, which need not be its path's last element.
    const elem = o.pkg.path.slice(o.pkg.path.lastIndexOf("/") + 1);
    const pkgName = o.pkg.name !== elem && o.pkg.name !== "" ? `, ${runtimeString(o.pkg.name)}` : "";
    const code = `const ${id} = $rt.namedOf(${runtimeString(o.pkg.path)}, ${runtimeString(o.name + typeArgsString(t))}, () => ${u}${pkgName});`;
    this.push({ id, code, kind: "named", deps: () => [] });
    this.namedTypes.push({ t, id });
    return id;
  }

  private unnamedExpr(t: T.Type): string {
    switch (t.tag) {
      case "Pointer":
        return `$rt.ptrTo(${this.lazy(t.elem)})`;
      case "Slice":
        return `$rt.sliceOf(${this.rtype(t.elem)})`;
      case "Array":
        return `$rt.arrayOf(${this.rtype(t.elem)}, ${t.len})`;
      case "Map":
        return `$rt.mapOf(${this.rtype(t.key)}, ${this.rtype(t.elem)})`;
      case "Chan":
        return `$rt.chanOf(${JSON.stringify(t.dir)}, ${this.rtype(t.elem)})`;
      case "Signature":
        return `$rt.funcOf([${t.params.vars.map((v) => this.rtype(v.type)).join(", ")}], [${t.results.vars.map((v) => this.rtype(v.type)).join(", ")}], ${t.variadic})`;
      case "Interface": {
        const ms = (t.allMethods ?? t.methods).map(
          (m) => `{ name: ${runtimeString(m.name)}, type: ${this.rtype(m.type)} }`,
        );
        return `$rt.interfaceOf([${ms.join(", ")}])`;
      }
      case "Struct": {
        const cls = this.structClass(t);
        // An unexported field carries its package, which reflect reports as PkgPath.
        const fs = t.fields.map((f, i) =>
          `{ name: ${runtimeString(f.name)}, prop: ${JSON.stringify(fieldProp(f.name, i))}, type: ${this.rtype(f.type)}, embedded: ${f.embedded}, exported: ${isExported(f.name)}, tag: ${JSON.stringify(t.tags[i] ?? "")}${isExported(f.name) ? "" : `, pkgPath: ${runtimeString(f.pkg?.path ?? "")}`} }`,
        );
        return `$rt.structOf([${fs.join(", ")}], () => ${cls}.zero(), ${cls})`;
      }
      case "Tuple":
        throw new Error("rtype of a tuple");
      case "Basic":
      case "Named":
        throw new Error("unreachable");
    }
  }

  /** A pointer's element may be a named type still being declared: refer to it lazily. */
  private lazy(t: T.Type): string {
    return this.rtype(t);
  }

  /** The JS class for a struct type, declared once per distinct struct type. */
  structClass(s: T.Struct): string {
    const key = this.typeKey(s);
    const hit = this.structs.get(key);
    if (hit) return hit;
    const name = `$S${this.n++}`;
    this.structs.set(key, name);
    const props = s.fields.map((f, i) => fieldProp(f.name, i));
    const params = props.map((_, i) => `f${i}`);
    const body = props.map((p, i) => `this.${p} = f${i};`).join(" ");
    const zeros = s.fields.map((f) => this.zero(f.type));
    const clones = s.fields.map((f, i) => this.clone(f.type, `s.${props[i]}`));
    const assigns = s.fields.map((f, i) => this.assignInto(f.type, `d.${props[i]}`, `s.${props[i]}`));
    // $scan: the marker's scanobject for this class (runtime/mgcmark.ts), over the fields that
    // may hold references; monomorphic loads instead of a generic walk.
    // A pointer to a struct passes the struct's class, whose $scan the drain then calls directly.
    const scans = s.fields.flatMap((f, i) => {
      if (!hasPointers(f.type)) return [];
      const u = under(f.type);
      const elem = u.tag === "Pointer" ? under(u.elem) : undefined;
      return [elem?.tag === "Struct" ? `m.sptr(o.${props[i]}, ${this.structClass(elem)});` : `m.value(o.${props[i]});`];
    });
    // $race: -race's walk of a whole struct copied or assigned (runtime/race.ts eachSlot), into
    // its struct and array fields, down to their scalars; only for a struct that has such fields
    // (eachSlot walks a flat one by itself).
    const nested = s.fields.some((f) => isValueObject(f.type));
    const race = nested ? `\n  static $race(o, f) { ${s.fields.map((f, i) => this.raceVisit(f.type, `o.${props[i]}`, "o", i)).join(" ")} }` : "";
    const code =
      `class ${name} { constructor(${params.join(", ")}) { ${body} }\n` +
      `  static zero() { return new ${name}(${zeros.join(", ")}); }\n` +
      `  static clone(s) { return new ${name}(${clones.join(", ")}); }\n` +
      `  static assign(d, s) { ${assigns.join(" ")} return d; }\n` +
      `  static $scan(o, m) { ${scans.join(" ")} }` + race +
      // $noptr: nothing to scan at all; the marker skips such an interior object outright.
      (scans.length === 0 ? "\n  static $noptr = true; }" : " }");
    this.push({ id: name, code, kind: "class", deps: () => [] });
    return name;
  }

  /** $race's code for a field of type t at x, the slot `key` of object `base`: each scalar
   *  location reached by value is passed to f (an element's key is its index). */
  private raceVisit(t: T.Type, x: string, base: string, key: number | string, depth = 0): string {
    const u = under(t);
    if (u.tag === "Struct") return `${this.structClass(u)}.$race ? ${this.structClass(u)}.$race(${x}, f) : $rt.raceFields(${x}, f);`;
    if (u.tag !== "Array") return `f(${base}, ${key});`;
    const a = `a${depth}`, i = `i${depth}`;
    return `{ const ${a} = ${x}; for (let ${i} = 0; ${i} < ${a}.length; ${i}++) { ${this.raceVisit(u.elem, `${a}[${i}]`, a, i, depth + 1)} } }`;
  }

  /** A JS expression for the zero value of t (fresh for arrays and structs). */
  zero(t: T.Type): string {
    const u = under(t);
    switch (u.tag) {
      case "Basic":
        if (u.kind === K.Bool || u.kind === K.UntypedBool) return "false";
        if (u.kind === K.String || u.kind === K.UntypedString) return '""';
        if (u.kind === K.Complex64 || u.kind === K.Complex128 || u.kind === K.UntypedComplex) {
          return "$rt.C0";
        }
        if (u.kind === K.UnsafePointer || u.kind === K.UntypedNil) return "null";
        return "0";
      case "Struct":
        return `${this.structClass(u)}.zero()`;
      case "Array": {
        // An array of arrays is built element by element: its slots multiply.
        const slots = arraySlots(u);
        if (slots > maxHostArray) return `$rt.arrayValueLimit(${slots})`;
        const ez = this.zero(u.elem);
        if (isValueObject(u.elem)) return `$rt.mkArray(${u.len}, () => ${ez})`;
        // Fixed-width numbers live in the typed array a slice of them would get (backing.ts):
        // a [8192]byte is 8 KiB of host memory, not 64.
        const ta = typedArrayName(u.elem);
        if (ta !== undefined) return u.len <= inlineArrayMax ? `new ${ta}(${u.len})` : `$rt.mkArrayTyped(${ta}, ${u.len})`;
        // Long arrays go through the runtime: its host limits, and no dictionary-mode array.
        return u.len <= inlineArrayMax ? `new Array(${u.len}).fill(${ez})` : `$rt.mkArrayFill(${u.len}, ${ez})`;
      }
      default:
        return "null";
    }
  }

  /** A JS expression copying the Go value x of type t (identity for non-object values). */
  clone(t: T.Type, x: string): string {
    const u = under(t);
    if (u.tag === "Struct") return `${this.structClass(u)}.clone(${x})`;
    if (u.tag === "Array") {
      if (isValueObject(u.elem)) return `${x}.map((e) => ${this.clone(u.elem, "e")})`;
      return `${x}.slice()`;
    }
    return x;
  }

  /** A JS statement copying src into the existing object dst (structs and arrays), or assigning. */
  assignInto(t: T.Type, dst: string, src: string, depth = 0): string {
    const u = under(t);
    if (u.tag === "Struct") return `${this.structClass(u)}.assign(${dst}, ${src});`;
    if (u.tag === "Array") {
      const i = `$j${depth}`;
      const s = `$a${depth}`;
      if (isValueObject(u.elem)) {
        return `{ const ${s} = ${src}; for (let ${i} = 0; ${i} < ${u.len}; ${i}++) ${this.assignInto(u.elem, `${dst}[${i}]`, `${s}[${i}]`, depth + 1)} }`;
      }
      return `{ const ${s} = ${src}; for (let ${i} = 0; ${i} < ${u.len}; ${i}++) ${dst}[${i}] = ${s}[${i}]; }`;
    }
    return `${dst} = ${src};`;
  }
}

/** The typed array that holds an array value of element type t (as backing.ts typedArrayOf
 *  chooses for slices), or undefined when a JS Array does: numbers of 8, 16 and 32 bits and
 *  floats, whose values are JS numbers; not the 64-bit integers, which may be BigInts. */
export function typedArrayName(t: T.Type): string | undefined {
  const u = under(t);
  if (u.tag !== "Basic") return undefined;
  switch (u.kind) {
    case K.Int8: return "Int8Array";
    case K.Uint8: return "Uint8Array";
    case K.Int16: return "Int16Array";
    case K.Uint16: return "Uint16Array";
    case K.Int32: return "Int32Array";
    case K.Uint32: return "Uint32Array";
    case K.Float32: return "Float32Array";
    case K.Float64: return "Float64Array";
    default: return undefined;
  }
}

export function isExported(name: string): boolean {
  const c = name.charCodeAt(0);
  return c >= 65 && c <= 90;
}
