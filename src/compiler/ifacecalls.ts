// Interface method calls in plain code: the method names whose calls through an interface
// cannot yield.
//
// Why: a call through an interface may reach any method of that name, so it made its function
// a generator (blocking.ts), and a small function that merely contained one (a type switch's
// `case fmt.Stringer`, an `err.Error()`, sort's calls of Less and Swap) cost a generator per
// call: 23x native where the same function without the call was plain.
//
// What a call may reach. gort compiles the whole program at once, the standard packages with
// the user's, so it knows every method an interface value's dynamic type can have:
//   - the declared methods and the methods of generic instances (FuncMeta in ctx.funcs), the
//     natives among them with the blocking flag their registry gives;
//   - a method promoted from an embedded interface field, whose table entry (methods.ts) calls
//     the same name through that field: a call of the same node again;
//   - the methods the runtime makes (panicking.ts's runtime errors, fmt_state.ts's *fmt.pp),
//     which the analysis does not see: each must be plain, made with rtypes.ts addPlainMethod.
// A standard method no checked code reaches is compiled as a stub (compile.ts) that never runs.
// This is class hierarchy analysis by name and signature: when no method named N with the
// interface method's signature may yield, a call of it through an interface cannot either. (A
// signature that mentions a type parameter or a generic instance matches every method of its
// name: an instance's types are not compared.) The blocking analysis models "some method N of
// that signature" as one node of its call graph, IMethod, whose callees are those methods
// (methodsOf); the fixed point that judges declared functions judges it too, and the
// allocation rule counts an interface call in a loop as a call of each of them. Once judged,
// a name and signature is plain when none of its methods is a generator.
//
// The call site (call.ts) of a plain name calls the dynamic type's plain entry (ops.ts ptab)
// directly, from plain code too. An entry without one would be a compiler bug: ops.ts nopfn
// reports it as such, never as a wrong answer.
//
// Matching the signature as well as the name matters: sort.Interface's Swap(i, j int) is plain
// while sync/atomic's Swap methods are scheduler steps.
// Rejected: only the types converted to interfaces (rapid type analysis), which are known only
// while emitting.
// Not done: method values and method expressions of interfaces, and go and defer statements,
// keep the generator call.

import type * as ast from "../frontend/ast.js";
import type * as T from "../frontend/types.js";
import type { Ctx } from "./context.js";
import { identical } from "../frontend/check/predicates.js";
import { under } from "./typeutil.js";

/** "Some method of this name and signature" (sig undefined: any signature), a node of the
 *  blocking analysis's call graph. */
export class IMethod {
  constructor(readonly name: string, readonly sig: T.Signature | undefined) {}
}

/** The analysis's IMethod nodes, and then the judgement of each: plain or not. One per
 *  compilation (Ctx.ifaceCalls). */
export class IfaceCalls {
  private readonly nodes = new Map<string, IMethod[]>();
  private judging = true;
  private byName: Map<string, T.Func[]> | undefined = undefined;
  private readonly plain = new Map<IMethod, boolean>();

  constructor(private readonly ctx: Ctx) {}

  /** Does a call of the interface method m yield? While the analysis runs, the call is an edge
   *  to m's node (added to callees) and blocks nothing of its own. */
  blocks(m: T.Func, callees: Set<unknown>): boolean {
    const n = this.node(m);
    if (!this.judging) return !this.plainNode(n);
    callees.add(n);
    return false;
  }

  /** The nodes the analysis made, each with the methods it may call. */
  edges(): Map<IMethod, readonly T.Func[]> {
    return new Map([...this.nodes.values()].flat().map((n) => [n, this.methodsOf(n)]));
  }

  /** The analysis is over: every FuncMeta.gen is final. */
  judged(): void {
    this.judging = false;
  }

  /** Is a call of the interface method m plain: judged, and none of its methods yields? */
  isPlain(m: T.Func): boolean {
    return !this.judging && this.plainNode(this.node(m));
  }

  /** The methods a call of the interface method m may reach, for the allocation rule. */
  methodsFor(m: T.Func): readonly T.Func[] {
    return this.methodsOf(this.node(m));
  }

  private plainNode(n: IMethod): boolean {
    let p = this.plain.get(n);
    if (p === undefined) this.plain.set(n, (p = this.methodsOf(n).every((f) => this.ctx.funcs.peek(f)!.gen === false)));
    return p;
  }

  private node(m: T.Func): IMethod {
    const sig = loose(m.type) ? undefined : m.type;
    let list = this.nodes.get(m.name);
    if (list === undefined) this.nodes.set(m.name, (list = []));
    let n = list.find((x) => x.sig === sig || (x.sig !== undefined && sig !== undefined && identical(x.sig, sig)));
    if (n === undefined) list.push((n = new IMethod(m.name, sig)));
    return n;
  }

  /** The program's methods (declared, instances and natives; not interfaces') that n may call. */
  private methodsOf(n: IMethod): T.Func[] {
    if (this.byName === undefined) {
      this.byName = new Map();
      for (const f of this.ctx.funcs.keys()) {
        const recv = f.type.recv;
        if (recv === undefined || under(recv.type).tag === "Interface") continue;
        const list = this.byName.get(f.name);
        if (list === undefined) this.byName.set(f.name, [f]);
        else list.push(f);
      }
    }
    const all = this.byName.get(n.name) ?? [];
    const sig = n.sig;
    return sig === undefined ? all : all.filter((f) => loose(f.type) || identical(f.type, sig));
  }
}

/** Does a signature mention a type parameter or a generic instance, whose types the analysis
 *  does not compare (it matches every method of its name)? */
function loose(sig: T.Signature): boolean {
  const seen = new Set<T.Type>();
  const walk = (t: T.Type): boolean => {
    if (seen.has(t)) return false;
    seen.add(t);
    switch (t.tag) {
      case "Named":
        return t.tparam !== undefined || t.targs !== undefined;
      case "Pointer": case "Slice": case "Array": case "Chan":
        return walk(t.elem);
      case "Map":
        return walk(t.key) || walk(t.elem);
      case "Signature":
        return [...t.params.vars, ...t.results.vars].some((v) => walk(v.type));
      case "Struct":
        return t.fields.some((f) => walk(f.type));
      case "Tuple":
        return t.vars.some((v) => walk(v.type));
      case "Interface":
        return (t.allMethods ?? t.methods).some((m) => walk(m.type)) || t.embeddeds.some(walk) || t.terms !== undefined;
      default:
        return false;
    }
  };
  return walk(sig);
}

/** The interface method fun (a call's callee, compiler/expr.ts callee) calls, if it is one: a
 *  method of an interface value, or one promoted from an embedded interface field. */
export function ifaceMethod(ctx: Ctx, fun: ast.Expr): T.Func | undefined {
  if (fun.kind !== "SelectorExpr") return undefined;
  const sel = ctx.info.selections.get(fun);
  if (sel === undefined || sel.kind !== "MethodVal") return undefined;
  if (under(sel.recv).tag === "Interface" || (sel.index.length > 1 && under(recvBaseType(sel)).tag === "Interface")) return sel.obj as T.Func;
  return undefined;
}

/** The receiver's static type after walking the embedded path: for a method promoted from an
 *  embedded interface field, that interface. */
export function recvBaseType(sel: T.Selection): T.Type {
  let t = sel.recv;
  for (let i = 0; i < sel.index.length - 1; i++) {
    let u = under(t);
    if (u.tag === "Pointer") u = under(u.elem);
    if (u.tag !== "Struct") return t;
    t = u.fields[sel.index[i]!]!.type;
  }
  return t;
}
