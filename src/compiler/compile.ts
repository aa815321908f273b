// The compiler's entry point: checked packages → one JavaScript program.
//
// Pipeline (see docs/ARCHITECTURE.md):
//   1. Name every package-level object (functions, methods, variables) and find natives.
//   2. Blocking analysis (blocking.ts): which declared functions must be generators.
//   3. Compile the function bodies the program can reach (func.ts, stmt.ts, call.ts): from the
//      init generators (variable initializers, init functions) and the entry function, every
//      function the compiled code refers to, and every method of a type that gets a run-time
//      type (its method table refers to them), until nothing new is referred to. A function
//      nothing refers to is not compiled (most of the standard library, for most programs: it
//      halves the start-up of hello world).
//   4. Emit the run-time types (typetable.ts), method tables, package variables, and one init
//      generator per package that runs its variable initializers in go/types' initOrder and then
//      its init functions.
//
// The result is the source of a JS function body taking `$rt` (src/runtime/link.ts) and
// returning { inits, main }. Nothing here runs Go code.

import { inspect } from "./inspect.js";
import { textToBytes } from "../base/utf8.js";
import * as ast from "../frontend/ast.js";
import * as T from "../frontend/types.js";
import { Typ } from "../frontend/check/universe.js";
import { analyzeBlocking } from "./blocking.js";
import { analyzeFrameless } from "./frameless.js";
import { analyzeSharedArgs } from "./sharedargs.js";
import { Ctx, FnCtx, type DbgLine, type FuncInfo, type FuncMeta } from "./context.js";
import { CompileLimit, FuncEmitter, Unsupported } from "./func.js";
import "./call.js";
import { compileFuncBody } from "./stmt.js";
import { isFresh } from "./expr.js";
import { methodTables } from "./methods.js";
import type { Lowering } from "./lower.js";

export interface CheckedPackage {
  path: string;
  pkg: T.Package;
  files: ast.File[];
  info: T.Info;
}

export interface CompiledProgram {
  js: string;
  funcInfos: FuncInfo[];
  /** Import paths of every package in the program (main last). */
  packages: string[];
  /** gort build -S or -m: the runtime calls and escape decisions recorded (lower.ts). */
  lowering?: Lowering;
  /** gort test -fuzz: how many branch counters the code uses (runtime/cover.ts). */
  coverCounters: number;
  /** A debug compile (gort debug): the statements' line table, which the hooks index. */
  dbgLines?: DbgLine[];
}

export { CompileLimit, Unsupported };
import { pkgZero } from "./pkgtyped.js";
import { BRANCH_COUNTERS } from "../runtime/cover.js";

export function compileProgram(
  pkgs: CheckedPackage[],
  natives: (pkgPath: string, name: string) => "plain" | "gen" | "entry" | undefined,
  absPath: (file: string) => string,
  /** -race: instrument the accesses of these packages (the user's; see compiler/race notes in
   *  runtime/race.ts). */
  racePkgs: ReadonlySet<string> = new Set(),
  /** The function the program starts at: main, or the generated test main of `gort test`. */
  entry = "main",
  /** The entry package's import path in a test binary (even for package main): Go names its
   *  functions by it (example.com/p.TestX). */
  entryPath?: string,
  /** Imported user packages (gort test's package under test): named by their import path. */
  pathNamed: ReadonlySet<string> = new Set(),
  /** gort build -S or -m: where to record what the code lowers to (undefined: nothing). */
  lower: Lowering | undefined = undefined,
  /** gort test -fuzz: count coverage in these packages' blocks (runtime/cover.ts). */
  coverPkgs: ReadonlySet<string> = new Set(),
  /** gort debug: hook these packages' statements (a debug compile, stmt.ts dbgLine). */
  dbgPkgs: ReadonlySet<string> = new Set(),
): CompiledProgram {
  const ctx = new Ctx(natives, absPath);
  ctx.lower = lower;
  ctx.racePkgs = racePkgs;
  ctx.coverPkgs = coverPkgs;
  ctx.dbgPkgs = dbgPkgs;
  ctx.unsafePkgs = new Set(pkgs.filter((p) => p.files.some((f) => f.imports.some((i) => i.path === "unsafe"))).map((p) => p.path));
  ctx.info = programInfo(pkgs);
  // cgo's `r, err := C.f()` makes a syscall.Errno (program.ts loads syscall for a cgo program).
  const errno = pkgs.find((p) => p.path === "syscall")?.pkg.scope.lookup("Errno");
  if (errno?.tag === "TypeName") ctx.syscallErrno = errno.type;
  // Go's symbol prefix: the import path (container/list.(*List).Init), the test binary's
  // package's (entryPath) and main's aside.
  const prefixOf = (p: CheckedPackage): string =>
    entryPath !== undefined && p === pkgs[pkgs.length - 1] ? entryPath : pathNamed.has(p.path) || p.pkg.name !== "main" ? p.path : p.pkg.name;
  // Only the user's packages: their local types are the ones a program names in an instance,
  // and walking every standard body cost 6 to 30 ms of each never-built compile.
  for (const p of pkgs) if (p === pkgs[pkgs.length - 1] || pathNamed.has(p.path)) numberLocalTypes(ctx, p);
  const decls = nameObjects(ctx, pkgs, prefixOf);
  // A test binary's generated main (api.ts compileTest) is go test's: main.main.
  if (entry !== "main") {
    for (const d of decls) if (d.pkg === pkgs[pkgs.length - 1] && !d.decl.recv && d.decl.name.name === entry) d.goName = "main.main";
  }
  analyzeBlocking(ctx, decls);
  analyzeFrameless(ctx, decls);
  analyzeSharedArgs(ctx, decls);
  // Code generation marks what it refers to; the worklist compiles each function once.
  const byObj = new Map(decls.map((d) => [d.obj, d]));
  const queued = new Set<T.Func>();
  const queue: Decl[] = [];
  const stubs: string[] = [];
  const twinsQueued = new Set<T.Func>();
  const twinQueue: Decl[] = [];
  ctx.onTwinUse = (f) => {
    if (twinsQueued.has(f)) return;
    twinsQueued.add(f);
    twinQueue.push(byObj.get(f)!);
  };
  ctx.funcs.onUse = (f) => {
    if (queued.has(f)) return;
    const d = byObj.get(f);
    if (d !== undefined) {
      queued.add(f);
      queue.push(d);
      return;
    }
    // A standard function whose body nothing checked reaches: a method table lists it.
    const m = ctx.funcs.peek(f);
    if (m?.unchecked !== true) return;
    queued.add(f);
    stubs.push(`function ${m.js}() { $rt.uncheckedBody(${JSON.stringify(m.goName)}); }`);
  };
  const inits = pkgs.map((p) => compileInit(ctx, p, prefixOf(p)));
  const mainPkg = pkgs[pkgs.length - 1]!;
  const mainFn = mainPkg.pkg.scope.lookup(entry);
  const mainMeta = mainFn && mainFn.tag === "Func" ? ctx.funcs.get(mainFn) : undefined;
  if (!mainMeta) throw new Error("compiler: package main has no func main");
  const fnSrc: string[] = [];
  let methods: string[];
  for (;;) {
    for (;;) {
      const d = queue.shift();
      if (d !== undefined) fnSrc.push(compileDecl(ctx, d));
      else {
        const t = twinQueue.shift();
        if (t === undefined) break;
        fnSrc.push(compileTwin(ctx, t));
      }
    }
    // The method tables of the types compiled code made so far refer to their methods.
    methods = methodTables(ctx);
    if (queue.length === 0) break;
  }
  ctx.funcs.onUse = undefined;
  const vars: string[] = [];
  for (const [v, name] of ctx.pkgVars) vars.push(`${name} = ${pkgZero(ctx.tt.zero(v.type))};`);
  const js = [
    '"use strict";',
    // `var`, not `const`: V8 checks a const binding read from a nested function for its
    // temporal dead zone at every read where it cannot prove it initialised (the budget
    // check's $S in most functions); a var has no such check. Measured: fannkuch -2.5% instructions.
    "var $i = $rt.i64, $S = $rt.S, $N = $rt.natives, $P = Object.create(null);",
    // -race instrumentation calls, bound once: they sit on the hottest paths of a -race build.
    "var $rr = $rt.raceread, $rw = $rt.racewrite, $rrp = $rt.racereadptr, $rwp = $rt.racewriteptr, $rwo = $rt.racewriteobj, $rro = $rt.racereadobj;",
    ctx.tt.declarations(),
    ...ctx.hoisted,
    ...fnSrc,
    ...stubs,
    `function $reset() {\n$rt.gcglobals($P);\n${vars.join("\n")}\n}`,
    ...methods,
    ...inits.map((s) => s),
    `return { reset: $reset, inits: [${pkgs.map((_, i) => `$init${i}`).join(", ")}], main: ${mainMeta.gen ? mainMeta.js : `$rt.genOf(${mainMeta.js})`} };`,
  ].join("\n");
  // The functions used as func values are found by their JS names (Machine.funcIndexOf).
  for (const m of ctx.funcs.values()) if (m.asValue === true && m.fi !== undefined) ctx.funcInfos[m.fi]!.js = m.js;
  return { js, funcInfos: ctx.funcInfos, packages: pkgs.map((p) => p.path), coverCounters: Math.min(ctx.coverN, BRANCH_COUNTERS), ...(lower ? { lowering: lower } : {}), ...(dbgPkgs.size > 0 ? { dbgLines: ctx.dbgLines } : {}) };
}

/**
 * The checker's records of all of pkgs as one Info: checkProgram's packages already share their
 * maps, which are used as they are; packages checked apart (unit tests) are merged into new ones.
 * initOrder and instances stay per package (compileInit and the instances' compile read them).
 */
function programInfo(pkgs: CheckedPackage[]): T.Info {
  const first = pkgs[0]?.info;
  if (first !== undefined && pkgs.every((p) => p.info.types === first.types && p.info.instExprs === first.instExprs &&
    p.info.defs === first.defs && p.info.uses === first.uses && p.info.implicits === first.implicits &&
    p.info.selections === first.selections && p.info.scopes === first.scopes)) {
    return { ...first, initOrder: [], instances: [] };
  }
  const info = T.newInfo();
  for (const p of pkgs) mergeInfo(info, p.info);
  return info;
}

function mergeInfo(into: T.Info, from: T.Info): void {
  for (const [k, v] of from.types) into.types.set(k, v);
  for (const [k, v] of from.defs) into.defs.set(k, v);
  for (const [k, v] of from.uses) into.uses.set(k, v);
  for (const [k, v] of from.implicits) into.implicits.set(k, v);
  for (const [k, v] of from.selections) into.selections.set(k, v);
  for (const [k, v] of from.scopes) into.scopes.set(k, v);
  for (const e of from.instExprs) into.instExprs.add(e);
}

/** A declared function or method with its package, file and Go symbol name. */
export interface Decl {
  pkg: CheckedPackage;
  file: ast.File;
  decl: ast.FuncDecl;
  obj: T.Func;
  goName: string;
}

/** gc numbers a package's local types (declared in a function body or literal; not aliases) in
 *  source order, from 1: TypeName.vargen. (A standard package's are left unnumbered.) */
function numberLocalTypes(ctx: Ctx, p: CheckedPackage): void {
  let n = 0;
  for (const file of p.files) {
    for (const d of file.decls) {
      if (d.kind !== "FuncDecl" || !d.body) continue;
      inspect(d.body, (x) => {
        if (x.kind === "TypeSpec" && !x.assign) {
          const o = ctx.info.defs.get(x.name);
          if (o?.tag === "TypeName" && o.vargen === undefined) o.vargen = ++n;
        }
        return true;
      });
    }
  }
}

function mangle(path: string): string {
  return path.replace(/[^A-Za-z0-9_]/g, "_");
}

function nameObjects(ctx: Ctx, pkgs: CheckedPackage[], prefixOf: (p: CheckedPackage) => string): Decl[] {
  const out: Decl[] = [];
  const initIndex = new Map<CheckedPackage, number>();
  for (const p of pkgs) {
    const pm = mangle(p.path);
    for (const file of p.files) {
      for (const d of file.decls) {
        if (d.kind === "GenDecl" && d.tok === "var") {
          for (const spec of d.specs) {
            for (const id of (spec as ast.ValueSpec).names) {
              const o = ctx.info.defs.get(id);
              if (o && o.tag === "Var" && o.name !== "_") ctx.pkgVars.set(o, `$P.${pm}$${o.name}`);
            }
          }
        }
        if (d.kind !== "FuncDecl") continue;
        const o = ctx.info.defs.get(d.name) as T.Func | undefined;
        if (!o || d.name.name === "init" && !d.recv) {
          if (d.name.name === "init" && !d.recv && o) {
            // init functions are named by the init generator.
          }
        }
        if (!o || o.generic || hasGenericRecv(d)) continue; // templates: their instances are compiled
        const recvName = d.recv ? recvTypeName(d.recv) : undefined;
        const isInit = !d.recv && d.name.name === "init";
        const pre = prefixOf(p);
        const goName = isInit ? `${pre}.init.${initIndex.get(p) ?? 0}` : recvName ? `${pre}.${recvName.go}.${d.name.name}` : `${pre}.${d.name.name}`;
        const js = recvName ? `${pm}$${recvName.js}$${d.name.name}` : `${pm}$${d.name.name}`;
        if (!ast.hasBody(d)) {
          const key = recvName ? `${recvName.bare}.${d.name.name}` : d.name.name;
          const kind = ctx.natives(p.path, key);
          if (!kind) throw new Unsupported(d.pos, `the native ${p.path}.${key}`);
          ctx.funcs.set(o, {
            js, gen: kind !== "plain", native: key, pkgPath: p.path, entry: kind === "entry" ? `${js}$n` : undefined,
            goName, declAt: { file: ctx.absPath(file.name), line: d.pos.line },
          });
          continue;
        }
        if (o.bodyPending === true) {
          // Nothing the program checked refers to it; a method table may still list it.
          ctx.funcs.set(o, { js, gen: false, pkgPath: p.path, goName, unchecked: true });
          continue;
        }
        if (isInit) initIndex.set(p, (initIndex.get(p) ?? 0) + 1);
        ctx.funcs.set(o, { js: uniqueInit(js, d), gen: false, pkgPath: p.path, goName });
        out.push({ pkg: p, file, decl: d, obj: o, goName });
      }
    }
    const pre = prefixOf(p);
    p.info.instances.forEach((inst, k) => {
      const file = p.files.find((f) => f.name === inst.file) ?? p.files[0]!;
      const { goName, js } = instanceNames(pre, pm, inst.obj, inst.decl, k);
      ctx.funcs.set(inst.obj, { js, gen: false, pkgPath: p.path, goName });
      out.push({ pkg: p, file, decl: inst.decl, obj: inst.obj, goName });
    });
  }
  return out;
}

/** Go's symbol names for an instance: main.Map[...], main.(*List[...]).Push, as tracebacks
 *  print them (the linker's shape-stenciled names); the JS name numbers the instance. */
function instanceNames(pre: string, pm: string, o: T.Func, d: ast.FuncDecl, k: number): { goName: string; js: string } {
  const recv = o.inst?.recv;
  if (!recv) return { goName: `${pre}.${o.name}[...]`, js: `${pm}$${o.name}$i${k}` };
  let rt = d.recv!.type;
  while (rt.kind === "ParenExpr") rt = rt.x;
  const base = `${recv.obj.name}[...]`;
  const go = rt.kind === "StarExpr" ? `(*${base})` : base;
  return { goName: `${pre}.${go}.${o.name}`, js: `${pm}$${recv.obj.name}$i${k}$${o.name}` };
}

/** A method of a generic type (func (l *List[T]) ...): a template. */
function hasGenericRecv(d: ast.FuncDecl): boolean {
  if (!d.recv) return false;
  let e = d.recv.type;
  while (e.kind === "ParenExpr" || e.kind === "StarExpr") e = e.x;
  return e.kind === "IndexExpr" || e.kind === "IndexListExpr";
}

let initCounter = 0;
function uniqueInit(js: string, d: ast.FuncDecl): string {
  return d.name.name === "init" && !d.recv ? `${js}$${initCounter++}` : js;
}

function recvTypeName(f: ast.Field): { go: string; js: string; bare: string } {
  let t = f.type;
  let ptr = false;
  if (t.kind === "StarExpr") {
    ptr = true;
    t = t.x;
  }
  if (t.kind === "ParenExpr") t = t.x;
  const name = t.kind === "Ident" ? t.name : "?";
  return { go: ptr ? `(*${name})` : name, js: name, bare: name };
}

function compileDecl(ctx: Ctx, d: Decl): string {
  const meta = ctx.funcs.get(d.obj)!;
  if (meta.native) return "";
  const name = textToBytes(d.goName);
  const fc = new FnCtx(ctx, meta.gen, name, d.obj.type);
  fc.entryCheck = meta.recursive === true;
  fc.race = ctx.racePkgs.has(d.pkg.path);
  fc.cover = ctx.coverPkgs.has(d.pkg.path);
  fc.dbg = ctx.dbgPkgs.has(d.pkg.path);
  fc.unsafeElems = ctx.unsafePkgs.has(d.pkg.path);
  fc.frameless = meta.frameless !== undefined;
  fc.leafPanics = meta.frameless === "panics";
  const fi = declFuncInfo(ctx, d, meta, name, fc.frameless);
  return compileFuncBody(ctx, fc, d.file.name, fi, d.decl.type, d.decl.body!, d.decl.recv, meta.js);
}

/** A declared function's FuncInfo, which its twin shares: made by whichever compiles first. */
function declFuncInfo(ctx: Ctx, d: Decl, meta: FuncMeta, name: string, frameless: boolean): number {
  if (meta.fi !== undefined) return meta.fi;
  const hasArgs = d.obj.type.params.vars.length > 0 || !!d.decl.recv;
  return (meta.fi = ctx.addFuncInfo({ name, file: ctx.absPath(d.file.name), line: d.decl.pos.line, hasArgs, ...(frameless ? { inlined: true } : {}) }));
}

/** A function's plain twin (twins.ts): its body again, as a plain function whose func
 *  parameters hold plain func values. Its lowering is the function's, listed once (-S, -m). */
function compileTwin(ctx: Ctx, d: Decl): string {
  const meta = ctx.funcs.get(d.obj)!;
  const tw = meta.twin!;
  const name = textToBytes(d.goName);
  const fc = new FnCtx(ctx, false, name, d.obj.type);
  fc.entryCheck = tw.recursive;
  fc.twin = tw;
  fc.unsafeElems = ctx.unsafePkgs.has(d.pkg.path);
  const fi = declFuncInfo(ctx, d, meta, name, false);
  const lower = ctx.lower;
  ctx.lower = undefined;
  try {
    return compileFuncBody(ctx, fc, d.file.name, fi, d.decl.type, d.decl.body!, d.decl.recv, tw.js);
  } finally {
    ctx.lower = lower;
  }
}

/** The natives and init generator of one package. */
function compileInit(ctx: Ctx, p: CheckedPackage, pre: string): string {
  const idx = ctxPkgIndex(ctx, p);
  const natives: string[] = [];
  for (const [o, m] of ctx.funcs) {
    if (m.native && m.pkgPath === p.path) {
      natives.push(`const ${m.js} = $N[${JSON.stringify(p.path)}][${JSON.stringify(m.native)}];`);
      if (m.entry !== undefined) natives.push(`const ${m.entry} = ${m.js}.n;`);
    }
    void o;
  }
  const goName = `${pre}.init`;
  const sig = new T.Signature(new T.Tuple([]), new T.Tuple([]), false);
  const fc = new FnCtx(ctx, true, textToBytes(`${pre}.glob.`), sig);
  fc.pkgInit = true;
  fc.unsafeElems = ctx.unsafePkgs.has(p.path);
  const fi = ctx.addFuncInfo({ name: textToBytes(goName), file: ctx.absPath(p.files[0]?.name ?? ""), line: 0, hasArgs: false });
  const f = new FuncEmitter(ctx, fc, p.files[0]?.name ?? "");
  f.labelFor = new Map();
  f.indent();
  for (const init of p.info.initOrder) {
    f.line(init.rhs.pos);
    if (init.lhs.length === 1) {
      const v = init.lhs[0]!;
      const val = f.exprTo(init.rhs, v.type);
      if (v.name === "_") f.emit(`(${val});`);
      else f.emit(`${ctx.pkgVars.get(v)} = ${val};`);
    } else {
      const t = fc.tmp();
      f.emit(`${t} = ${f.expr(init.rhs)};`);
      // The results convert to the variables' types (var a, b any = m[k] boxes both).
      const rt = f.typeOf(init.rhs);
      const types = rt.tag === "Tuple" ? rt.vars.map((x) => x.type) : [rt, boolT];
      init.lhs.forEach((v, i) => {
        const val = f.convertValue(`${t}[${i}]`, types[i]!, v.type, isFresh(fc, init.rhs));
        if (v.name !== "_") f.emit(`${ctx.pkgVars.get(v)} = ${val};`);
      });
    }
  }
  for (const file of p.files) {
    for (const d of file.decls) {
      if (d.kind === "FuncDecl" && d.name.name === "init" && !d.recv) {
        const o = ctx.info.defs.get(d.name) as T.Func;
        const m = ctx.funcs.get(o)!;
        f.emit(m.gen ? `yield* ${m.js}();` : `${m.js}();`);
      }
    }
  }
  f.emit("$g.d--;");
  const lets = [...fc.temps, ...fc.stackMaps.values()];
  const temps = lets.length ? `  let ${lets.join(", ")};\n` : "";
  return natives.join("\n") + `\nfunction* $init${idx}() {\n  const $g = $S.g, $f = $g.push(${fi});\n${temps}${f.out.join("\n")}\n}`;
}

const pkgIndex = new WeakMap<Ctx, Map<CheckedPackage, number>>();
function ctxPkgIndex(ctx: Ctx, p: CheckedPackage): number {
  let m = pkgIndex.get(ctx);
  if (!m) pkgIndex.set(ctx, (m = new Map()));
  let i = m.get(p);
  if (i === undefined) m.set(p, (i = m.size));
  return i;
}

const boolT = Typ[T.BasicKind.Bool]!;
