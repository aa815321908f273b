// The bad-input fuzzer's program generator: mutations of seed programs, and bombs.
//
// Models nothing in Go. tools/fuzz.ts asks makeCase for case number i of a campaign; every
// choice comes from one Prng seeded from (campaign seed, i), so a case is a function of the
// seed corpus, the campaign seed and its index, and a campaign replays from its seed.
//
// Terms:
//   - seed: a Go program from the corpus (testdata/, bench/, Go's test suite when installed).
//     Seeds are normalised to `package main` with a `func main`, so that errorcheck programs of
//     Go's test suite reach the type checker instead of stopping at cmd/go's "not a main
//     package".
//   - token mutation: an edit found with gort's own scanner (src/frontend/parse-scan.ts, gc's
//     scanner): delete, duplicate or swap tokens, replace a name with another name of the same
//     declaration or package scope, replace a literal with an extreme one, swap an operator.
//   - syntax mutation: an edit found with tree-sitter-go's concrete tree (the parser gort uses),
//     which keeps the program parseable: duplicate a statement, wrap statements in `for {}`,
//     `go func(){...}()`, `defer func(){...}()` and the like, nest an operand N levels deep.
//   - truncation: the program cut at a random byte (which may split a UTF-8 sequence).
//   - bomb: a generated program meant to exhaust something: nesting depth, array sizes, memory,
//     goroutines, loops without yield points, recursion, output.
//
// Invariants: pure given (corpus, parser, seed, index); no clock, no Math.random.

import type { Node as TSNode, Parser } from "web-tree-sitter";
import { Prng } from "../src/base/prng.js";
import { PCtx } from "../src/frontend/parse-ctx.js";
import { tokenize, type Tok } from "../src/frontend/parse-scan.js";

export interface Seed {
  /** Where the seed came from, for reports: "testdata/run/x.go", "$GOROOT/test/y.go". */
  name: string;
  text: string;
}

export interface Case {
  index: number;
  /** "seed", "mutant" or "bomb". */
  kind: string;
  /** The seed program's name, or the bomb's. */
  origin: string;
  /** The edits applied, in order ("tok-delete", "wrap-go", "bomb:paren-nest(5000)"...). */
  ops: string[];
  bytes: Buffer;
  /** gort's --seed and --cpus for the run. */
  gortSeed: number;
  cpus: number;
}

/** The PRNG of case `index` of the campaign with seed `seed`. */
export function casePrng(seed: number, index: number): Prng {
  const mixed = (Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(index + 0x632be5ab, 0x85ebca77)) >>> 0;
  return new Prng(mixed);
}

function pick<T>(rng: Prng, xs: readonly T[]): T {
  return xs[rng.intn(xs.length)]!;
}

function weighted<T>(rng: Prng, xs: readonly [T, number][]): T {
  const total = xs.reduce((s, [, w]) => s + w, 0);
  let r = rng.intn(total);
  for (const [x, w] of xs) {
    if (r < w) return x;
    r -= w;
  }
  return xs[xs.length - 1]![0];
}

function splice(s: string, from: number, to: number, ins: string): string {
  return s.slice(0, from) + ins + s.slice(to);
}

/** Rewrites a seed's package clause to main and gives it a main function if it has none. */
export function normaliseSeed(text: string): string {
  let t = text.replace(/^package\s+[A-Za-z_][A-Za-z0-9_]*/m, "package main");
  if (!/^func\s+main\s*\(\s*\)/m.test(t)) t += "\nfunc main() {}\n";
  return t;
}

/** Makes case `index` of the campaign `seed`. */
export function makeCase(corpus: readonly Seed[], parser: Parser, seed: number, index: number): Case {
  const rng = casePrng(seed, index);
  const gortSeed = 1 + rng.intn(1000);
  const cpus = pick(rng, [1, 2, 4, 4, 4, 8]);
  const roll = rng.intn(100);
  if (roll < 15 || corpus.length === 0) {
    const b = makeBomb(rng);
    return { index, kind: "bomb", origin: b.name, ops: [`bomb:${b.name}`], bytes: Buffer.from(b.text, "utf8"), gortSeed, cpus };
  }
  const s = pick(rng, corpus);
  if (roll < 20) return { index, kind: "seed", origin: s.name, ops: [], bytes: Buffer.from(s.text, "utf8"), gortSeed, cpus };
  let text = s.text;
  const ops: string[] = [];
  const n = 1 + rng.intn(3);
  // A mutation may find nothing to edit (no literal, no statement list): try another.
  for (let k = 0; k < 4 * n && ops.length < n; k++) {
    const op = weighted(rng, MUTATIONS);
    if (op === "truncate") {
      const b = Buffer.from(text, "utf8");
      const at = rng.intn(b.length + 1);
      ops.push(`truncate(${at})`);
      return { index, kind: "mutant", origin: s.name, ops, bytes: b.subarray(0, at), gortSeed, cpus };
    }
    const r = mutate(op, text, rng, parser);
    if (r === undefined) continue;
    text = r.text;
    ops.push(r.op);
  }
  return { index, kind: "mutant", origin: s.name, ops, bytes: Buffer.from(text, "utf8"), gortSeed, cpus };
}

type MutationName =
  | "tok-delete" | "tok-dup" | "tok-swap" | "ident-replace" | "lit-extreme" | "op-swap"
  | "stmt-dup" | "wrap" | "nest-expr" | "truncate";

const MUTATIONS: [MutationName, number][] = [
  ["tok-delete", 8], ["tok-dup", 6], ["tok-swap", 6], ["ident-replace", 14], ["lit-extreme", 14],
  ["op-swap", 12], ["stmt-dup", 12], ["wrap", 14], ["nest-expr", 10], ["truncate", 3],
];

function mutate(op: MutationName, text: string, rng: Prng, parser: Parser): { text: string; op: string } | undefined {
  switch (op) {
    case "tok-delete": case "tok-dup": case "tok-swap": case "ident-replace": case "lit-extreme": case "op-swap":
      return tokenMutation(op, text, rng);
    case "stmt-dup": case "wrap": case "nest-expr":
      return syntaxMutation(op, text, rng, parser);
    case "truncate":
      return undefined;
  }
}

// ---- Token mutations (gort's scanner) ---------------------------------------------------------

/** The file's real tokens (automatic semicolons and EOF dropped), with their declaration index. */
function scan(text: string): { toks: Tok[]; decl: number[] } {
  const all = tokenize(new PCtx("fuzz.go", text));
  const toks = all.filter((t) => t.kind !== "EOF" && t.text !== "");
  // A keyword func/var/const/type/import outside all brackets starts a top-level declaration.
  const decl: number[] = [];
  let depth = 0;
  let d = 0;
  for (const t of toks) {
    if (t.kind === "(" || t.kind === "[" || t.kind === "{") depth++;
    else if ((t.kind === ")" || t.kind === "]" || t.kind === "}") && depth > 0) depth--;
    else if (depth === 0 && t.kind === "keyword" && /^(func|var|const|type|import)$/.test(t.text)) d++;
    decl.push(d);
  }
  return { toks, decl };
}

const PREDECLARED = [
  "nil", "true", "false", "iota", "len", "cap", "append", "copy", "delete", "make", "new", "panic",
  "recover", "print", "println", "close", "int", "int8", "uint64", "uintptr", "float64", "string",
  "byte", "rune", "error", "any", "bool", "complex128", "_",
];

const INT_EXTREMES = [
  "0", "-1", "1", "1<<62", "1<<63 - 1", "-1 << 63", "9223372036854775807", "18446744073709551615",
  "1<<64", "1<<100", "0x7fffffff", "2147483648", "4294967296", "1e308", "1e-320", "-0", "0.5",
  "1e9", "1<<31", "255", "256", "-129", "0b1", "0o777", "1_000_000", "'\\xff'", "3i",
];
const STRING_EXTREMES = [
  `""`, `"\\xff"`, `"é…"`, `"\\x00"`, `"\\u00e9\\U0010ffff"`, "`raw\nline`", `"\\xff\\xfe\\xfd"`,
  `"%v%d%s%!"`, `"\\n\\t\\\\"`,
];
const RUNE_EXTREMES = [`'\\xff'`, `'\\U0010ffff'`, `'é'`, `'\\x00'`, `'\\''`, `'…'`, `'\\uFFFD'`];

function hugeString(rng: Prng): string {
  const n = pick(rng, [1 << 8, 1 << 12, 1 << 16]);
  return `"${pick(rng, ["a", "é", "\\xff", "\\x00"]).repeat(n)}"`;
}

const BINOPS = ["+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>", "&^", "==", "!=", "<", "<=", ">", ">=", "&&", "||"];
const UNOPS = ["!", "^", "-", "+", "&", "*", "<-"];
const ASSIGNOPS = ["=", ":=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "&^="];

function tokenMutation(op: MutationName, text: string, rng: Prng): { text: string; op: string } | undefined {
  const all = scan(text);
  // Edits of the package clause mostly end in cmd/go's load errors: spare it 19 times in 20.
  const skip = rng.intn(20) === 0 || all.toks[0]?.text !== "package" ? 0 : 2;
  const toks = all.toks.slice(skip);
  const decl = all.decl.slice(skip);
  if (toks.length === 0) return undefined;
  const at = (t: Tok) => [t.off, t.off + t.text.length] as const;
  switch (op) {
    case "tok-delete": {
      const t = pick(rng, toks);
      return { text: splice(text, ...at(t), ""), op };
    }
    case "tok-dup": {
      const t = pick(rng, toks);
      return { text: splice(text, t.off, t.off, t.text + " "), op };
    }
    case "tok-swap": {
      const i = rng.intn(toks.length);
      const j = rng.intn(2) === 0 ? Math.min(toks.length - 1, i + 1 + rng.intn(4)) : rng.intn(toks.length);
      if (i === j) return undefined;
      const [a, b] = i < j ? [toks[i]!, toks[j]!] : [toks[j]!, toks[i]!];
      let s = splice(text, ...at(b), a.text);
      s = splice(s, ...at(a), b.text);
      return { text: s, op };
    }
    case "ident-replace": {
      const names = toks.map((t, k) => ({ t, k })).filter((x) => x.t.kind === "name");
      if (names.length === 0) return undefined;
      const { t, k } = pick(rng, names);
      // Names of the same top-level declaration, package-level names (declaration 0 is the
      // package clause and imports' neighbours), and the predeclared ones.
      const same = names.filter((x) => decl[x.k] === decl[k] && x.t.text !== t.text).map((x) => x.t.text);
      const pkg = names.filter((x) => x.k > 0 && toks[x.k - 1]!.kind === "keyword" && /^(func|var|const|type)$/.test(toks[x.k - 1]!.text)).map((x) => x.t.text);
      const r = rng.intn(10);
      const cands = r < 6 && same.length > 0 ? same : r < 8 && pkg.length > 0 ? pkg : PREDECLARED;
      return { text: splice(text, ...at(t), pick(rng, cands)), op };
    }
    case "lit-extreme": {
      const lits = toks.filter((t) => t.kind === "literal");
      if (lits.length === 0) return undefined;
      const t = pick(rng, lits);
      const c = t.text[0]!;
      const same = c === '"' || c === "`" ? STRING_EXTREMES : c === "'" ? RUNE_EXTREMES : INT_EXTREMES;
      const r = rng.intn(10);
      const lit = r < 7 ? pick(rng, same) : r < 8 ? hugeString(rng) : pick(rng, [...INT_EXTREMES, ...STRING_EXTREMES, ...RUNE_EXTREMES]);
      return { text: splice(text, ...at(t), lit), op };
    }
    case "op-swap": {
      const ops = toks.filter((t) => t.kind === "op" || t.kind === "assignop" || t.kind === "incop" || t.kind === "*" || t.kind === "<-" || t.kind === "=" || t.kind === ":=");
      if (ops.length === 0) return undefined;
      const t = pick(rng, ops);
      const group = t.kind === "incop" ? ["++", "--"]
        : t.kind === "assignop" || t.kind === "=" || t.kind === ":=" ? ASSIGNOPS
        : t.text === "!" || t.kind === "<-" ? UNOPS : BINOPS;
      return { text: splice(text, ...at(t), pick(rng, group)), op };
    }
    default:
      return undefined;
  }
}

// ---- Syntax mutations (tree-sitter-go) --------------------------------------------------------

interface Shape {
  /** Statements of each statement list, as [start, end) offsets. */
  lists: [number, number][][];
  /** Operands: expressions in a value position. */
  operands: [number, number][];
}

const OPERAND_PARENTS = new Set([
  "binary_expression", "unary_expression", "argument_list", "parenthesized_expression",
  "index_expression", "return_statement", "send_statement", "if_statement", "literal_element",
  "keyed_element", "expression_case", "inc_statement",
]);

function isExpr(type: string): boolean {
  return type.endsWith("_expression") || type.endsWith("_literal") || type === "identifier" ||
    type === "true" || type === "false" || type === "nil" || type === "iota";
}

function shape(parser: Parser, text: string): Shape {
  const out: Shape = { lists: [], operands: [] };
  const tree = parser.parse(text);
  if (!tree) return out;
  try {
    const stack: TSNode[] = [tree.rootNode];
    while (stack.length > 0) {
      const n = stack.pop()!;
      if (n.type === "statement_list") {
        const stmts = n.namedChildren.filter((k): k is TSNode => k !== null && k.type !== "comment" && k.type !== "ERROR");
        if (stmts.length > 0) out.lists.push(stmts.map((k) => [k.startIndex, k.endIndex]));
      }
      const p = n.parent;
      if (p && isExpr(n.type) && n.type !== "func_literal" && !n.hasError) {
        let ok = OPERAND_PARENTS.has(p.type);
        // The right-hand side of an assignment or declaration, never the left.
        if (p.type === "expression_list") {
          const gp = p.parent;
          ok = gp !== null && (gp.type === "return_statement" || p.startIndex !== gp.startIndex);
        }
        if (ok) out.operands.push([n.startIndex, n.endIndex]);
      }
      for (const k of n.namedChildren) if (k) stack.push(k);
    }
  } finally {
    tree.delete();
  }
  return out;
}

const WRAPPERS: [string, (body: string) => string][] = [
  ["for", (b) => `for {\n${b}\n}`],
  ["go", (b) => `go func() {\n${b}\n}()`],
  ["defer", (b) => `defer func() {\n${b}\n}()`],
  ["func", (b) => `func() {\n${b}\n}()`],
  ["for3", (b) => `for i := 0; i < 3; i++ {\n${b}\n}`],
  ["for-range", (b) => `for range [2]struct{}{} {\n${b}\n}`],
  ["if", (b) => `if true {\n${b}\n}`],
  ["block", (b) => `{\n${b}\n}`],
  ["select", (b) => `select {\ndefault:\n${b}\n}`],
  ["switch", (b) => `switch {\ncase true:\n${b}\n}`],
  ["goto", (b) => `fuzzL:\n${b}\nif false { goto fuzzL }`],
];

function syntaxMutation(op: MutationName, text: string, rng: Prng, parser: Parser): { text: string; op: string } | undefined {
  const sh = shape(parser, text);
  switch (op) {
    case "stmt-dup": {
      if (sh.lists.length === 0) return undefined;
      const [a, b] = pick(rng, pick(rng, sh.lists));
      return { text: splice(text, b, b, "; " + text.slice(a, b)), op };
    }
    case "wrap": {
      if (sh.lists.length === 0) return undefined;
      const list = pick(rng, sh.lists);
      const i = rng.intn(list.length);
      const j = Math.min(list.length - 1, i + (rng.intn(2) === 0 ? 0 : rng.intn(list.length - i)));
      const a = list[i]![0];
      const b = list[j]![1];
      const [name, wrap] = pick(rng, WRAPPERS);
      return { text: splice(text, a, b, wrap(text.slice(a, b))), op: `wrap-${name}` };
    }
    case "nest-expr": {
      if (sh.operands.length === 0) return undefined;
      const [a, b] = pick(rng, sh.operands);
      const x = text.slice(a, b);
      const n = pick(rng, [1, 2, 3, 8, 64, 500, 2000]);
      if (rng.intn(4) === 0 && x.length < 64) {
        const k = Math.min(n, 500);
        return { text: splice(text, a, b, `(${x}${` + ${x}`.repeat(k)})`), op: `chain-expr(${k})` };
      }
      return { text: splice(text, a, b, "(".repeat(n) + x + ")".repeat(n)), op: `nest-expr(${n})` };
    }
    default:
      return undefined;
  }
}

// ---- Bombs ------------------------------------------------------------------------------------

interface Bomb {
  name: string;
  text: string;
}

// Real Go 1.19 compiles a 100,000-deep parenthesis nest in 2.5 s, but needs 14 s for 20,000
// nested ifs and minutes for 20,000 nested struct types: deeper bombs would time out in Go too.
const DEPTHS = [10, 100, 500, 1000, 3000];

function prog(imports: string[], decls: string, body: string): string {
  const imp = imports.length > 0 ? `import (\n${imports.map((i) => `\t"${i}"\n`).join("")})\n\n` : "";
  return `package main\n\n${imp}${decls}\nfunc main() {\n${body}\n}\n`;
}

/** Each bomb takes the PRNG and returns [name, program]. */
const BOMBS: ((rng: Prng) => [string, string])[] = [
  // Nesting bombs.
  (rng) => {
    const d = pick(rng, [...DEPTHS, 10000, 100000]);
    return [`paren-nest(${d})`, prog([], "", `x := ${"(".repeat(d)}1${")".repeat(d)}\nprintln(x)`)];
  },
  (rng) => {
    const d = pick(rng, DEPTHS);
    return [`if-nest(${d})`, prog([], "", `x := 0\n${"if x == 0 {\n".repeat(d)}println("deep")\n${"}\n".repeat(d)}`)];
  },
  (rng) => {
    const d = pick(rng, DEPTHS);
    return [`funclit-nest(${d})`, prog([], "", `${"func() {\n".repeat(d)}println("deep")\n${"}()\n".repeat(d)}`)];
  },
  (rng) => {
    const d = pick(rng, DEPTHS);
    return [`block-nest(${d})`, prog([], "", `x := 1\n${"{\n".repeat(d)}x++\n${"}\n".repeat(d)}println(x)`)];
  },
  (rng) => {
    const d = pick(rng, DEPTHS);
    return [`for-nest(${d})`, prog([], "", `n := 0\n${"for i := 0; i < 1; i++ {\n".repeat(d)}n++\n${"}\n".repeat(d)}println(n)`)];
  },
  (rng) => {
    const d = pick(rng, DEPTHS);
    return [`binary-chain(${d})`, prog([], "", `x := 1\ny := x${" + x".repeat(d)}\nprintln(y)`)];
  },
  (rng) => {
    const d = pick(rng, DEPTHS.slice(0, 4));
    const kind = pick(rng, ["slice", "ptr", "map", "chan", "struct"]);
    const t = kind === "slice" ? "[]".repeat(d) + "int"
      : kind === "ptr" ? "*".repeat(d) + "int"
      : kind === "map" ? "map[int]".repeat(d) + "int"
      : kind === "chan" ? "chan ".repeat(d) + "int"
      : "struct{ a ".repeat(d) + "int" + " }".repeat(d);
    return [`type-nest-${kind}(${d})`, prog(["fmt"], `var v ${t}\n`, `fmt.Printf("%T %v\\n", v, v)`)];
  },
  (rng) => {
    const d = pick(rng, DEPTHS.slice(0, 4));
    return [`composite-nest(${d})`, prog(["fmt"], "type T struct{ n *T }\n", `v := ${"&T{".repeat(d)}nil${"}".repeat(d)}\nfmt.Println(v != nil)`)];
  },
  (rng) => {
    const n = pick(rng, [100, 1000, 5000]);
    const cases = Array.from({ length: n }, (_, i) => `case ${i}:\n\tx += ${i}\n`).join("");
    return [`switch-cases(${n})`, prog([], "", `x := 0\nswitch x {\n${cases}}\nprintln(x)`)];
  },
  (rng) => {
    const n = pick(rng, [100, 1000, 5000]);
    const vars = Array.from({ length: n }, (_, i) => `v${i} := ${i}\n_ = v${i}\n`).join("");
    return [`many-locals(${n})`, prog([], "", vars)];
  },
  (rng) => {
    const n = pick(rng, [100, 1000, 5000]);
    const fs = Array.from({ length: n }, (_, i) => `func f${i}() int { return ${i === 0 ? 0 : `f${i - 1}() + 1`} }\n`).join("");
    return [`call-chain(${n})`, prog([], fs, `println(f${n - 1}())`)];
  },
  // Huge types and allocations.
  (rng) => {
    const size = pick(rng, ["1<<20", "1<<30", "1<<40", "1<<50", "1<<62", "1e9", "1<<31 - 1"]);
    const elem = pick(rng, ["byte", "int64", "struct{}", "[1<<20]byte", "string", "*int"]);
    const where = pick(rng, ["global", "local", "new", "make", "composite", "compare"]);
    const body = where === "global" ? `a[1] = a[0]\nprintln(len(a))`
      : where === "local" ? `var a [${size}]${elem}\na[1] = a[0]\nprintln(len(a))`
      : where === "new" ? `p := new([${size}]${elem})\nprintln(len(p))`
      : where === "make" ? `s := make([]${elem}, ${size})\nprintln(len(s))`
      : where === "composite" ? `a := [${size}]${elem}{}\nprintln(len(a))`
      : `var a, b [${size}]${elem}\nprintln(a == b)`;
    return [`huge-array-${where}`, prog([], where === "global" ? `var a [${size}]${elem}\n` : "", body)];
  },
  (rng) => {
    const what = pick(rng, ["map", "chan", "string", "slice-cap", "repeat", "bytes-repeat"]);
    const n = pick(rng, ["1<<40", "1<<62", "-1", "1<<31"]);
    const body = what === "map" ? `m := make(map[int]int, ${n})\nprintln(len(m))`
      : what === "chan" ? `c := make(chan [1024]byte, ${n})\nprintln(cap(c))`
      : what === "string" ? `s := string(make([]byte, ${n}))\nprintln(len(s))`
      : what === "slice-cap" ? `s := make([]int, 0, ${n})\nprintln(cap(s))`
      : what === "repeat" ? `n := ${n}\ns := strings.Repeat("x", n)\nprintln(len(s))`
      : `n := ${n}\nb := bytes.Repeat([]byte("xy"), n)\nprintln(len(b))`;
    const imports = what === "repeat" ? ["strings"] : what === "bytes-repeat" ? ["bytes"] : [];
    return [`huge-make-${what}`, prog(imports, "", body)];
  },
  (rng) => {
    const what = pick(rng, ["append", "double-string", "map-grow", "list", "append-self", "builder", "closures"]);
    const body = what === "append" ? `var s [][]byte\nfor {\n\ts = append(s, make([]byte, 1<<20))\n}`
      : what === "double-string" ? `s := "x"\nfor {\n\ts += s\n}`
      : what === "map-grow" ? `m := map[int][]int{}\nfor i := 0; ; i++ {\n\tm[i] = make([]int, 100)\n}`
      : what === "list" ? `type node struct{ next *node; pad [64]byte }\nvar head *node\nfor {\n\thead = &node{next: head}\n}`
      : what === "append-self" ? `b := []byte("ab")\nfor {\n\tb = append(b, b...)\n}`
      : what === "builder" ? `var sb strings.Builder\nfor {\n\tsb.WriteString("0123456789abcdef")\n}`
      : `var fs []func() int\nfor i := 0; ; i++ {\n\tx := i\n\tfs = append(fs, func() int { return x })\n}`;
    return [`alloc-${what}`, prog(what === "builder" ? ["strings"] : [], "", body)];
  },
  // Goroutine bombs.
  (rng) => {
    const what = pick(rng, ["block", "sleep", "fork", "spin", "alloc", "chain"]);
    const decls = what === "fork" ? "func f() {\n\tgo f()\n\tgo f()\n\tselect {}\n}\n"
      : what === "chain" ? "func f(c chan int) {\n\td := make(chan int)\n\tgo f(d)\n\tc <- <-d\n}\n" : "";
    const body = what === "block" ? `for {\n\tgo func() { select {} }()\n}`
      : what === "sleep" ? `for {\n\tgo func() { time.Sleep(time.Hour) }()\n}`
      : what === "fork" ? `go f()\nselect {}`
      : what === "spin" ? `for i := 0; i < 100000; i++ {\n\tgo func() {\n\t\tfor {\n\t\t}\n\t}()\n}\ntime.Sleep(time.Second)`
      : what === "alloc" ? `for {\n\tgo func() {\n\t\tb := make([]byte, 1<<16)\n\t\t_ = b\n\t\tselect {}\n\t}()\n}`
      : `c := make(chan int)\ngo f(c)\nprintln(<-c)`;
    return [`goroutines-${what}`, prog(what === "sleep" || what === "spin" ? ["time"] : [], decls, body)];
  },
  // Loops without yield points.
  (rng) => {
    const what = pick(rng, ["empty", "incr", "callee", "goroutine", "nested", "wrap-int", "float", "label"]);
    const decls = what === "callee" ? "func spin(x int) int {\n\tfor {\n\t\tx = x*3 + 1\n\t\tif x == 7 {\n\t\t\treturn x\n\t\t}\n\t}\n}\n" : "";
    const body = what === "empty" ? `for {\n}`
      : what === "incr" ? `x := 0\nfor {\n\tx++\n}`
      : what === "callee" ? `println(spin(2))`
      : what === "goroutine" ? `go func() {\n\tfor {\n\t}\n}()\nch := make(chan int)\n<-ch`
      : what === "nested" ? `n := 0\nfor i := 0; i < 1<<40; i++ {\n\tfor j := 0; j < 1<<40; j++ {\n\t\tn += i ^ j\n\t}\n}\nprintln(n)`
      : what === "wrap-int" ? `var i int8\nfor i = 0; i < 100 || i >= 100; i++ {\n}`
      : what === "float" ? `x := 0.0\nfor x != 1 {\n\tx += 0.1\n}`
      : `L:\n\tgoto L`;
    return [`noyield-loop-${what}`, prog([], decls, body)];
  },
  // Recursion bombs.
  (rng) => {
    const what = pick(rng, ["plain", "bigframe", "mutual", "method", "closure", "goroutine", "defer", "stringer"]);
    const decls = what === "plain" ? "func f(n int) int { return f(n+1) + 1 }\n"
      : what === "bigframe" ? "func f(a [1000]int) int { a[0]++; return f(a) + 1 }\n"
      : what === "mutual" ? "func f(n int) int { return g(n) + 1 }\nfunc g(n int) int { return f(n) + 1 }\n"
      : what === "method" ? "type T struct{}\ntype I interface{ M() int }\nfunc (t T) M() int { var i I = t; return i.M() + 1 }\n"
      : what === "closure" ? "var f func(int) int\n"
      : what === "goroutine" ? "func f(n int, c chan int) { f(n+1, c); c <- n }\n"
      : what === "defer" ? "func f(n int) { defer f(n + 1) }\n"
      : "type T struct{ x int }\nfunc (t T) String() string { return fmt.Sprintf(\"%v\", t) }\n";
    const body = what === "plain" || what === "mutual" ? `println(f(0))`
      : what === "bigframe" ? `println(f([1000]int{}))`
      : what === "method" ? `println(T{}.M())`
      : what === "closure" ? `f = func(n int) int { return f(n+1) + 1 }\nprintln(f(0))`
      : what === "goroutine" ? `c := make(chan int)\ngo f(0, c)\nprintln(<-c)`
      : what === "defer" ? `f(0)`
      : `fmt.Println(T{1})`;
    return [`recursion-${what}`, prog(what === "stringer" ? ["fmt"] : [], decls, body)];
  },
  // Output bombs.
  (rng) => {
    const what = pick(rng, ["fmt", "println", "write", "printf-big", "goroutines"]);
    const body = what === "fmt" ? `for i := 0; ; i++ {\n\tfmt.Println("hello", i)\n}`
      : what === "println" ? `for {\n\tprintln("to stderr forever")\n}`
      : what === "write" ? `b := []byte(strings.Repeat("x", 1<<16))\nfor {\n\tos.Stdout.Write(b)\n}`
      : what === "printf-big" ? `fmt.Printf("%0*d\\n", 1<<30, 1)`
      : `for i := 0; i < 4; i++ {\n\tgo func(i int) {\n\t\tfor {\n\t\t\tfmt.Print(i)\n\t\t}\n\t}(i)\n}\nselect {}`;
    const imports = what === "write" ? ["os", "strings"] : what === "println" ? [] : ["fmt"];
    return [`print-${what}`, prog(imports, "", body)];
  },
  // Constant and type bombs in the checker.
  (rng) => {
    const what = pick(rng, ["shift", "exp", "mul", "recursive-type", "recursive-array", "iface-cycle", "const-chain"]);
    const decls = what === "shift" ? "const c = 1 << 100000000\n"
      : what === "exp" ? "const c = 1e1000000000\n"
      : what === "mul" ? `const c = ${"1e300 * ".repeat(2000)}1\n`
      : what === "recursive-type" ? "type T struct{ a T }\n"
      : what === "recursive-array" ? "type T [len(T{})]int\n"
      : what === "iface-cycle" ? "type I interface{ J }\ntype J interface{ I }\n"
      : Array.from({ length: 2000 }, (_, i) => `const c${i + 1} = c${i} * 2\n`).join("") + "const c0 = 1\nconst c = c2000 >> 1990\n";
    const body = what === "recursive-type" || what === "recursive-array" ? "var t T\n_ = t" : what === "iface-cycle" ? "var i I\n_ = i" : "println(c > 0)";
    return [`const-${what}`, prog([], decls, body)];
  },
  // Panic bombs.
  (rng) => {
    const what = pick(rng, ["defer-chain", "huge-value", "recover-loop", "nil-map", "goexit"]);
    const decls = what === "defer-chain" ? "func f(n int) {\n\tif n == 0 {\n\t\tpanic(0)\n\t}\n\tdefer func() { panic(n) }()\n\tf(n - 1)\n}\n" : "";
    const body = what === "defer-chain" ? `f(${pick(rng, [10, 1000, 100000])})`
      : what === "huge-value" ? `panic(strings.Repeat("boom", 1<<20))`
      : what === "recover-loop" ? `for i := 0; ; i++ {\n\tfunc() {\n\t\tdefer func() { recover() }()\n\t\tvar m map[int]int\n\t\tm[i] = i\n\t}()\n}`
      : what === "nil-map" ? `var m map[string]int\nm["a"]++`
      : `defer println("deferred")\nruntime.Goexit()`;
    const imports = what === "huge-value" ? ["strings"] : what === "goexit" ? ["runtime"] : [];
    return [`panic-${what}`, prog(imports, decls, body)];
  },
  // Synchronisation bombs.
  (rng) => {
    const what = pick(rng, ["rwmutex", "mutex-unlock", "wg-negative", "close-twice", "select-many", "timers"]);
    const body = what === "rwmutex" ? `var mu sync.RWMutex\nvar wg sync.WaitGroup\nfor i := 0; i < 50; i++ {\n\twg.Add(1)\n\tgo func(i int) {\n\t\tdefer wg.Done()\n\t\tfor k := 0; k < 100; k++ {\n\t\t\tif (i+k)%3 == 0 {\n\t\t\t\tmu.Lock()\n\t\t\t\tmu.Unlock()\n\t\t\t} else {\n\t\t\t\tmu.RLock()\n\t\t\t\tmu.RUnlock()\n\t\t\t}\n\t\t}\n\t}(i)\n}\nwg.Wait()\nprintln("done")`
      : what === "mutex-unlock" ? `var mu sync.Mutex\nmu.Unlock()`
      : what === "wg-negative" ? `var wg sync.WaitGroup\nwg.Done()`
      : what === "close-twice" ? `c := make(chan int)\nclose(c)\nclose(c)`
      : what === "select-many" ? `cs := make([]chan int, 1000)\nfor i := range cs {\n\tcs[i] = make(chan int, 1)\n\tgo func(c chan int) { c <- 1 }(cs[i])\n}\nn := 0\nfor _, c := range cs {\n\tselect {\n\tcase v := <-c:\n\t\tn += v\n\t}\n}\nprintln(n)`
      : `for i := 0; i < 100000; i++ {\n\ttime.AfterFunc(time.Duration(i)*time.Millisecond, func() {})\n}\ntime.Sleep(time.Hour)`;
    const imports = what === "timers" ? ["time"] : what === "close-twice" || what === "select-many" ? [] : ["sync"];
    return [`sync-${what}`, prog(imports, "", body)];
  },
];

export function makeBomb(rng: Prng): Bomb {
  const [name, text] = pick(rng, BOMBS)(rng);
  return { name, text };
}

/** The number of bomb families (for tests). */
export const BOMB_FAMILIES = BOMBS.length;
