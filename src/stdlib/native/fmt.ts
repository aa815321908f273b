// The natives of package fmt: the formatting entry points that Go code in stdlib/fmt calls.
//
// Models Go 1.19's fmt/print.go (Sprintf, Sprint, Sprintln) and fmt/errors.go (Errorf's
// printing half). Output to writers (Printf, Fprintln, ...) is Go code in stdlib/fmt that
// calls these and then the writer's Write method, as real fmt does.
//
// Terms: every native here is a generator function, since printing may call String(),
// Error(), GoString() or Format() methods of the operands (yield points).
//
// Simplifications vs real Go: no printer free list (pp cache); each call makes a Printer.

import type { Iface, Slice } from "../../runtime/value.js";
import { argsOf, Printer } from "./fmt_print.js";
import { rawstring } from "../../runtime/newobject.js";

export const natives: Record<string, Function> = {
  Sprintf: function* (format: string, a: Slice | null) {
    const p = new Printer();
    yield* p.doPrintf(format, argsOf(a));
    return rawstring(p.buf);
  },
  Sprint: function* (a: Slice | null) {
    const p = new Printer();
    yield* p.doPrint(argsOf(a));
    return rawstring(p.buf);
  },
  Sprintln: function* (a: Slice | null) {
    const p = new Printer();
    yield* p.doPrintln(argsOf(a));
    return rawstring(p.buf);
  },
  /** errorf(format, a...) (string, error): the message and the operand of its %w, if any. */
  errorf: function* (format: string, a: Slice | null) {
    const p = new Printer();
    p.wrapErrs = true;
    yield* p.doPrintf(format, argsOf(a));
    const w: Iface | null = p.wrappedErr;
    return [p.buf, w];
  },
};
