// Go frame sizes: how many bytes of goroutine stack a call of a function takes, for Go's stack
// limit (runtime2.ts G.push and runtime/stack.ts).
//
// cmd/compile lays out a frame as the return address, the saved frame pointer, spill slots for
// the register arguments and results, and the locals that stay on the stack. gort estimates it
// the same way from the types: 16 bytes, plus the sizes of the parameters and results, plus the
// sizes of the locals declared in the body (not in nested function literals), where a local
// that lives in a heap box or moved to the heap counts as one pointer. Temporaries and the
// callee argument area are not counted, and register-passed arguments may need no spill slot,
// so the estimate is off by a few words: for `func f(n int) int` Go 1.19's frame is 24 bytes
// (gort: 32), for one with a [8192]int64 local 65,576 bytes (gort: 65,568).
//
// The estimate matters for deep recursion only: a goroutine whose stack passes Go's limit
// dies with Go's `fatal error: stack overflow`, at about the depth real Go does (8 KiB frames
// overflow near 65,000 calls, not at gort's own frame limit).

import type * as ast from "../frontend/ast.js";
import type * as T from "../frontend/types.js";
import type { Ctx, FnCtx } from "./context.js";
import { inspect } from "./inspect.js";
import { sizeof } from "../frontend/check/sizes.js";

const retAddrAndFP = 16;
const ptrSize = 8;

export function frameSize(ctx: Ctx, fc: Pick<FnCtx, "boxed" | "esc">, sig: T.Signature, body: ast.BlockStmt): number {
  let n = retAddrAndFP;
  for (const v of [...sig.params.vars, ...sig.results.vars]) n += slot(fc, v);
  if (sig.recv) n += slot(fc, sig.recv);
  inspect(body, (node) => {
    if (node.kind === "FuncLit") return false;
    if (node.kind === "Ident") {
      const o = ctx.info.defs.get(node);
      if (o && o.tag === "Var" && !(o as T.Var).isField) n += slot(fc, o as T.Var);
    }
    return true;
  });
  return n;
}

function slot(fc: Pick<FnCtx, "boxed" | "esc">, v: T.Var): number {
  if (fc.boxed.has(v) || fc.esc?.heapVars.has(v)) return ptrSize;
  return Math.ceil(sizeof(v.type) / ptrSize) * ptrSize;
}
