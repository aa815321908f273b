// Tests for the C type model: the usual arithmetic conversions and cgo's Go-side names (checked
// against go1.19 + gcc 12: `%T` of C results prints main._Ctype_ulong for size_t, and so on).

import { test } from "node:test";
import assert from "node:assert/strict";
import { cgoTypeByName, goTypeOf, promote, sizeOf, usualArith } from "./types.js";

test("usual arithmetic conversions (C11 6.3.1.8) on LP64", () => {
  assert.equal(usualArith("char", "short"), "int");
  assert.equal(usualArith("int", "uint"), "uint");
  assert.equal(usualArith("uint", "long"), "long");
  assert.equal(usualArith("ulong", "longlong"), "ulonglong");
  assert.equal(usualArith("long", "ulong"), "ulong");
  assert.equal(usualArith("int", "float"), "float");
  assert.equal(usualArith("float", "double"), "double");
  assert.equal(promote("uchar"), "int");
  assert.equal(sizeOf("char**"), 8);
});

test("cgo's Go types", () => {
  assert.deepEqual(goTypeOf("int"), { name: "_Ctype_int", underlying: "int32" });
  assert.deepEqual(goTypeOf("ulong"), { name: "_Ctype_ulong", underlying: "uint64" });
  assert.deepEqual(goTypeOf("char*"), { name: "*_Ctype_char", underlying: "*_Ctype_char" });
  assert.deepEqual(goTypeOf("void*"), { name: "unsafe.Pointer", underlying: "unsafe.Pointer" });
  assert.deepEqual(goTypeOf("void**").name, "*unsafe.Pointer");
  assert.equal(cgoTypeByName("size_t"), "ulong");
  assert.equal(cgoTypeByName("int64_t"), "long");
  assert.equal(cgoTypeByName("uint8_t"), "uchar");
  assert.equal(cgoTypeByName("longlong"), "longlong");
  assert.equal(cgoTypeByName("FILE"), undefined);
});
