// The compile errors about sizes that gc reports after type checking: types larger than the
// address space, channel elements of 64 kB or more, and package variables too large for an
// object file.
//
// Models Go 1.19's cmd/compile/internal/types/size.go (CalcSize: "type %L larger than address
// space", "type %L too large", "channel element type too large (>64kB)"; MaxWidth = 1<<50 on
// amd64) and cmd/internal/obj's "symbol too large (%d bytes > %d bytes)" for a package
// variable over 2e9 bytes.
//
// Where and when gc reports them follows from the order in which it sizes types; this pass
// keeps that order in three phases, and stops after the first phase that reports:
//   1. package-level type declarations, at the declared name;
//   2. package-level variables and function signatures, at the variable or parameter name;
//   3. function bodies: local var and type declarations at their names, and the types of make,
//      new and composite literals at the call's "(" or the literal's "{" (a variable declared
//      by := has the type of what it is assigned, which is where gc reports).
// Then, as gc's CheckLargeStacks after compiling, functions whose stack frame reaches 1 GB
// ("stack frame too large (>1GB): N MB locals + M MB args"). The symbol-size check runs only
// when all that found nothing (gc writes the object file last).
//
// Simplifications: gc reports a function parameter's oversized type without a position, or at
// whatever position it was at; gort reports it at the parameter. A struct over the limit is an
// internal compiler error in gc 1.19 ("bad type"); gort reports "type T too large" instead.

import type * as ast from "../frontend/ast.js";
import type { Diagnostic } from "../frontend/diag.js";
import * as T from "../frontend/types.js";
import { typeString } from "../frontend/check/errors.js";
import type { CheckedPackage } from "../frontend/program.js";
import { inspect } from "./inspect.js";
import { alignof as alignOf, basicSize } from "../frontend/check/sizes.js";

/** cmd/compile's MaxWidth for amd64. */
const MAX_WIDTH = 2 ** 50;
/** cmd/internal/obj's cutoff for one symbol's size. */
const SYMBOL_CUTOFF = 2e9;

/** Size errors in pkg (package main), in gc's report order. */
export function checkSizes(pkg: CheckedPackage): Diagnostic[] {
  const c = new SizeChecker(pkg);
  const phases = [() => c.typeDecls(), () => c.pkgVarsAndSigs(), () => c.bodies()];
  for (const phase of phases) {
    phase();
    if (c.diags.length > 0) return c.diags;
  }
  c.frames();
  if (c.diags.length > 0) return c.diags;
  c.symbols();
  return c.diags;
}

/** cmd/compile's maxStackSize (ssagen/pgen.go): a frame of 1 GB or more does not compile. */
const maxStackSize = 1 << 30;
/** ir.MaxStackVarSize: a declared variable larger than this moves to the heap. */
const maxStackVarSize = 10 << 20;

class SizeChecker {
  readonly diags: Diagnostic[] = [];
  /** Sizes computed so far; Infinity once a type was found too large. */
  private readonly sizes = new Map<T.Type, number>();
  private readonly qf = (p: T.Package): string => (p === this.pkg.pkg ? "" : p.name);
  private pos: ast.Pos = { file: "", line: 0, col: 0 };

  constructor(private readonly pkg: CheckedPackage) {}

  typeDecls(): void {
    for (const d of this.topDecls()) {
      if (d.kind !== "GenDecl" || d.tok !== "type") continue;
      for (const s of d.specs) if (s.kind === "TypeSpec") this.check(this.defType(s.name), s.name.pos);
    }
  }

  pkgVarsAndSigs(): void {
    for (const d of this.topDecls()) {
      if (d.kind === "GenDecl" && d.tok === "var") {
        for (const s of d.specs) if (s.kind === "ValueSpec") for (const id of s.names) this.check(this.defType(id), id.pos);
      } else if (d.kind === "FuncDecl") {
        this.signature(d.type, d.recv ? [d.recv] : []);
      }
    }
  }

  bodies(): void {
    for (const d of this.topDecls()) {
      if (d.kind !== "FuncDecl" || !d.body) continue;
      inspect(d.body, (n: any) => {
        this.local(n);
        return true;
      });
    }
  }

  /**
   * CheckLargeStacks: a function (or function literal) whose locals and arguments take 1 GB
   * or more of stack, reported at the function in source order. Locals are the variables
   * declared in its body up to maxStackVarSize each (larger ones live on the heap); escape
   * analysis may move more of them to the heap in gc, so gort can report a frame gc accepts
   * only for a program that keeps a gigabyte of arrays in one function.
   */
  frames(): void {
    const funcs: { pos: ast.Pos; type: ast.FuncType; body: ast.BlockStmt }[] = [];
    for (const d of this.topDecls()) {
      if (d.kind !== "FuncDecl" || !d.body) continue;
      funcs.push({ pos: d.name.pos, type: d.type, body: d.body });
      inspect(d.body, (n: any) => {
        if (n.kind === "FuncLit") funcs.push({ pos: n.pos, type: n.type, body: n.body });
        return true;
      });
    }
    funcs.sort((a, b) => a.pos.line - b.pos.line || a.pos.col - b.pos.col);
    for (const f of funcs) {
      let args = 0;
      for (const fld of [...f.type.params, ...f.type.results]) {
        const t = this.pkg.info.types.get(fld.type)?.type;
        if (t) args += this.size(t) * Math.max(1, fld.names.length);
      }
      let locals = 0;
      inspect(f.body, (n: any) => {
        if (n.kind === "FuncLit") return false;
        if (n.kind === "Ident") {
          const o = this.pkg.info.defs.get(n);
          if (o && o.tag === "Var" && !o.isField) {
            const size = this.size(o.type);
            if (size <= maxStackVarSize) locals += size;
          }
        }
        return true;
      });
      if (locals + args >= maxStackSize) {
        this.diags.push({ pos: f.pos, msg: `stack frame too large (>1GB): ${Math.floor(locals / 2 ** 20)} MB locals + ${Math.floor(args / 2 ** 20)} MB args` });
      }
    }
  }

  /** A package variable over the object-file limit (only when everything else compiled). */
  symbols(): void {
    for (const d of this.topDecls()) {
      if (d.kind !== "GenDecl" || d.tok !== "var") continue;
      for (const s of d.specs) {
        if (s.kind !== "ValueSpec") continue;
        for (const id of s.names) {
          const t = this.defType(id);
          const n = t ? this.size(t) : 0;
          if (id.name !== "_" && n > SYMBOL_CUTOFF && Number.isFinite(n)) {
            this.diags.push({ pos: id.pos, msg: `${this.pkg.path}.${id.name}: symbol too large (${n} bytes > ${SYMBOL_CUTOFF} bytes)` });
          }
        }
      }
    }
  }

  private topDecls(): ast.Decl[] {
    return this.pkg.files.flatMap((f) => f.decls);
  }

  private defType(id: ast.Ident): T.Type | undefined {
    const o = this.pkg.info.defs.get(id);
    if (!o || (o.tag !== "Var" && o.tag !== "TypeName")) return undefined;
    return o.tag === "TypeName" && o.type.tag === "Named" && o.type.obj === o ? o.type.underlying : o.type;
  }

  private signature(ft: ast.FuncType, recv: ast.Field[]): void {
    for (const f of [...recv, ...ft.params, ...ft.results]) {
      for (const id of f.names) this.check(this.defType(id), id.pos);
      if (f.names.length === 0) this.check(this.pkg.info.types.get(f.type)?.type, f.type.pos);
    }
  }

  /** The declarations and allocations of a function body (phase 3). */
  private local(n: any): void {
    switch (n.kind) {
      case "FuncLit":
        return this.signature(n.type, []);
      case "ValueSpec":
        for (const id of n.names) this.check(this.defType(id), id.pos);
        return;
      case "TypeSpec":
        return this.check(this.defType(n.name), n.name.pos);
      case "CompositeLit":
        return this.check(this.pkg.info.types.get(n)?.type, n.lbrace);
      case "CallExpr": {
        const fun = n.fun.kind === "ParenExpr" ? n.fun.x : n.fun;
        const o = fun.kind === "Ident" ? this.pkg.info.uses.get(fun) : undefined;
        if (o?.tag === "Builtin" && (o.name === "make" || o.name === "new") && n.args.length > 0) {
          this.check(this.pkg.info.types.get(n.args[0])?.type, n.lparen);
        }
        return;
      }
    }
  }

  /** Sizes t as gc's CalcSize does when it meets t at pos, reporting what is too large. */
  private check(t: T.Type | undefined, pos: ast.Pos): void {
    if (!t) return;
    this.pos = pos;
    this.size(t);
  }

  private size(t: T.Type): number {
    const known = this.sizes.get(t);
    if (known !== undefined) return known;
    // A recursive type reaches itself only through a pointer-like type (the checker rejects the
    // others), whose size does not depend on it.
    this.sizes.set(t, 8);
    const before = this.diags.length;
    const n = this.compute(t);
    // A type found wrong is sized again where it is met next: gc reports it at each declaration.
    if (this.diags.length === before && Number.isFinite(n)) this.sizes.set(t, n);
    else this.sizes.delete(t);
    return n;
  }

  private compute(t: T.Type): number {
    switch (t.tag) {
      case "Named":
        return this.size(t.underlying);
      case "Basic":
        return basicSize(t.kind);
      case "Pointer":
      case "Slice":
        this.size(t.elem);
        return t.tag === "Slice" ? 24 : 8;
      case "Map":
        this.size(t.key);
        this.size(t.elem);
        return 8;
      case "Chan":
        if (this.size(t.elem) >= 1 << 16 && Number.isFinite(this.size(t.elem))) {
          this.report("channel element type too large (>64kB)");
        }
        return 8;
      case "Signature":
        for (const v of [...t.params.vars, ...t.results.vars]) this.size(v.type);
        return 8;
      case "Interface":
        return 16;
      case "Array":
        return this.array(t);
      case "Struct":
        return this.struct(t);
      default:
        return 8;
    }
  }

  private array(t: T.ArrayT): number {
    const e = this.size(t.elem);
    if (!Number.isFinite(e)) return Infinity;
    if (e !== 0 && t.len > Math.floor((MAX_WIDTH - 1) / e)) {
      this.report(`type ${typeString(t, this.qf)} larger than address space`);
      return Infinity;
    }
    return t.len * e;
  }

  private struct(t: T.Struct): number {
    let off = 0;
    let align = 1;
    for (const f of t.fields) {
      const n = this.size(f.type);
      if (!Number.isFinite(n)) return Infinity;
      const a = alignOf(f.type);
      align = Math.max(align, a);
      off = Math.ceil(off / a) * a + n;
      if (off >= MAX_WIDTH) {
        this.report(`type ${typeString(t, this.qf)} too large`);
        return Infinity;
      }
    }
    return Math.ceil(off / align) * align;
  }

  private report(msg: string): void {
    this.diags.push({ pos: this.pos, msg });
  }
}
