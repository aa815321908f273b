// Lazy bodies: the standard library's function bodies are checked only when the program can
// reach them.
//
// Models nothing in go/types, which checks every body of every package. gort builds from source
// every time a program is new, and most of a standard package's functions are never called by
// a given program: checking their bodies was half of the type checker's time and a quarter of a
// first run of hello world (0.14 s of 0.70 s of CPU profile, 2026-12 on the AMD EPYC host), and
// the blocking analysis walked them all again.
//
// How: a standard package's checker hands each non-generic function or method body here instead
// of checking it (a generic one's instances are made by its callers, which need its body). The
// body is checked, in the checker of its own package, once something checked refers to it:
//   - a use of the function (a call, a func value, `go f()`, a qualified pkg.F);
//   - a selection of a method or interface method named M, which reaches every method named M
//     of any package, checked or still to come (interface dispatch goes by name);
//   - the method names that gort's natives call by name through method tables (rootMethods),
//     which no Go selector names: fmt's Error, String, GoString, Format; a traceback's Error and
//     String; sync.Cond's Lock and Unlock;
//   - a selection named Method or MethodByName (reflect's method calls by index or by name),
//     which reaches every method.
// A body is checked in the order it was reached, so a run is deterministic. Each package drains
// the queue before computing its initialization order (initorder.ts), so the bodies its
// variable initializers reach record their dependencies first; after package main is checked,
// every reachable body is.
//
// Invariants: a body still pending when the compiler runs is one no checked code refers to;
// the compiler emits a stub for it (compile.ts), which a method table may hold but nothing calls.
// Over-approximation (a method named M that nothing dispatches to) only costs time.
//
// Rejected: reachability over the syntax alone, before checking (no types, so every name is a
// guess at every package); caching checked packages across programs (generic instances and the
// shared Info maps tie a package's records to one program).

import type * as types from "../types.js";

/** Method names gort's natives call through a method table by name, never through a selector. */
const rootMethods: ReadonlySet<string> = new Set(["Error", "String", "GoString", "Format", "Lock", "Unlock"]);
/** Selector names that reach methods by index or name at run time (package reflect). */
const reflectMethods: ReadonlySet<string> = new Set(["Method", "MethodByName"]);

export class LazyBodies {
  /** The bodies not checked yet, each with the thunk that checks it. */
  private readonly pending = new Map<types.Func, () => void>();
  /** Pending methods by name. */
  private readonly methodsByName = new Map<string, types.Func[]>();
  /** Method names some checked code selects: a method of that name is checked on sight. */
  private readonly liveNames = new Set<string>(rootMethods);
  /** Functions used before their declaration was checked (a variable initializer calling a
   *  function declared below it): their bodies are checked as soon as they are deferred. */
  private readonly usedEarly = new Set<types.Func>();
  private allMethods = false;
  private readonly queue: (() => void)[] = [];

  /** Defers the body of f, a function (isMethod false) or a method. */
  defer(f: types.Func, isMethod: boolean, check: () => void): void {
    if (this.usedEarly.has(f) || (isMethod && (this.allMethods || this.liveNames.has(f.name)))) {
      this.queue.push(check);
      return;
    }
    this.pending.set(f, check);
    f.bodyPending = true;
    if (!isMethod) return;
    const list = this.methodsByName.get(f.name);
    if (list === undefined) this.methodsByName.set(f.name, [f]);
    else list.push(f);
  }

  /** A use of obj: a pending function's body is queued. */
  use(obj: types.Obj): void {
    if (obj.tag === "Func") this.reach(obj);
  }

  /** A selection of a method or interface method named name. */
  select(name: string): void {
    if (reflectMethods.has(name) && !this.allMethods) {
      this.allMethods = true;
      for (const list of this.methodsByName.values()) for (const f of list) this.reach(f);
      this.methodsByName.clear();
    }
    if (this.liveNames.has(name)) return;
    this.liveNames.add(name);
    const list = this.methodsByName.get(name);
    if (list === undefined) return;
    this.methodsByName.delete(name);
    for (const f of list) this.reach(f);
  }

  /** Runs the queued checks (which may queue more) until none is left; false if none was. */
  drain(): boolean {
    if (this.queue.length === 0) return false;
    for (let i = 0; i < this.queue.length; i++) this.queue[i]!();
    this.queue.length = 0;
    return true;
  }

  private reach(f: types.Func): void {
    const check = this.pending.get(f);
    if (check === undefined) {
      this.usedEarly.add(f);
      return;
    }
    this.pending.delete(f);
    delete f.bodyPending;
    this.queue.push(check);
  }
}
