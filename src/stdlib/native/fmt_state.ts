// The fmt.State a Formatter's Format method receives: the printer seen from Go code.
//
// Models Go 1.19's fmt/print.go methods of *pp that implement fmt.State (Write, WriteString,
// Width, Precision, Flag).
//
// Terms: the State is an interface value whose dynamic type is *fmt.pp, a run-time type built
// here with native methods, and whose value is the TS Printer itself.
//
// Simplifications vs real Go: *fmt.pp has no Go fields; only its methods are visible.

import { addPlainMethod, namedOf, ptrTo, structOf } from "../../runtime/rtypes.js";
import { Iface, type RType, type Slice } from "../../runtime/value.js";
import type { Printer } from "./fmt_print.js";

// Built once and shared by every program and machine: its methods are natives over the
// Printer they receive, so it holds nothing of a run.
let ppPtr: RType | undefined;

/** The run-time type *fmt.pp, built on first use. */
function ppType(): RType {
  if (ppPtr !== undefined) return ppPtr;
  const pp = namedOf("fmt", "pp", structOf([], () => ({})));
  const t = ptrTo(pp);
  addPlainMethod(t, "Write", true, (p: Printer, b: Slice | null) => {
    const s = b === null ? "" : String.fromCharCode.apply(null, b.a.slice(b.off, b.off + b.len));
    p.write(s);
    return [s.length, null];
  });
  addPlainMethod(t, "WriteString", true, (p: Printer, s: string) => {
    p.write(s);
    return [s.length, null];
  });
  addPlainMethod(t, "Width", true, (p: Printer) => [p.fmt.wid, p.fmt.widPresent]);
  addPlainMethod(t, "Precision", true, (p: Printer) => [p.fmt.prec, p.fmt.precPresent]);
  addPlainMethod(t, "Flag", true, (p: Printer, c: number | bigint) => {
    const f = p.fmt;
    switch (Number(c)) {
      case 0x2d: return f.minus;
      case 0x2b: return f.plus || f.plusV;
      case 0x23: return f.sharp || f.sharpV;
      case 0x20: return f.space;
      case 0x30: return f.zero;
    }
    return false;
  });
  ppPtr = t;
  return t;
}

/** The fmt.State interface value handed to Format. */
export function formatterState(p: Printer): Iface {
  return new Iface(ppType(), p);
}
