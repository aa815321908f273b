// The state the compiler keeps while it turns one program into JavaScript.
//
// Program-level state (Ctx): the merged go/types Info of every package, the type table, the
// table of function metadata (FuncInfo: the names and files that tracebacks print), and which
// declared functions are generators. Function-level state (FnCtx): JS names for local objects,
// boxed variables, temporaries, and whether the function being emitted is a generator.

import type * as ast from "../frontend/ast.js";
import * as T from "../frontend/types.js";
import { TypeTable } from "./typetable.js";
import { textToBytes } from "../base/utf8.js";
import type { EscapeInfo } from "./escape.js";
import type { Liveness } from "./stackmap.js";
import type { Lowering } from "./lower.js";
import type { Twin } from "./twins.js";
import { IfaceCalls } from "./ifacecalls.js";

/** What a traceback prints for a function: Go's symbol name and its file. */
export interface FuncInfo {
  name: string; // "main.main.func1", "main.(*T).M"
  file: string; // absolute path, as Go prints it
  line: number; // the line of the func keyword
  hasArgs: boolean; // parameters or a receiver: tracebacks print "(...)"
  /** A frameless leaf (frameless.ts), which Go's inliner takes in too: its traceback line has no
   *  PC offset, as Go prints an inlined frame's. */
  inlined?: boolean;
  /** Its deferred calls are not open-coded (stmt.ts openCodedDefers): a panic runs them by
   *  d.fn(), at panic.go:890. */
  deferproc?: boolean;
  frameSize?: number; // Go's frame size estimate (framesize.ts), for the stack limit
  js?: string; // the JS name of a declared function used as a func value: reflect's Value.Pointer finds it by it
}

export interface FuncMeta {
  js: string; // the JS name of the function
  goName?: string; // the Go symbol name, as tracebacks print it
  gen: boolean; // compiled as a generator function
  /** A plain function on a cycle of the static call graph: its entry is a preemption point. */
  recursive?: boolean;
  /** Its plain twin, for calls that pass plain func literals (twins.ts). */
  twin?: Twin;
  /** A leaf compiled without a frame (frameless.ts): "panics" when a panic can start in it. */
  frameless?: "pure" | "panics";
  /** It writes no memory but its own locals', and calls only functions that do the same
   *  (sharedargs.ts). */
  storeFree?: boolean;
  /** The struct and array arguments a call may pass without a copy, the callee only reading
   *  them (sharedargs.ts): [receiver, ...parameters]. */
  sharedArgs?: readonly boolean[];
  /** Its FuncInfo index, once compiled; and whether code uses it as a func value (a value or a
   *  method expression), whose FuncInfo then records its JS name (FuncInfo.js). */
  fi?: number;
  asValue?: boolean;
  native?: string; // registry key "pkg.Name" when the body is a native
  /** A native's declaration, and the FuncInfo made for it when code uses it as a func value
   *  (whose index names the program's variable that holds that value, $fvN). */
  declAt?: { file: string; line: number };
  valueFi?: number;
  /** The JS name of a generator native's plain entry (runtime/yield.ts), when it has one. */
  entry?: string;
  pkgPath: string;
  /** A standard function whose body was never checked, because nothing reaches it
   *  (frontend/check/lazy.ts): compiled as a stub that reports a gort bug if called. */
  unchecked?: true;
}

/** A JS-reserved word cannot be a JS identifier; Go names that are get a suffix. */
const RESERVED = new Set(
  ("break case catch class const continue debugger default delete do else enum export extends " +
    "false finally for function if import in instanceof new null return super switch this throw " +
    "true try typeof var void while with yield let static implements interface package private " +
    "protected public await arguments eval undefined NaN Infinity Object Array String Number " +
    "Math Symbol Error Map Set " +
    // Host globals: a stack map's thunk may read a local outside its JS scope, which must
    // throw rather than find one of these (stackmap.ts).
    "global globalThis process window self Buffer console require module exports").split(" "),
);

function jsIdent(name: string): string {
  return RESERVED.has(name) ? name + "$" : name;
}

/** The declared functions' metadata. While onUse is set (code generation), every lookup of a
 *  function is a use of it: compile.ts compiles only the functions code refers to. */
class FuncTable extends Map<T.Func, FuncMeta> {
  onUse: ((f: T.Func) => void) | undefined = undefined;

  override get(f: T.Func): FuncMeta | undefined {
    const m = super.get(f);
    if (m !== undefined && this.onUse !== undefined) this.onUse(f);
    return m;
  }

  /** f's metadata without counting a use. */
  peek(f: T.Func): FuncMeta | undefined {
    return super.get(f);
  }
}

/** A statement of a debug compile: its place and the locals that may be in scope there, in
 *  declaration order (the hook's reader returns local i, or throws if it is out of scope). */
export interface DbgLine {
  file: string;
  line: number;
  vars: { name: string; type: T.Type; arg: boolean }[];
}

export class Ctx {
  /** The type checker's records of every package (compileProgram: programInfo). */
  info: T.Info = T.newInfo();
  readonly tt = new TypeTable();
  readonly funcs = new FuncTable();
  readonly funcInfos: FuncInfo[] = [];
  readonly pkgVars = new Map<T.Var, string>();
  /** Constants the program's code shares, declared once at its top (`const $K0 = ...;`). */
  readonly hoisted: string[] = [];
  /** The FuncInfos of method value wrappers (call.ts fmInfo), by method name. */
  readonly fmInfos = new Map<string, number>();
  /** The declared functions that allocate, themselves or through the functions they call
   *  (blocking.ts): a plain function literal calls none of them in a loop. */
  allocFuncs: ReadonlySet<T.Func> = new Set();
  /** The interface calls' method names, and (after blocking.ts) which of them are plain. */
  readonly ifaceCalls = new IfaceCalls(this);
  /** -race: the import paths of the packages whose accesses are instrumented. */
  racePkgs: ReadonlySet<string> = new Set();
  /** gort test -fuzz: the packages whose blocks count coverage (runtime/cover.ts), and the
   *  next counter's number. */
  coverPkgs: ReadonlySet<string> = new Set();
  coverN = 0;
  /** gort debug: the packages whose statements report their lines and locals to the debugger
   *  (a debug compile), and the table of those statements (DbgLine ids index it). */
  dbgPkgs: ReadonlySet<string> = new Set();
  readonly dbgLines: DbgLine[] = [];
  /** The import paths of the packages that import unsafe (FnCtx.unsafeElems). */
  unsafePkgs: ReadonlySet<string> = new Set();
  /** syscall.Errno, when the program has package syscall: C's errno as an error. */
  syscallErrno: T.Type | undefined = undefined;
  /** gort build -S or -m: the runtime calls and escape decisions, recorded as code is emitted
   *  (lower.ts); undefined otherwise, and then every recording site is skipped. */
  lower: Lowering | undefined = undefined;
  /** Code generation calls a function's plain twin (twins.ts): compile it too. */
  onTwinUse: ((f: T.Func) => void) | undefined = undefined;
  /** Natives by package path and name: plain functions, generator functions, and generator
   *  functions with a plain entry ("entry": runtime/yield.ts). */
  constructor(
    readonly natives: (pkgPath: string, name: string) => "plain" | "gen" | "entry" | undefined,
    readonly absPath: (file: string) => string,
  ) {}

  /** fi.name is already a byte string (FnCtx.goName); the file is converted here. Tracebacks
   *  print both into the program's stderr (see runtimeString). */
  addFuncInfo(fi: FuncInfo): number {
    this.funcInfos.push({ ...fi, file: textToBytes(fi.file) });
    return this.funcInfos.length - 1;
  }

  typeOf(e: ast.Expr): T.Type {
    const tv = this.info.types.get(e);
    if (!tv && e.kind === "Ident") {
      // go/types records no type for an identifier that := redeclares; its object has it.
      const o = this.objOf(e);
      if (o) return o.type;
    }
    if (!tv) throw new Error(`compiler: no type recorded for ${e.kind} at ${e.pos.line}:${e.pos.col}`);
    return tv.type;
  }

  tv(e: ast.Expr): T.TypeAndValue | undefined {
    return this.info.types.get(e);
  }

  objOf(id: ast.Ident): T.Obj | undefined {
    return this.info.uses.get(id) ?? this.info.defs.get(id) ?? undefined;
  }
}

/**
 * What the functions of one declaration share: the top-level function and the literals nested
 * in it, at any depth. Their analyses run once over the whole declaration (a literal's own
 * analysis would walk the literals inside it again: quadratic in the nesting depth), and JS
 * names are unique across all of them (a literal's names cannot shadow what it captures).
 */
export class FnTree {
  /** The JS name of every local declared so far, in any function of the tree. */
  readonly names = new Map<T.Obj, string>();
  readonly taken = new Set<string>();
  /** The next suffix to try for a base name that is taken. */
  readonly suffix = new Map<string, number>();
  tmpN = 0;
  /** Variables that live in a box ({v}) because their address is taken. */
  readonly boxed = new Set<T.Var>();
  /** Struct and array variables whose address is taken: assignment copies in place. */
  readonly addrTaken = new Set<T.Var>();
  /** The escape analysis of the whole declaration (escape.ts). */
  esc: EscapeInfo | undefined;
  /** For each function literal, the variables of enclosing functions it uses (closures.ts). */
  captures = new Map<ast.FuncLit, Set<T.Var>>();
  /** Every variable some function literal of the tree captures (FnCtx.isShared), made once. */
  captured: Set<T.Var> | undefined;
}

export class FnCtx {
  /** This function's own locals and their JS names (stack maps list them). */
  readonly names = new Map<T.Obj, string>();
  readonly tree: FnTree;
  closureN = 0;
  /** Variables that live in a box ({v}) because their address is taken (the tree's). */
  readonly boxed: Set<T.Var>;
  /** Struct and array variables whose address is taken: assignment copies in place. */
  readonly addrTaken: Set<T.Var>;
  hasDefer = false;
  /** Go would open-code this function's defers (stmt.ts openCodedDefers). */
  openDefers = false;
  /** The package's init function, which evaluates the package variables' initializers. */
  pkgInit = false;
  /** -race: the function literals directly in the body, and the go and defer wrappers named
   *  so far (stmt.ts goDeferWrapper). */
  litCount = 0;
  wrapperN = 0;
  /** Compiled with -race instrumentation (a function of a user package, compiler/compile.ts). */
  race: boolean;
  /** Compiled with coverage counters (gort test -fuzz, a function of a user package). */
  cover: boolean;
  /** Compiled with line hooks for the debugger (gort debug, a function of a user package). */
  dbg: boolean;
  /** In a package that imports unsafe: &a[i] and &s.f of a struct or array record where the
   *  object lies (runtime/unsafe.ts unsafeElem), so that pointer arithmetic can leave it. */
  unsafeElems: boolean;
  /** Check the preemption budget at entry (a recursive plain function, blocking.ts). */
  entryCheck = false;
  /** The 64-bit locals held as two int32 halves, and the expressions that read them
   *  (pairs.ts). */
  pairs: ReadonlySet<T.Var> = new Set();
  pairReaders: ReadonlySet<ast.Node> = new Set();
  /** Compiling a function's plain twin (twins.ts): its func parameters hold plain func values. */
  twin: Twin | undefined = undefined;
  /** Compiled without a frame: no push, pop or line stores (frameless.ts); leafPanics: its
   *  body keeps its line in a local ($l) and adds its frame to a panic that leaves it. */
  frameless = false;
  leafPanics = false;
  /** The escape analysis (the tree's) and stack maps of the function body (escape.ts,
   *  stackmap.ts). */
  esc: EscapeInfo | undefined;
  live: Liveness | undefined;
  /** A plain function's liveness, made when a stack map first needs it (FuncEmitter.stackMap). */
  lazyLive: (() => Liveness) | undefined;
  /** The result variables' JS names (named or synthesized), for return with defers. */
  results: string[] = [];
  namedResults = false;
  labelN = 0;

  constructor(
    readonly ctx: Ctx,
    readonly gen: boolean,
    /** The Go symbol name as the program prints it (UTF-8 bytes), for naming closures:
     *  "main.main" → "main.main.func1" → "main.main.func1.1". */
    readonly goName: string,
    readonly sig: T.Signature,
    readonly parent?: FnCtx,
  ) {
    // A literal in a package variable's initializer is a declaration of its own: the package
    // init function (pkgInit) has no locals for it to capture, and its analyses (escape,
    // closures, addresses taken) are run over the literal's body.
    this.tree = parent && !parent.pkgInit ? parent.tree : new FnTree();
    this.race = parent?.race ?? false;
    this.cover = parent?.cover ?? false;
    this.dbg = parent?.dbg ?? false;
    this.unsafeElems = parent?.unsafeElems ?? false;
    this.boxed = this.tree.boxed;
    this.addrTaken = this.tree.addrTaken;
  }

  /** A fresh JS name for a Go local object. */
  declare(o: T.Obj): string {
    const base = jsIdent(o.name === "_" ? "$blank" : o.name);
    const tree = this.tree;
    let name = base;
    if (tree.taken.has(name)) {
      let i = tree.suffix.get(base) ?? 1;
      while (tree.taken.has(`${base}$${i}`)) i++;
      tree.suffix.set(base, i + 1);
      name = `${base}$${i}`;
    }
    tree.taken.add(name);
    tree.names.set(o, name);
    this.names.set(o, name);
    this.declDepth.set(o, this.tempScopes.length);
    return name;
  }

  /** How deep in statements each local was declared: 1 in the prologue, 2 in a statement of
   *  the body itself (its JS binding then exists once per call: stackmap caching relies on it). */
  readonly declDepth = new Map<T.Obj, number>();
  /** Stack maps cached per function (FuncEmitter.stackMap): their text → a `let` name. */
  readonly stackMaps = new Map<string, string>();

  /** The JS name of a local of this function or an enclosing one (declared before). */
  nameOf(o: T.Obj): string | undefined {
    return this.tree.names.get(o);
  }

  isBoxed(v: T.Var): boolean {
    return this.boxed.has(v);
  }

  isAddrTaken(v: T.Var): boolean {
    return this.addrTaken.has(v);
  }

  /** Is v's storage reachable from elsewhere: boxed, a struct or array whose address is taken,
   *  or captured by a function literal? (Stack maps list such a variable even without
   *  pointers: its storage is a heap object that others may hold.) */
  isShared(v: T.Var): boolean {
    if (this.boxed.has(v) || this.addrTaken.has(v)) return true;
    let c = this.tree.captured;
    if (c === undefined) {
      c = new Set<T.Var>();
      for (const vs of this.tree.captures.values()) for (const x of vs) c.add(x);
      this.tree.captured = c;
    }
    return c.has(v);
  }

  /** A fresh temporary, declared with `let` in the function's prologue. listed: the stack
   *  maps of the rest of its statement list it (stackmap.ts); a temporary that no yield point
   *  can see holding a value (it is read before anything else runs, or its statement has no
   *  yield left) need not be. */
  tmp(listed = true): string {
    let n: string;
    do n = `$t${this.tree.tmpN++}`; while (this.tree.taken.has(n));
    this.tree.taken.add(n);
    this.temps.push(n);
    if (listed) this.tempScopes[this.tempScopes.length - 1]!.push(n);
    return n;
  }

  /** The function's temporary for a value read back at once, in `((t = x) === c ? y : t)`,
   *  where nothing can run between the assignment and the read: one serves every such
   *  expression of the function, nested or not, and no stack map lists it. */
  onceTmp(): string {
    return (this.onceTmpName ??= this.tmp(false));
  }
  private onceTmpName: string | undefined;
  readonly temps: string[] = [];
  /** The temporaries of the statements being compiled, innermost last (the first scope is
   *  the function's own): a temporary is live only while its statement runs (stackmap.ts). */
  readonly tempScopes: string[][] = [[]];
}
