// Go's types and objects, and the Info tables the checker fills for the compiler.
//
// Models go/types (Go 1.19): Basic, Pointer, Array, Slice, Struct, Tuple, Signature, Interface,
// Map, Chan and Named, plus the objects Var, Const, TypeName, Func, PkgName, Builtin, Nil and Label.
// The Info tables have go/types' names and meanings, so the compiler asks the same questions that
// cmd/compile asks of types2.
//
// Invariants:
//   - A Type is compared with `identical`, never with ===, except for Basic and Named types, which
//     are unique per kind or per declaration.
//   - Named.underlying is never a Named once the checker has finished with a declaration.
//   - Constant values are exact (see constant.ts); the compiler converts them to the run-time
//     representation of their final type.
//
// Type parameters (generic.ts): a type parameter is a Named type with `tparam` set, whose
// underlying type is its constraint; it appears only in a generic function's signature and in
// constraints, never in an instantiated body (instances are checked with their type arguments
// in place of the parameters, see check/generic.ts). An instantiated type is a Named with
// `orig` (the generic type) and `targs`; it is unique per generic type and type arguments.
//
// Package unsafe is go/types' Unsafe (check/universe.ts): its Pointer is the Basic type of kind
// UnsafePointer, its functions are Builtins.

import type * as ast from "./ast.js";
import type { ConstValue } from "./constant.js";

export enum BasicKind {
  Invalid,
  Bool,
  Int, Int8, Int16, Int32, Int64,
  Uint, Uint8, Uint16, Uint32, Uint64, Uintptr,
  Float32, Float64,
  Complex64, Complex128,
  String,
  UnsafePointer,
  UntypedBool, UntypedInt, UntypedRune, UntypedFloat, UntypedComplex, UntypedString, UntypedNil,
}

export enum BasicInfo {
  IsBoolean = 1 << 0,
  IsInteger = 1 << 1,
  IsUnsigned = 1 << 2,
  IsFloat = 1 << 3,
  IsComplex = 1 << 4,
  IsString = 1 << 5,
  IsUntyped = 1 << 6,
  IsOrdered = IsInteger | IsFloat | IsString,
  IsNumeric = IsInteger | IsFloat | IsComplex,
  IsConstType = IsBoolean | IsNumeric | IsString,
}

export type Type =
  | Basic
  | Pointer
  | ArrayT
  | Slice
  | Struct
  | Tuple
  | Signature
  | Interface
  | MapT
  | Chan
  | Named;

export class Basic {
  readonly tag = "Basic" as const;
  constructor(readonly kind: BasicKind, readonly info: number, readonly name: string) {}
}
export class Pointer {
  readonly tag = "Pointer" as const;
  constructor(readonly elem: Type) {}
}
export class ArrayT {
  readonly tag = "Array" as const;
  constructor(readonly elem: Type, readonly len: number) {}
}
export class Slice {
  readonly tag = "Slice" as const;
  constructor(readonly elem: Type) {}
}
export class Struct {
  readonly tag = "Struct" as const;
  /** tags[i] is the tag of fields[i], or "" */
  constructor(readonly fields: Var[], readonly tags: string[]) {}
}
export class Tuple {
  readonly tag = "Tuple" as const;
  constructor(readonly vars: Var[]) {}
}
export class Signature {
  readonly tag = "Signature" as const;
  /** variadic: the last param has type Slice and was declared `...T`. recv: set for methods. */
  constructor(
    readonly params: Tuple,
    readonly results: Tuple,
    readonly variadic: boolean,
    public recv?: Var,
  ) {}
}
/** One term of a union in a constraint: `~int` (tilde) or `string`. */
export interface Term {
  tilde: boolean;
  type: Type;
}

export class Interface {
  readonly tag = "Interface" as const;
  /** The type set's terms when the interface embeds a union or a non-interface type (a
   *  constraint); undefined when it is all types with the methods. */
  terms: Term[] | undefined;
  /** The interface is, or embeds, the predeclared `comparable`. */
  comparable = false;
  /** methods: explicitly declared; embeddeds: embedded interface types. allMethods is the
   *  complete, sorted-by-name method set, filled by the checker once embeddeds are resolved. */
  allMethods: Func[] | undefined;
  constructor(readonly methods: Func[], readonly embeddeds: Type[]) {}
}
export class MapT {
  readonly tag = "Map" as const;
  constructor(readonly key: Type, readonly elem: Type) {}
}
export class Chan {
  readonly tag = "Chan" as const;
  constructor(readonly dir: ast.ChanDir, readonly elem: Type) {}
}
export class Named {
  readonly tag = "Named" as const;
  /** underlying is set by the checker when the type declaration is resolved. methods are the
   *  declared methods, in source order (value and pointer receivers alike). */
  underlying!: Type;
  /** The type expression's type on the declaration's right side (type A B: B), set when the
   *  declaration has been checked; validType follows it (types2 Named.fromRHS). */
  fromRHS: Type | undefined;
  readonly methods: Func[] = [];
  /** Set for a type parameter: its index in its declaration's list and the declaration. */
  tparam: { index: number; owner: object } | undefined;
  /** Set for an instantiated generic type: the generic type and the type arguments, and where
   *  it was first instantiated (an invalid recursive instance is reported there, as types2's
   *  instance TypeName is). */
  orig: Named | undefined;
  targs: Type[] | undefined;
  instPos: ast.Pos | undefined;
  constructor(readonly obj: TypeName) {}
}

// ---- Objects ---------------------------------------------------------------------------------

export interface Package {
  path: string; // "main", "fmt", "math/rand"
  name: string; // "main", "fmt", "rand"
  scope: Scope;
  imports: Package[];
}

export class Scope {
  readonly elems = new Map<string, Obj>();
  readonly children: Scope[] = [];
  /**
   * Where lookupParent goes after this scope: the parent, or for a local scope (a function's
   * or a block's) the nearest enclosing scope that was not an empty local scope when this one
   * was opened. An enclosing local scope gains names only after its nested scopes are closed
   * (a name's scope starts at its declaration), so skipping the empty ones loses nothing, and
   * a lookup in blocks nested n deep costs O(1) instead of O(n).
   */
  private readonly next: Scope | undefined;
  constructor(readonly parent: Scope | undefined, readonly comment: string, readonly local = false) {
    // The universe keeps no list of its children (the package scopes): nothing walks it, and in
    // a process that compiles many programs (a test harness's worker, gort serve) the list
    // would keep every package of every program alive.
    if (parent?.parent !== undefined) parent.children.push(this);
    this.next = local && parent && parent.local && parent.elems.size === 0 ? parent.next : parent;
  }
  lookup(name: string): Obj | undefined {
    return this.elems.get(name);
  }
  lookupParent(name: string): Obj | undefined {
    for (let s: Scope | undefined = this; s; s = s.next) {
      const o = s.elems.get(name);
      if (o) return o;
    }
    return undefined;
  }
}

interface ObjBase {
  name: string;
  pos: ast.Pos | undefined; // undefined for universe objects
  pkg: Package | undefined; // undefined for universe objects
  type: Type;
}
/** isField: a struct field; embedded: an embedded field; isParam: a parameter or result. */
export interface Var extends ObjBase { tag: "Var"; isField: boolean; embedded: boolean; isParam: boolean; used: boolean }
export interface Const extends ObjBase { tag: "Const"; val: ConstValue }
/** generic: set for a generic type's name (check/generic.ts). typeArg: the name of a type
 *  parameter inside an instance, denoting its type argument. */
/** vargen: a type declared in a function, its number among its package's local types in source
 *  order (gc's, which names it main.L·3 inside an instance's type arguments). */
export interface TypeName extends ObjBase { tag: "TypeName"; generic?: Generic; typeArg?: boolean; vargen?: number }
/** decl is the FuncDecl for declared functions and methods; undefined for interface methods.
 *  generic: set for a generic function and for a method of a generic type (templates, never
 *  compiled); inst: set for an instance of one. */
export interface Func extends ObjBase {
  tag: "Func";
  type: Signature;
  decl?: ast.FuncDecl;
  generic?: Generic;
  inst?: { orig: Func | TypeName; targs: Type[]; recv?: Named };
  /** A standard function whose body is deferred and that no checked code reaches (yet): its
   *  body has no type records, and the compiler gives it a stub (check/lazy.ts). */
  bodyPending?: boolean;
}

/**
 * A generic function or type: its type parameters (Named types with tparam set, whose
 * underlying types are their constraints), and how to make an instance of it. instantiate is
 * a closure over the checker of the package that declares it, so that a package importing it
 * instantiates it there.
 */
export interface Generic {
  tparams: Named[];
  /** Set once the declaration's type parameter list is checked. */
  ready: boolean;
  instantiate: (targs: Type[], pos: ast.Pos) => Func | Named;
}
export interface PkgName extends ObjBase { tag: "PkgName"; imported: Package; used: boolean }
export type BuiltinName =
  | "append" | "cap" | "close" | "complex" | "copy" | "delete" | "imag" | "len" | "make"
  | "new" | "panic" | "print" | "println" | "real" | "recover"
  // package unsafe's (go/types declares them in universe.go, in the Unsafe package's scope)
  | "Add" | "Alignof" | "Offsetof" | "Sizeof" | "Slice";
export interface Builtin extends ObjBase { tag: "Builtin"; name: BuiltinName }
export interface Nil extends ObjBase { tag: "Nil" }
export interface Label extends ObjBase { tag: "Label"; used: boolean }
export type Obj = Var | Const | TypeName | Func | PkgName | Builtin | Nil | Label;

// ---- What the checker records (go/types.Info) --------------------------------------------------

/** mode mirrors go/types' operand modes that the compiler cares about. */
export type Mode = "novalue" | "builtin" | "typexpr" | "constant" | "variable" | "mapindex" | "value" | "commaok";

export interface TypeAndValue {
  mode: Mode;
  /** For untyped constants and nil this is the final (defaulted or converted) type, as go/types
   *  records after the expression's context is known. Tuples for multi-value calls. */
  type: Type;
  value?: ConstValue; // present iff mode === "constant"
}

type SelectionKind = "FieldVal" | "MethodVal" | "MethodExpr";
/** index is the path through embedded fields (go/types Selection.Index); indirect: a pointer
 *  was dereferenced along the path. */
export interface Selection {
  kind: SelectionKind;
  recv: Type;
  obj: Var | Func;
  index: number[];
  indirect: boolean;
}

export interface Info {
  types: Map<ast.Expr, TypeAndValue>;
  defs: Map<ast.Ident, Obj | undefined>;
  uses: Map<ast.Ident, Obj>;
  /** Implicit objects: a type switch clause's variable (keyed by its CaseClause), an import
   *  without a name (keyed by its ImportSpec). */
  implicits: Map<ast.Node, Obj>;
  selections: Map<ast.SelectorExpr, Selection>;
  scopes: Map<ast.Node, Scope>;
  /** Package-level variables in initialization order, as go/types computes it. */
  initOrder: { lhs: Var[]; rhs: ast.Expr }[];
  /** The instances of generic functions and methods declared in this package, in the order
   *  they were made: each is a copy of the generic declaration checked with its type
   *  arguments (check/generic.ts). file is the declaring file's name. */
  instances: { obj: Func; decl: ast.FuncDecl; file: string }[];
  /** Index expressions that instantiate a generic function (Map[int, string]): the compiler
   *  compiles their operand, which the checker resolved to the instance. */
  instExprs: Set<ast.Expr>;
}

export function newInfo(): Info {
  return {
    types: new Map(),
    defs: new Map(),
    uses: new Map(),
    implicits: new Map(),
    selections: new Map(),
    scopes: new Map(),
    initOrder: [],
    instances: [],
    instExprs: new Set(),
  };
}

export function underlying(t: Type): Type {
  return t.tag === "Named" ? t.underlying : t;
}
