// Tests of what the checker records for the compiler: Info.types (final types of untyped
// constants), defs/uses, selections, implicits, scopes and initialization order.

import { test } from "node:test";
import assert from "node:assert/strict";
import type * as ast from "../ast.js";
import * as types from "../types.js";
import { newGoParser } from "../../host/treesitter.js";
import { parseFile } from "../parser.js";
import { checkProgram } from "../program.js";
import { typeString } from "./errors.js";
import { constString } from "../constant.js";

const parser = await newGoParser();

function check(src: string): { file: ast.File; info: types.Info } {
  const r = parseFile(parser, "./p.go", src);
  assert.deepEqual(r.diags, []);
  const res = checkProgram([r.file!], () => undefined, (n, t) => parseFile(parser, n, t));
  assert.deepEqual(res.diags.map((d) => d.msg), []);
  return { file: r.file!, info: res.packages.at(-1)!.info };
}

/** Find expressions by their source text position (line:col). */
function at(info: types.Info, line: number, col: number, kind?: string): types.TypeAndValue | undefined {
  for (const [e, tv] of info.types) {
    if (e.pos.line === line && e.pos.col === col && (!kind || e.kind === kind)) return tv;
  }
  return undefined;
}

const show = (tv: types.TypeAndValue | undefined) =>
  tv ? `${tv.mode} ${typeString(tv.type)}${tv.value ? " " + constString(tv.value) : ""}` : "none";

test("untyped constants get their final types", () => {
  const { info } = check(`package p
var f float64 = 1
var i interface{} = 'a'
var s = 1 << 3
var b byte = 'x' + 1
const c = 2.5
var x = c * 2
`);
  assert.equal(show(at(info, 2, 17)), "constant float64 1");
  assert.equal(show(at(info, 3, 21)), "constant rune 97");
  assert.equal(show(at(info, 4, 9)), "constant int 8");
  assert.equal(show(at(info, 5, 14)), "constant byte 121");
  assert.equal(show(at(info, 5, 14 + 6)), "constant untyped rune 1"); // as go/types: operands of constant operations stay untyped
  assert.equal(show(at(info, 6, 11)), "constant untyped float 2.5");
  assert.equal(show(at(info, 7, 9)), "constant float64 5");
});

test("selections, implicits, comma-ok tuples and init order", () => {
  const { file, info } = check(`package p
type In struct{ V int }
func (In) M() int { return 1 }
type Out struct{ *In }
var a = b + 1
var b = f()
func f() int { return 2 }
func g(o Out, x interface{}, m map[string]int) {
	_ = o.V
	_ = o.M
	_ = Out.M
	switch y := x.(type) {
	case int:
		_ = y
	}
	v, ok := m["k"]
	_, _ = v, ok
}
`);
  const sels = [...info.selections].map(([e, s]) => `${e.sel.name}:${s.kind}:${s.index.join(".")}:${s.indirect}`);
  assert.deepEqual(sels, ["V:FieldVal:0.0:true", "M:MethodVal:0.0:true", "M:MethodExpr:0.0:true"]);
  assert.equal(show(at(info, 11, 6, "SelectorExpr")), "value func(main.Out) int");
  const implicits = [...info.implicits.values()].filter((o) => o.tag === "Var");
  assert.equal(implicits.length, 1);
  assert.equal(typeString(implicits[0]!.type), "int");
  assert.equal(show(at(info, 16, 11, "IndexExpr")), "mapindex (int, bool)");
  assert.deepEqual(info.initOrder.map((i) => i.lhs.map((v) => v.name).join(",")), ["b", "a"]);
  assert.ok(info.scopes.size > 3);
  assert.ok([...info.defs.keys()].some((id) => id.name === "y"));
  void file;
});

test("builtin calls record a signature at the callee", () => {
  const { info } = check(`package p
func h(b []byte) int {
	b = append(b, "xy"...)
	return len(b) + copy(b, "z")
}
`);
  assert.equal(show(at(info, 3, 6)), "builtin func([]byte, string...) []byte");
  assert.equal(show(at(info, 4, 9)), "builtin func([]byte) int");
});
