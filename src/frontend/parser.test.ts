// Tests for the parser: AST shapes as one-liners, byte-accurate positions, and syntax errors
// compared with real `go build` output (go1.19.8 linux/amd64, recorded by hand).

import { test } from "node:test";
import assert from "node:assert/strict";
import type * as ast from "./ast.js";
import { formatDiagnostics } from "./diag.js";
import { parseFile } from "./parser.js";
import { newGoParser } from "../host/treesitter.js";

const parser = await newGoParser();

function parse(src: string): ReturnType<typeof parseFile> {
  return parseFile(parser, "./prog.go", src);
}

function list(xs: readonly (ast.Expr | undefined)[]): string {
  return xs.map((x) => show(x)).join(", ");
}

function fields(fs: readonly ast.Field[]): string {
  return fs.map((f) => [...f.names.map((n) => n.name), show(f.type), ...(f.tag !== undefined ? [JSON.stringify(f.tag)] : [])].join(" ")).join("; ");
}

/** A compact, esbuild-style rendering of an expression. */
function show(x: ast.Expr | undefined): string {
  if (!x) return "_";
  switch (x.kind) {
    case "Ident": return x.name;
    case "BasicLit": return x.value;
    case "BinaryExpr": return `Binary(${x.op}, ${show(x.x)}, ${show(x.y)})`;
    case "UnaryExpr": return `Unary(${x.op}, ${show(x.x)})`;
    case "StarExpr": return `Star(${show(x.x)})`;
    case "ParenExpr": return `Paren(${show(x.x)})`;
    case "SelectorExpr": return `Sel(${show(x.x)}, ${x.sel.name})`;
    case "CallExpr": return `Call(${show(x.fun)}${x.args.length ? ", " + list(x.args) : ""}${x.hasEllipsis ? "..." : ""})`;
    case "IndexExpr": return `Index(${show(x.x)}, ${show(x.index)})`;
    case "IndexListExpr": return `IndexList(${show(x.x)}, ${list(x.indices)})`;
    case "SliceExpr": return `Slice${x.slice3 ? "3" : ""}(${show(x.x)}, ${show(x.low)}, ${show(x.high)}${x.slice3 ? ", " + show(x.max) : ""})`;
    case "TypeAssertExpr": return `Assert(${show(x.x)}, ${x.type ? show(x.type) : "type"})`;
    case "CompositeLit": return `Lit(${show(x.type)}${x.elts.length ? ", " + list(x.elts) : ""})`;
    case "KeyValueExpr": return `${show(x.key)}: ${show(x.value)}`;
    case "FuncLit": return `FuncLit(${show(x.type)}, ${x.body.list.length} stmts)`;
    case "Ellipsis": return `...${x.elt ? show(x.elt) : ""}`;
    case "ArrayType": return `[${x.len ? show(x.len) : ""}]${show(x.elt)}`;
    case "MapType": return `map[${show(x.key)}]${show(x.value)}`;
    case "ChanType": return `chan(${x.dir}, ${show(x.value)})`;
    case "StructType": return `struct{${fields(x.fields)}}`;
    case "InterfaceType": return `interface{${fields(x.methods)}}`;
    case "FuncType": return `func${x.typeParams ? "[" + fields(x.typeParams) + "]" : ""}(${fields(x.params)}) (${fields(x.results)})`;
    case "BadExpr": return "Bad";
  }
}

function stmt(s: ast.Stmt | undefined): string {
  if (!s) return "_";
  switch (s.kind) {
    case "ExprStmt": return `Expr(${show(s.x)})`;
    case "AssignStmt": return `Assign(${list(s.lhs)} ${s.tok} ${list(s.rhs)})`;
    case "IncDecStmt": return `IncDec(${show(s.x)}${s.tok})`;
    case "SendStmt": return `Send(${show(s.chan)}, ${show(s.value)})`;
    case "BlockStmt": return `{${s.list.map(stmt).join("; ")}}`;
    case "IfStmt": return `If(${stmt(s.init)}, ${show(s.cond)}, ${stmt(s.body)}, ${stmt(s.else)})`;
    case "ForStmt": return `For(${stmt(s.init)}, ${show(s.cond)}, ${stmt(s.post)}, ${stmt(s.body)})`;
    case "RangeStmt": return `Range(${show(s.key)}, ${show(s.value)}, ${s.tok ?? "none"}, ${show(s.x)})`;
    case "SwitchStmt": return `Switch(${stmt(s.init)}, ${show(s.tag)}, ${s.body.map(stmt).join(" ")})`;
    case "TypeSwitchStmt": return `TypeSwitch(${stmt(s.assign)}, ${s.body.map(stmt).join(" ")})`;
    case "CaseClause": return `Case(${list(s.list)}: ${s.body.map(stmt).join("; ")})`;
    case "SelectStmt": return `Select(${s.body.map(stmt).join(" ")})`;
    case "CommClause": return `Comm(${stmt(s.comm)}: ${s.body.map(stmt).join("; ")})`;
    case "LabeledStmt": return `Label(${s.label.name}, ${stmt(s.stmt)})`;
    case "BranchStmt": return `${s.tok}${s.label ? " " + s.label.name : ""}`;
    case "ReturnStmt": return `Return(${list(s.results)})`;
    case "GoStmt": return `Go(${show(s.call)})`;
    case "DeferStmt": return `Defer(${show(s.call)})`;
    case "DeclStmt": return `Decl(${s.decl.tok})`;
    case "EmptyStmt": return "Empty";
    case "BadStmt": return "BadStmt";
  }
}

function mustParse(src: string): ast.File {
  const r = parse(src);
  assert.deepEqual(r.diags, [], `unexpected diagnostics for ${JSON.stringify(src)}`);
  assert.ok(r.file);
  return r.file;
}

function expectExpr(src: string, want: string): void {
  const f = mustParse(`package p\nvar _ = ${src}\n`);
  const d = f.decls[0] as ast.GenDecl;
  assert.equal(show((d.specs[0] as ast.ValueSpec).values[0]), want);
}

function expectType(src: string, want: string): void {
  const f = mustParse(`package p\ntype T ${src}\n`);
  const d = f.decls[0] as ast.GenDecl;
  assert.equal(show((d.specs[0] as ast.TypeSpec).type), want);
}

function expectStmt(src: string, want: string): void {
  const f = mustParse(`package p\nfunc f() {\n${src}\n}\n`);
  const fd = f.decls[0] as ast.FuncDecl;
  assert.equal(fd.body!.list.map(stmt).join("; "), want);
}

test("expressions", () => {
  expectExpr("a + b*c", "Binary(+, a, Binary(*, b, c))");
  expectExpr("a || b && c == d", "Binary(||, a, Binary(&&, b, Binary(==, c, d)))");
  expectExpr("-x &^ y << 2", "Binary(<<, Binary(&^, Unary(-, x), y), 2)");
  expectExpr("*p + <-ch", "Binary(+, Star(p), Unary(<-, ch))");
  expectExpr("!ok", "Unary(!, ok)");
  expectExpr("&T{1, 2}", "Unary(&, Lit(T, 1, 2))");
  expectExpr("f(a, xs...)", "Call(f, a, xs...)");
  expectExpr("pkg.F(1)(2)", "Call(Call(Sel(pkg, F), 1), 2)");
  expectExpr("a[i][j:k]", "Slice(Index(a, i), j, k)");
  expectExpr("a[:]", "Slice(a, _, _)");
  expectExpr("a[1:2:3]", "Slice3(a, 1, 2, 3)");
  expectExpr("x.(T)", "Assert(x, T)");
  expectExpr("x.(*pkg.T)", "Assert(x, Star(Sel(pkg, T)))");
  expectExpr("[]byte(s)", "Call([]byte, s)");
  expectExpr("(*T)(nil)", "Call(Paren(Star(T)), nil)");
  expectExpr("map[string]int{\"a\": 1}", "Lit(map[string]int, \"a\": 1)");
  expectExpr("[...]int{1, 2}", "Lit([...]int, 1, 2)");
  expectExpr("[][]int{{1}, {}}", "Lit([][]int, Lit(_, 1), Lit(_))");
  expectExpr("struct{}{}", "Lit(struct{})");
  expectExpr("func(a, b int) int { return a }", "FuncLit(func(a b int) (int), 1 stmts)");
  expectExpr("1.5e3 + 0x1p-2 + 2i + 'a' + `raw`", "Binary(+, Binary(+, Binary(+, Binary(+, 1.5e3, 0x1p-2), 2i), 'a'), `raw`)");
  expectExpr("iota + len(\"x\")", "Binary(+, iota, Call(len, \"x\"))");
  expectExpr("make(chan<- int, 3)", "Call(make, chan(send, int), 3)");
  expectExpr("new(<-chan []int)", "Call(new, chan(recv, []int))");
  expectExpr("f[int, string](x)", "Call(IndexList(f, int, string), x)");
  expectExpr("(a + b) * c", "Binary(*, Paren(Binary(+, a, b)), c)");
});

test("types", () => {
  expectType("struct { *U; pkg.V; a, b int `json:\"a\"`; c string \"x\\ty\" }", "struct{Star(U); Sel(pkg, V); a b int \"json:\\\"a\\\"\"; c string \"x\\ty\"}");
  expectType("interface { M(x int) string; fmt.Stringer; N() (int, error) }", "interface{M func(x int) (string); Sel(fmt, Stringer); N func() (int; error)}");
  expectType("func(int, ...string) (r int, err error)", "func(int; ...string) (r int; err error)");
  expectType("map[[2]int]chan (<-chan int)", "map[[2]int]chan(both, Paren(chan(recv, int)))");
  expectType("[N * 2]*T", "[Binary(*, N, 2)]Star(T)");
});

test("statements", () => {
  expectStmt("x := 1; x += 2; x++; ch <- x", "Assign(x := 1); Assign(x += 2); IncDec(x++); Send(ch, x)");
  expectStmt("a, b = b, a", "Assign(a, b = b, a)");
  expectStmt("if x := f(); x > 0 { } else if y { } else { }", "If(Assign(x := Call(f)), Binary(>, x, 0), {}, If(_, y, {}, {}))");
  expectStmt("for i := 0; i < n; i++ { continue }", "For(Assign(i := 0), Binary(<, i, n), IncDec(i++), {continue})");
  expectStmt("for { break }", "For(_, _, _, {break})");
  expectStmt("for cond { }", "For(_, cond, _, {})");
  expectStmt("for k, v := range m { }", "Range(k, v, :=, m)");
  expectStmt("for range ch { }", "Range(_, _, none, ch)");
  expectStmt("for i = range s { }", "Range(i, _, =, s)");
  expectStmt("switch x := 1; x { case 1, 2: fallthrough; default: }", "Switch(Assign(x := 1), x, Case(1, 2: fallthrough) Case(: ))");
  expectStmt("switch { case a: }", "Switch(_, _, Case(a: ))");
  expectStmt("switch v := x.(type) { case nil, int: case *T: }", "TypeSwitch(Assign(v := Assert(x, type)), Case(nil, int: ) Case(Star(T): ))");
  expectStmt("switch x.(type) { }", "TypeSwitch(Expr(Assert(x, type)), )");
  expectStmt("select { case v := <-c: case <-c: case c <- 1: default: }",
    "Select(Comm(Assign(v := Unary(<-, c)): ) Comm(Expr(Unary(<-, c)): ) Comm(Send(c, 1): ) Comm(_: ))");
  expectStmt("select { case v, ok = <-c: }", "Select(Comm(Assign(v, ok = Unary(<-, c)): ))");
  expectStmt("L:\n\tfor { break L }\n\tgoto L", "Label(L, For(_, _, _, {break L})); goto L");
  expectStmt("go f(1); defer mu.Unlock(); return", "Go(Call(f, 1)); Defer(Call(Sel(mu, Unlock))); Return()");
  expectStmt("var x int; const c = 1; type T int", "Decl(var); Decl(const); Decl(type)");
  expectStmt("{ L: }", "{Label(L, Empty)}");
});

test("declarations, imports, iota, receivers, generics", () => {
  const f = mustParse(`package main

import (
	f "fmt"
	. "os"
	_ "x/y"
)
import "strings"

const (
	A = iota
	B
	C, D = 1, 2
)

var (
	x int
	y = 2
)

type A2 = int
type G[T any, U comparable | int] struct{ t T }

func (r *Recv) M(a int) {}
func F[T any](x T) T { return x }
func Native(x int) int
`);
  assert.equal(f.pkgName.name, "main");
  assert.deepEqual(f.imports.map((i) => [i.name?.name, i.path]), [["f", "fmt"], [".", "os"], ["_", "x/y"], [undefined, "strings"]]);
  const consts = f.decls[2] as ast.GenDecl;
  assert.deepEqual(consts.specs.map((s) => { const v = s as ast.ValueSpec; return [v.names.map((n) => n.name).join(","), v.iota, v.values.length]; }), [["A", 0, 1], ["B", 1, 0], ["C,D", 2, 2]]);
  const alias = (f.decls[4] as ast.GenDecl).specs[0] as ast.TypeSpec;
  assert.equal(alias.assign, true);
  const gen = (f.decls[5] as ast.GenDecl).specs[0] as ast.TypeSpec;
  assert.equal(fields(gen.typeParams!), "T any; U Binary(|, comparable, int)");
  const m = f.decls[6] as ast.FuncDecl;
  assert.equal(m.recv && `${m.recv.names[0]!.name} ${show(m.recv.type)}`, "r Star(Recv)");
  const g = f.decls[7] as ast.FuncDecl;
  assert.equal(show(g.type), "func[T any](x T) (T)");
  const native = f.decls[8] as ast.FuncDecl;
  assert.equal(native.body, undefined);
});

test("positions are 1-based byte columns", () => {
  const src = `package p\n\nvar s = "héllo, 世界"; var x = a + b\nfunc f() {\n\tg(1, 2)\n\tv := T{1}\n\tswitch { case true: }\n\tc <- 1\n}\n`;
  const f = mustParse(src);
  const line3 = src.split("\n")[2]!;
  const plus = Buffer.byteLength(line3.slice(0, line3.indexOf("+"))) + 1;
  const x = ((f.decls[1] as ast.GenDecl).specs[0] as ast.ValueSpec).values[0] as ast.BinaryExpr;
  assert.deepEqual([x.opPos.line, x.opPos.col], [3, plus]);
  assert.equal(x.pos.col, plus - 2);
  const body = (f.decls[2] as ast.FuncDecl).body!;
  const call = (body.list[0] as ast.ExprStmt).x as ast.CallExpr;
  assert.deepEqual([call.pos.col, call.lparen.col, call.rparen.col], [2, 3, 8]);
  const assign = body.list[1] as ast.AssignStmt;
  assert.equal(assign.tokPos.col, 4);
  const lit = assign.rhs[0] as ast.CompositeLit;
  assert.deepEqual([lit.lbrace.col, lit.rbrace.col], [8, 10]);
  const sw = body.list[2] as ast.SwitchStmt;
  assert.equal(sw.body[0]!.colon.col, 20);
  const send = body.list[3] as ast.SendStmt;
  assert.equal(send.arrow.col, 4);
  assert.deepEqual([body.rbrace.line, body.rbrace.col], [9, 1]);
  assert.equal(f.decls[2]!.pos.file, "./prog.go");
});

test("cgo preamble and build constraints", () => {
  const f = mustParse(`//go:build linux
// +build linux

package main

// #include <stdio.h>
// int two(void) { return 2; }
import "C"

/*
#define X 1
*/
import "C"
`);
  assert.deepEqual(f.buildConstraints, ["//go:build linux", "// +build linux"]);
  assert.equal(f.cgoPreamble?.text, "\n#define X 1\n");
  const g = mustParse(`package main\n\n// unrelated\n\n// #include <stdio.h>\n// int two(void) { return 2; }\nimport "C"\n`);
  assert.equal(g.cgoPreamble?.text, " #include <stdio.h>\n int two(void) { return 2; }\n");
  assert.deepEqual([g.cgoPreamble?.pos.line, g.cgoPreamble?.pos.col], [5, 3]);
});

const BROKEN: [string, string][] = [
  ["package main\n\nfunc main() {\n\tx := 1\n\t_ = x\n", "./prog.go:6:1: syntax error: unexpected EOF, expecting }"],
  ["package main\n\nfunc main() {\n\tx := []int{\n\t\t1,\n\t\t2\n\t}\n\t_ = x\n}\n", "./prog.go:6:4: syntax error: unexpected newline in composite literal; possibly missing comma or }"],
  ["package main\n\nx := 1\n\nfunc main() {}\n", "./prog.go:3:1: syntax error: non-declaration statement outside function body"],
  ["package main\n\nfunc main() {\n\tif true {\n\t} else return\n}\n", "./prog.go:5:9: syntax error: else must be followed by if or statement block"],
  ["package main\n\nfunc main() {\n\tx := 1\n\tif x = 2 {\n\t}\n}\n", "./prog.go:5:7: syntax error: cannot use assignment (x) = (2) as value"],
  ["package main\n\nfunc main() {\n\tfmt.Println(\"a\"\n}\n", "./prog.go:4:17: syntax error: unexpected newline in argument list; possibly missing comma or )"],
  ["package main\n\nfunc main() {\n\tx := [3]int{1 2 3}\n\t_ = x\n}\n", "./prog.go:4:16: syntax error: unexpected literal 2 in composite literal; possibly missing comma or }"],
  ["package main\n\nfunc main() {\n\tfor i := 0; i < 10; i++\n\t{\n\t}\n}\n", "./prog.go:4:25: syntax error: unexpected newline, expecting { after for clause"],
  ["package main\n\nfunc main()\n{\n}\n", "./prog.go:4:1: syntax error: unexpected semicolon or newline before {"],
  ["package main\n\nfunc main() {\n\tvar x int = \n}\n", "./prog.go:5:1: syntax error: unexpected }, expecting expression"],
  ["package main\n\nfunc main() {\n\tx := 1 +\n}\n", "./prog.go:5:1: syntax error: unexpected }, expecting expression"],
  ["package main\n\nfunc main() {\n\tx = )\n}\n", "./prog.go:4:6: syntax error: unexpected ), expecting expression"],
  ["package main\n\nfunc main() {\n\tgo func() {}\n}\n", "./prog.go:4:5: expression in go must be function call"],
  ["package main\n\nfunc main() {\n\tdefer 1\n}\n", "./prog.go:4:8: expression in defer must be function call"],
  // gc positions a selector at its '.'.
  ["package main\n\nimport \"fmt\"\n\nfunc main() {\n\tdefer fmt.Println\n}\n", "./prog.go:6:11: expression in defer must be function call"],
  ["package main\n\nfunc main() {\n\ta, b := 1\n\tc d := 2\n}\n", "./prog.go:5:4: syntax error: unexpected d at end of statement"],
  ["package main\n\nfunc f() int {\n\treturn 1,\n}\nfunc main() {}\n", "./prog.go:5:1: syntax error: unexpected }, expecting expression"],
  ["package main\n\ntype T struct {\n\ta int,\n\tb int\n}\nfunc main() {}\n", "./prog.go:4:7: syntax error: unexpected comma in struct type; possibly missing semicolon or newline or }"],
  ["package main\n\nfunc main() {\n\tswitch x {\n\tcase 1\n\t\tprintln()\n\t}\n}\n", "./prog.go:5:8: syntax error: unexpected newline, expecting :"],
  ["package main\n\nfunc main() {\n\tx := \"abc\n}\n", "./prog.go:4:11: newline in string"],
  ["package main\n\nfunc main() {\n\tx := 1\n}}\n", "./prog.go:5:2: syntax error: unexpected } after top level declaration"],
  ["package main\n\nfunc main() {\n\tfunc inner() {}\n}\n", "./prog.go:4:7: syntax error: unexpected inner, expecting ("],
  ["package main\n\nimport \"fmt\"\nvar x = 1\nimport \"os\"\nfunc main() {}\n", "./prog.go:5:1: syntax error: non-declaration statement outside function body"],
  ["package main\n\nfunc main() {\n\tx := map[string]int{\"a\": 1 \"b\": 2}\n}\n", "./prog.go:4:29: syntax error: unexpected literal \"b\" in composite literal; possibly missing comma or }"],
  ["package main\n\nfunc main() {\n\tvar x [3]int\n\tx[1 = 2\n}\n", "./prog.go:5:6: syntax error: unexpected =, expecting comma, : or ]"],
  ["package main\n\nfunc main() {\n\tprintln(1 2)\n}\n", "./prog.go:4:12: syntax error: unexpected literal 2 in argument list; possibly missing comma or )"],
  ["package main\n\nfunc main() {\n\ty := 08\n\tz := 1__0\n\tw := 0x\n}\n", "./prog.go:4:8: invalid digit '8' in octal literal"],
  ["package main\n\nfunc main() {\n\tc := 'ab'\n\td := ''\n}\n", "./prog.go:4:7: more than one character in rune literal"],
  ["package main\n\nfunc main() {\n\tx := 1\n\tx++ = 2\n}\n", "./prog.go:5:6: syntax error: unexpected = at end of statement"],
  ["package main\nfunc main() {\n\tfor {\n\t\tbreak\n\t\n}\n", "./prog.go:7:1: syntax error: unexpected EOF, expecting }"],
  ["package main\n\nfunc main() {\n\tif x := 1 {\n\t}\n}\n", "./prog.go:4:7: syntax error: cannot use x := 1 as value"],
  ["package main\n\nfunc (x) {}\nfunc main() {}\n", "./prog.go:3:10: syntax error: unexpected {, expecting name or ("],
  ["package main\nfunc main() {\n\tvar x = \u20ac\n}\n", "./prog.go:3:10: invalid character U+20AC '\u20ac' in identifier"],
  ["package main\nfunc main() {\n\ts := `raw\n", "./prog.go:3:7: string not terminated"],
  ["package main\nfunc main() {\n\tx.(type)\n}\n", "./prog.go:3:2: invalid AST: use of .(type) outside type switch"],
  ["package main\nfunc main() {\n\tgoto\n}\n", "./prog.go:4:1: syntax error: unexpected }, expecting name"],
];

test("syntax and lexical errors match go build (first error line)", () => {
  const failures: string[] = [];
  for (const [src, want] of BROKEN) {
    const r = parse(src);
    const got = formatDiagnostics(r.diags, "command-line-arguments").split("\n")[1] ?? "(no error)";
    if (got !== want) failures.push(`${JSON.stringify(src)}\n  want ${want}\n  got  ${got}`);
  }
  assert.deepEqual(failures, []);
});

test("several lexical errors are all reported, with gc's cut-off", () => {
  let src = "package main\nfunc main() {\n";
  for (let i = 1; i <= 12; i++) src += `\tx${i} := 08\n`;
  src += "}\n";
  const out = formatDiagnostics(parse(src).diags, "command-line-arguments").split("\n");
  assert.equal(out.length, 13);
  assert.equal(out[10], "./prog.go:12:10: invalid digit '8' in octal literal");
  assert.equal(out[11], "./prog.go:12:10: too many errors");
});

test("missing package clause", () => {
  const r = parse("import \"fmt\"\n");
  assert.equal(r.file, undefined);
  assert.equal(r.diags[0]?.msg, "syntax error: package statement must be first");
});
