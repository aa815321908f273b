// What `gort build -S` and `gort build -gcflags=-m` print: the runtime calls each source line
// lowers to, and the escape decisions, named and worded as Go 1.19's compiler names them.
//
// The compiler records them as it emits code, into a Lowering it finds on Ctx.lower. That field
// is undefined unless the build asked for -S or -m, and every recording site is an optional
// call (`ctx.lower?.call(...)`), whose arguments are not even evaluated then: a normal
// compilation pays one property test per site.
//
// Names. gort's runtime has one entry per operation (`$rt.mapassign` serves every key type);
// Go's compiler picks a specialized entry by the types (cmd/compile/internal/walk: mapfast,
// dataWordFuncName, concatstring's arity). The helpers below make that choice from the same
// types, so that the listing reads as `go build -gcflags=-S` prints its CALL instructions.
// Calls Go makes that gort's model has no counterpart for (morestack, write barriers, fastrand
// for a map's seed) are not listed; tools/lower-compare.ts leaves them out of the comparison.

import type * as ast from "../frontend/ast.js";
import * as T from "../frontend/types.js";
import { BasicKind as K } from "../frontend/types.js";
import { alignof, sizeof } from "../frontend/check/sizes.js";
import { hasPointers } from "./stackmap.js";
import { typeString } from "../frontend/check/errors.js";
import { under } from "./typeutil.js";

/** One runtime call: the source line it belongs to and Go's name without `runtime.`. */
interface LowerCall {
  line: number;
  name: string;
}

/** A compiled function of the listing: its Go symbol, file and the runtime calls in it. */
interface LowerFunc {
  name: string;
  file: string;
  line: number;
  calls: LowerCall[];
}

/** One escape decision, as -m words it: `moved to heap: x`, `&T{...} escapes to heap`. */
interface EscapeNote {
  pos: ast.Pos;
  msg: string;
}

/** The side table of one compilation with -S or -m. */
export class Lowering {
  readonly funcs = new Map<string, LowerFunc>();
  readonly escapes: EscapeNote[] = [];

  /** A compiled function (compiler/stmt.ts compileFuncBody), listed even without calls. */
  func(name: string, file: string, line: number): void {
    if (!this.funcs.has(name)) this.funcs.set(name, { name, file, line, calls: [] });
  }

  /** A runtime call in function fn at pos (undefined: the function's own line). */
  call(fn: string, pos: ast.Pos | undefined, name: string): void {
    let f = this.funcs.get(fn);
    if (f === undefined) this.funcs.set(fn, (f = { name: fn, file: pos?.file ?? "", line: pos?.line ?? 0, calls: [] }));
    f.calls.push({ line: pos?.line ?? f.line, name });
  }

  /** An escape decision at pos. */
  escape(pos: ast.Pos | undefined, msg: string): void {
    if (pos !== undefined) this.escapes.push({ pos, msg });
  }
}

// ---- Go's names for gort's operations ------------------------------------------------------------

/** Go's map access variants (walk/walk.go mapfast): by the key's memory kind, unless the
 *  element is larger than 128 bytes. */
type MapFast = "" | "_fast32" | "_fast32ptr" | "_fast64" | "_fast64ptr" | "_faststr";

function mapFast(m: T.MapT): MapFast {
  if (sizeof(m.elem) > 128) return "";
  const k = under(m.key);
  if (k.tag === "Basic" && (k.kind === K.String || k.kind === K.UntypedString)) return "_faststr";
  if (!isMemKey(m.key)) return "";
  const size = sizeof(m.key);
  // reflectdata.AlgType: an under-aligned composite compares as plain memory (slow path).
  if ((k.tag === "Struct" || k.tag === "Array") && alignof(m.key) < 8 && alignof(m.key) < size) return "";
  if (size === 4) return hasPointers(m.key) ? "_fast32ptr" : "_fast32";
  if (size === 8) return hasPointers(m.key) ? "_fast64ptr" : "_fast64";
  return "";
}

/** Does a key of type t compare as plain memory (no floats, strings or interfaces)? */
function isMemKey(t: T.Type): boolean {
  const u = under(t);
  switch (u.tag) {
    case "Basic":
      return u.kind !== K.Float32 && u.kind !== K.Float64 && u.kind !== K.Complex64 && u.kind !== K.Complex128 &&
        u.kind !== K.String && u.kind !== K.UntypedString;
    case "Pointer": case "Chan":
      return true;
    case "Array":
      return isMemKey(u.elem);
    case "Struct":
      return u.fields.every((f) => f.name !== "_" && isMemKey(f.type));
  }
  return false;
}

/** mapaccess1, mapaccess2, mapassign or mapdelete with Go's variant for the map type. Only
 *  mapassign has the `ptr` variants (walk's mkmapnames). */
export function mapName(op: "mapaccess1" | "mapaccess2" | "mapassign" | "mapdelete", m: T.MapT): string {
  const v = mapFast(m);
  return op + (op === "mapassign" ? v : v.replace("ptr", ""));
}

/** make(map) and map literals: Go puts the map of a non-escaping make with a small constant
 *  hint on the stack (no call but fastrand, not listed); otherwise makemap_small for a hint of
 *  at most 8 (a bucket), else makemap. */
export function makemapName(hint: number | undefined, escapes: boolean): string | undefined {
  const small = hint !== undefined && hint <= 8;
  if (!escapes) return small ? undefined : "makemap";
  return small ? "makemap_small" : "makemap";
}

/** The conversion of a value of type t to an interface (walk/convert.go dataWordFuncName):
 *  undefined when Go needs no call (pointer-shaped values, zero-size types). */
export function convTName(t: T.Type): string | undefined {
  const u = under(t);
  if (u.tag === "Pointer" || u.tag === "Map" || u.tag === "Chan" || u.tag === "Signature") return undefined;
  if (u.tag === "Basic" && u.kind === K.UnsafePointer) return undefined;
  if (isPointerShapedAggregate(u)) return undefined;
  const size = sizeof(t);
  if (size === 0) return undefined;
  // One-byte values come from a static table (runtime.staticuint64s).
  if (size === 1) return undefined;
  if (size === 2 && alignof(t) === 2) return "convT16";
  if (!hasPointers(t)) {
    if (size === 4 && alignof(t) === 4) return "convT32";
    if (size === 8 && alignof(t) === 8) return "convT64";
  }
  const sc = under(soleComponent(t));
  if (sc.tag === "Basic" && (sc.kind === K.String || sc.kind === K.UntypedString)) return "convTstring";
  if (sc.tag === "Slice") return "convTslice";
  return hasPointers(t) ? "convT" : "convTnoptr";
}

/** types.Type.SoleComponent: the one element of a struct of one field or an array of one
 *  element, recursively. */
export function soleComponent(t: T.Type): T.Type {
  const u = under(t);
  if (u.tag === "Struct" && u.fields.length === 1) return soleComponent(u.fields[0]!.type);
  if (u.tag === "Array" && u.len === 1) return soleComponent(u.elem);
  return t;
}

/** A struct or array of one pointer-shaped element: Go stores it in the interface directly. */
function isPointerShapedAggregate(u: T.Type): boolean {
  if (u.tag === "Struct" && u.fields.length === 1) return isDirect(u.fields[0]!.type);
  if (u.tag === "Array" && u.len === 1) return isDirect(u.elem);
  return false;
}

function isDirect(t: T.Type): boolean {
  const u = under(t);
  return u.tag === "Pointer" || u.tag === "Map" || u.tag === "Chan" || u.tag === "Signature" ||
    (u.tag === "Basic" && u.kind === K.UnsafePointer) || isPointerShapedAggregate(u);
}

/** Go's concatenation entry for n operands (concatstring2..5, concatstrings beyond). */
export function concatName(n: number): string {
  return n <= 5 ? `concatstring${n}` : "concatstrings";
}

/** println's per-argument printer (walk/builtin.go walkPrint). */
export function printName(t: T.Type): string {
  const u = under(t);
  if (u.tag === "Interface") return (u.allMethods ?? u.methods).length === 0 ? "printeface" : "printiface";
  if (u.tag === "Slice") return "printslice";
  if (u.tag !== "Basic") return "printpointer";
  switch (u.kind) {
    case K.Bool: case K.UntypedBool: return "printbool";
    case K.String: case K.UntypedString: return "printstring";
    case K.Float32: case K.Float64: case K.UntypedFloat: return "printfloat";
    case K.Complex64: case K.Complex128: case K.UntypedComplex: return "printcomplex";
    case K.Uint: case K.Uint8: case K.Uint16: case K.Uint32: case K.Uint64: case K.Uintptr: return "printuint";
    case K.UntypedNil: return "printnil";
  }
  return "printint";
}

// ---- How -m names an expression ---------------------------------------------------------------

/**
 * An expression as cmd/compile's -m messages print it (ir's fmtNode, shortened): composite
 * literals as `T{...}` (`T{}` when empty), function literals as `func literal`, calls with
 * their arguments. Types are printed from their syntax.
 */
export function exprString(e: ast.Expr | undefined, depth = 0, typeOf?: (e: ast.Expr) => T.Type): string {
  if (e === undefined) return "";
  if (depth > 8) return "...";
  const s = (x: ast.Expr | undefined): string => exprString(x, depth + 1, typeOf);
  switch (e.kind) {
    case "Ident": return e.name;
    case "BasicLit": return e.value;
    case "ParenExpr": return s(e.x);
    case "SelectorExpr": return `${s(e.x)}.${e.sel.name}`;
    case "IndexExpr": return `${s(e.x)}[${s(e.index)}]`;
    case "SliceExpr": return `${s(e.x)}[${s(e.low)}:${s(e.high)}${e.max ? ":" + s(e.max) : ""}]`;
    case "StarExpr": return `*${s(e.x)}`;
    case "UnaryExpr": return `${e.op}${s(e.x)}`;
    case "BinaryExpr": return `${s(e.x)} ${e.op} ${s(e.y)}`;
    case "CallExpr": return `${s(e.fun)}(${e.args.map(s).join(", ")}${e.hasEllipsis ? "..." : ""})`;
    case "CompositeLit": {
      // An elided type (inside an outer literal) is printed from the literal's type.
      const t = e.type ? s(e.type) : typeOf ? typeString(typeOf(e), (p) => p.path === "main" ? "" : p.name) : "";
      return `${t}{${e.elts.length > 0 ? "..." : ""}}`;
    }
    case "FuncLit": return "func literal";
    case "TypeAssertExpr": return `${s(e.x)}.(${e.type ? s(e.type) : "type"})`;
    case "KeyValueExpr": return `${s(e.key)}: ${s(e.value)}`;
    case "ArrayType": return `[${e.len ? s(e.len) : ""}]${s(e.elt)}`;
    case "MapType": return `map[${s(e.key)}]${s(e.value)}`;
    case "ChanType": return `${e.dir === "recv" ? "<-chan" : e.dir === "send" ? "chan<-" : "chan"} ${s(e.value)}`;
    case "InterfaceType": return "interface {...}";
    case "StructType": return "struct {...}";
    case "FuncType": return "func(...)";
    case "Ellipsis": return `...${s(e.elt)}`;
    case "IndexListExpr": return `${s(e.x)}[${e.indices.map(s).join(", ")}]`;
  }
  return "?";
}

// ---- Output ------------------------------------------------------------------------------------

/** How -m prints a file: relative paths get Go's `./`. */
function goRelPath(file: string): string {
  return file.startsWith("/") || file.startsWith("./") || file.startsWith("../") ? file : `./${file}`;
}

/**
 * The -S listing of the functions in the given files: Go's `main.f STEXT` header, then one line
 * per runtime call, `\t(/abs/x.go:12)\tCALL\truntime.mapassign_fast64(SB)`, by line.
 */
export function formatAsm(l: Lowering, inFile: (file: string) => boolean, absPath: (file: string) => string): string {
  const out: string[] = [];
  for (const f of l.funcs.values()) {
    if (!inFile(f.file)) continue;
    out.push(`${f.name} STEXT`);
    const abs = absPath(f.file);
    const calls = [...f.calls].sort((a, b) => a.line - b.line);
    for (const c of calls) out.push(`\t(${abs}:${c.line})\tCALL\truntime.${c.name}(SB)`);
  }
  return out.length === 0 ? "" : out.join("\n") + "\n";
}

/** The -m lines of the given files, sorted by position as Go prints each function's. */
export function formatEscapes(l: Lowering, inFile: (file: string) => boolean): string {
  const seen = new Set<string>();
  const lines: { pos: ast.Pos; text: string }[] = [];
  for (const n of l.escapes) {
    if (!inFile(n.pos.file)) continue;
    const text = `${goRelPath(n.pos.file)}:${n.pos.line}:${n.pos.col}: ${n.msg}`;
    if (seen.has(text)) continue;
    seen.add(text);
    lines.push({ pos: n.pos, text });
  }
  lines.sort((a, b) => a.pos.file < b.pos.file ? -1 : a.pos.file > b.pos.file ? 1 : a.pos.line - b.pos.line || a.pos.col - b.pos.col);
  return lines.map((x) => x.text + "\n").join("");
}
