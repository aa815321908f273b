// The Checker: state shared by all parts of the type checker, error reporting, Info recording.
//
// Models go/types check.go (Go 1.19, as types2 runs inside gc). The checker's methods are split
// over files named after go/types' files; each exports functions taking the Checker first.
//
// Terms:
//   - DeclInfo: what the resolver learned about a package-level object (its file scope, type and
//     init expressions, function declaration) plus the objects its initializer depends on.
//   - Context: the per-declaration environment (scope, iota, enclosing signature...).
//   - untyped: expressions whose (untyped) type may still change once the context is known;
//     go/types' check.untyped map, flushed into Info.types at the end.
//
// Invariants:
//   - Every error is reported with the position go/types uses; diags are sorted at the end.
//   - No object is type-checked twice: objDecl colours objects white → grey → black.

import type * as ast from "../ast.js";
import * as types from "../types.js";
import type { ConstValue } from "../constant.js";
import { type Diagnostic, type Qualifier, typeString, operandString, exprString } from "./errors.js";
import type { Operand } from "./operand.js";
import type { LazyBodies } from "./lazy.js";
import type { CgoConstValue } from "./cgo.js";

export interface DeclInfo {
  fileScope: types.Scope;
  /** Var declarations with n:1 initialization share one DeclInfo listing all lhs vars. */
  lhs?: types.Var[];
  vtype?: ast.Expr;
  init?: ast.Expr;
  /** For constants: the spec whose type/values are (re)used, and the iota value. */
  iota?: number;
  inherited?: boolean;
  tspec?: ast.TypeSpec;
  fdecl?: ast.FuncDecl;
  /** Package-level objects this declaration's initializer refers to (for init order). */
  deps: Set<types.Obj>;
}

export interface Context {
  decl: DeclInfo | undefined;
  scope: types.Scope;
  iota: ConstValue | undefined;
  sig: types.Signature | undefined;
  /** The function body being checked has labels (labels are checked after the body). */
  hasLabel: boolean;
  /** Set while checking a call or receive (init order: function calls create dependencies). */
  hasCallOrRecv: boolean;
}

interface UntypedInfo {
  isLhs: boolean;
  mode: types.Mode;
  type: types.Basic;
  val: ConstValue | undefined;
}

interface CgoFunc {
  name: string;
  params: types.Type[];
  result: types.Type | undefined;
}

export interface CheckConfig {
  /** Packages loaded from gort's stdlib/ may declare functions without bodies (natives). */
  isStd: boolean;
  /** The absolute path of a file, for the messages that print one as gc does ("cannot infer
   *  T (/home/gopher/p/main.go:3:8)"); the file name as given when absent. */
  absPath?: (file: string) => string;
  importPackage: (path: string) => types.Package | undefined;
  /** The cgo preamble's functions (C type names such as "int", "char*", "void"). */
  cgoDecls?: { name: string; params: string[]; result: string; value?: CgoConstValue; unsupported?: string }[];
  /** Called when the package uses cgo's errno form (r, err := C.f()), which needs syscall. */
  cgoErrnoUsed?: () => void;
  /** The program's lazy bodies (lazy.ts): a standard package defers its bodies there, and
   *  every package's uses and selections reach them. */
  lazy?: LazyBodies;
}

type Color = "white" | "grey" | "black";

export class Checker {
  readonly diags: Diagnostic[] = [];
  readonly objMap = new Map<types.Obj, DeclInfo>();
  readonly color = new Map<types.Obj, Color>();
  /** The path of objects being type-checked (for cycle reporting). */
  readonly objPath: types.Obj[] = [];
  /** Methods collected by the resolver, keyed by the receiver base type name. */
  readonly methods = new Map<string, types.Func[]>();
  readonly untyped = new Map<ast.Expr, UntypedInfo>();
  readonly delayed: (() => void)[] = [];
  readonly fileScopes: types.Scope[] = [];
  readonly pkgNames: types.PkgName[] = [];
  /** Imported package names used in the package (for "imported and not used"). */
  readonly usedPkgNames = new Set<types.PkgName>();
  /** Function bodies' vars in declaration order, for "declared but not used". */
  readonly funcVars: types.Var[][] = [];
  /** Interface types whose method sets still need completing. */
  readonly cgoFuncs = new Map<string, CgoFunc>();
  /** Objects brought into a file scope by a dot import, and the import that did it. */
  readonly dotImports = new Map<types.Obj, types.PkgName>();
  /** Functions whose signatures have not been type-checked yet. */
  readonly funcPending = new Set<types.Func>();
  /** Methods whose receiver is not a package-level type name (reported when checked). */
  readonly orphanMethods: types.Func[] = [];
  /** Scopes that belong to functions (usage() does not descend into them). */
  readonly funcScopes = new Set<types.Scope>();
  /** Defined types found valid by validType (types2 check.valids). */
  readonly validTypes = new Set<types.Named>();
  /** Aliases whose type is being determined (types2 brokenAliases). */
  readonly brokenAliases = new Set<types.TypeName>();
  /**
   * Defined types declared as another defined type whose underlying type was still being
   * resolved (type T1 struct{ n *T2 }; type T2 T1): they take it when that declaration ends.
   */
  readonly pendingUnder = new Map<types.Named, types.Named[]>();
  /** cgo's _Ctype_ types, declared invisibly in the package. */
  readonly cgoTypes = new Map<string, types.Named>();
  /** The parameter scope of each signature built from syntax. */
  readonly sigScopes = new Map<types.Signature, types.Scope>();
  /** When set, errors are reported here (inherited constant initializers). */
  errpos: ast.Pos | undefined;
  /** Errors gc's noder reports after the type checker, printed only when it found none. */
  readonly noderErrors: Diagnostic[] = [];
  /** The body being checked is an instance of a generic one (generic.ts). */
  inInstance = false;
  /** checkPackage has returned; instances made later are checked at once (late.ts). */
  finished = false;
  lateRunning = false;
  /** Errors already reported, by position and text: an instance's body repeats its template's. */
  private readonly reported = new Set<string>();
  ctx: Context;
  firstErr: Diagnostic | undefined;

  constructor(
    readonly pkg: types.Package,
    readonly files: ast.File[],
    readonly info: types.Info,
    readonly conf: CheckConfig,
  ) {
    this.ctx = {
      decl: undefined,
      scope: pkg.scope,
      iota: undefined,
      sig: undefined,
      hasLabel: false,
      hasCallOrRecv: false,
    };
  }

  readonly qf: Qualifier = (p) => (p === this.pkg || p.path === this.pkg.path ? "" : p.name);

  ts(t: types.Type): string {
    return typeString(t, this.qf);
  }
  os(x: Operand): string {
    return operandString(x, this.qf);
  }
  es(e: ast.Expr): string {
    return exprString(e);
  }

  error(pos: ast.Pos, msg: string, soft = false, unsupported = false): void {
    if (/invalid operand|invalid type/.test(msg) && !soft && this.suppress(msg)) return;
    const d: Diagnostic = { pos: this.errpos ?? pos, msg };
    if (unsupported) d.unsupported = true;
    const key = `${posString(d.pos)}: ${msg}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    if (soft) d.soft = true;
    if (!this.firstErr) this.firstErr = d;
    this.diags.push(d);
  }

  /** go/types drops follow-on errors that mention invalid operands or types. */
  private suppress(msg: string): boolean {
    return msg.includes("(invalid operand)") || msg.includes("invalid type");
  }

  softError(pos: ast.Pos, msg: string): void {
    this.error(pos, msg, true);
  }

  notSupported(pos: ast.Pos, what: string): void {
    this.error(pos, `gort: ${what} is not supported yet`, false, true);
  }

  // ---- Recording ----

  recordTypeAndValue(e: ast.Expr, mode: types.Mode, t: types.Type, val?: ConstValue): void {
    const tv: types.TypeAndValue = { mode, type: t };
    if (mode === "constant" && val) tv.value = val;
    this.info.types.set(e, tv);
  }

  recordDef(id: ast.Ident, obj: types.Obj | undefined): void {
    this.info.defs.set(id, obj);
  }

  recordUse(id: ast.Ident, obj: types.Obj): void {
    this.info.uses.set(id, obj);
    if (obj.tag === "Func") this.conf.lazy?.use(obj);
  }

  recordImplicit(n: ast.Node, obj: types.Obj): void {
    this.info.implicits.set(n, obj);
  }

  recordSelection(e: ast.SelectorExpr, sel: types.Selection): void {
    if (sel.obj.tag === "Func") this.conf.lazy?.select(sel.obj.name);
    this.recordUse(e.sel, sel.obj);
    this.info.selections.set(e, sel);
  }

  recordScope(n: ast.Node, s: types.Scope): void {
    this.info.scopes.set(n, s);
  }

  /** declare inserts obj into scope, reporting a redeclaration. id may be undefined for implicit objects. */
  declare(scope: types.Scope, id: ast.Ident | undefined, obj: types.Obj): void {
    if (obj.name !== "_") {
      const alt = scope.elems.get(obj.name);
      if (alt) {
        this.error(obj.pos ?? id!.pos, `${obj.name} redeclared in this block`);
        if (alt.pos) this.diags[this.diags.length - 1]!.msg += `\n\t${posString(alt.pos)}: other declaration of ${obj.name}`;
        if (id) this.recordDef(id, obj);
        return;
      }
      scope.elems.set(obj.name, obj);
    }
    if (id) this.recordDef(id, obj);
  }

  /** cgoUsed reports whether the file containing id imports "C". */
  cgoUsed(id: ast.Ident): boolean {
    const f = this.files.find((fl) => fl.name === id.pos.file);
    return !!f && f.imports.some((i) => i.path === "C");
  }

  later(f: () => void): void {
    this.delayed.push(f);
  }

  /** Record that the current declaration depends on obj (for initialization order). */
  addDep(obj: types.Obj): void {
    const d = this.ctx.decl;
    if (d && this.objMap.has(obj)) d.deps.add(obj);
  }
}

export function posString(p: ast.Pos): string {
  return `${p.file}:${p.line}:${p.col}`;
}
