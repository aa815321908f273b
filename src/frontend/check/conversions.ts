// Conversions T(x).
//
// Models go/types conversions.go (Go 1.19): constant conversions (with integer → string giving
// the UTF-8 encoding of the code point, or "\uFFFD"), and convertibleTo for non-constant values
// (assignability, identical underlying types ignoring tags, pointers to such, numeric kinds,
// string ↔ []byte/[]rune, integer → string, package unsafe's pointer or uintptr ↔
// unsafe.Pointer, slice → pointer to array).

import * as types from "../types.js";
import { startPos } from "./errors.js";
import { BasicKind as K } from "../types.js";
import * as constant from "../constant.js";
import type { Checker } from "./check.js";
import { assignableTo, isNil, type Operand } from "./operand.js";
import {
  defaultType, identical, isComplex, isConstType, isInteger, isIntegerOrFloat, isInterface, isString,
  isUntyped, under,
} from "./predicates.js";
import { representableConst, updateExprType } from "./const.js";

function constConvertible(x: Operand, T: types.Type): constant.ConstValue | undefined {
  const t = under(T);
  if (t.tag !== "Basic") return undefined;
  const v = representableConst(x.val!, t);
  if (v) return v;
  if (isInteger(x.type) && isString(t)) {
    const u = constant.uint64Val(x.val!);
    const cp = u !== undefined && u <= 0x10ffffn ? Number(u) : 0xfffd;
    return constant.makeString(constant.utf8Encode(cp));
  }
  return undefined;
}

function isBytesOrRunes(t: types.Type): boolean {
  const u = under(t);
  if (u.tag !== "Slice") return false;
  const e = under(u.elem);
  return e.tag === "Basic" && (e.kind === K.Uint8 || e.kind === K.Int32);
}

/** convertibleTo reports whether a non-constant x can be converted to T. */
function isUintptr(t: types.Type): boolean {
  return t.tag === "Basic" && t.kind === K.Uintptr;
}

function isUnsafePointer(t: types.Type): boolean {
  return t.tag === "Basic" && t.kind === K.UnsafePointer;
}

function convertibleTo(c: Checker, x: Operand, T: types.Type): boolean {
  if (assignableTo(c, x, T)) return true;
  const V = x.type;
  const Vu = under(V);
  const Tu = under(T);
  if (identical(Vu, Tu, true)) return true;
  if (V.tag === "Pointer" && T.tag === "Pointer" && identical(under(V.elem), under(T.elem), true)) return true;
  if (isIntegerOrFloat(Vu) && isIntegerOrFloat(Tu)) return true;
  if (isComplex(Vu) && isComplex(Tu)) return true;
  if ((isInteger(Vu) || isBytesOrRunes(Vu)) && isString(Tu)) return true;
  if (isString(Vu) && isBytesOrRunes(Tu)) return true;
  // package unsafe: "any pointer or value of underlying type uintptr can be converted into a
  // unsafe.Pointer", "and vice versa"
  if ((Vu.tag === "Pointer" || isUintptr(Vu)) && isUnsafePointer(Tu)) return true;
  if (isUnsafePointer(Vu) && (Tu.tag === "Pointer" || isUintptr(Tu))) return true;
  if (Vu.tag === "Slice" && Tu.tag === "Pointer") {
    const a = under(Tu.elem);
    if (a.tag === "Array" && identical(Vu.elem, a.elem)) return true;
  }
  return false;
}

export function conversion(c: Checker, x: Operand, T: types.Type): void {
  const constArg = x.mode === "constant";
  let ok = false;
  const Tu = under(T);
  if (constArg && isConstType(T)) {
    const v = constConvertible(x, T);
    if (v) {
      ok = true;
      x.val = v;
    }
  } else if (convertibleTo(c, x, T)) {
    ok = true;
    x.mode = "value";
  }
  if (!ok) {
    c.error(startPos(x.expr!), `cannot convert ${c.os(x)} to type ${c.ts(T)}`);
    x.mode = "invalid";
    return;
  }
  if (isUntyped(x.type)) {
    let final: types.Type = T;
    if (isInterface(T) || (constArg && !isConstType(T)) || isNil(x)) {
      final = isNil(x) ? T : defaultType(x.type);
    } else if (x.mode === "constant" && isInteger(x.type) && isString(Tu)) {
      final = x.type;
    }
    updateExprType(c, x.expr, final, true);
  }
  x.type = T;
}
