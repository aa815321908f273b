// Expressions and type expressions: tree-sitter-go nodes → go/ast-shaped Expr nodes.
//
// Models the expression half of go/parser (Go 1.19): parseOperand, parsePrimaryExpr,
// parseBinaryExpr, parseType and friends. tree-sitter-go already did the parsing; this file
// maps its node kinds onto go/ast's, which are fewer and more uniform:
//   - identifiers, `iota`, `nil`, `true`, `false` and type names all become Ident;
//   - unary `*x` becomes StarExpr, as in go/ast (pointer types too);
//   - a conversion `T(x)` (tree-sitter's type_conversion_expression) becomes a CallExpr;
//   - slice types, arrays and `[...]T` all become ArrayType;
//   - generic instantiations become IndexExpr (one argument) or IndexListExpr (several).
//
// In constraints, as in go/parser: `A | B` is a BinaryExpr with op "|", and `~T` a UnaryExpr
// with op "~".

import type * as ast from "./ast.js";
import { parseBlock } from "./parse-stmt.js";
import { parseFieldList, parseParams, parseResults } from "./parse-decl.js";
import {
  type PCtx,
  type TSNode,
  field,
  ident,
  kids,
  lastTokPos,
  token,
  tokPos,
  tokens,
} from "./parse-ctx.js";

const LITERALS: Record<string, ast.BasicLit["tok"]> = {
  int_literal: "INT",
  float_literal: "FLOAT",
  imaginary_literal: "IMAG",
  rune_literal: "CHAR",
  interpreted_string_literal: "STRING",
  raw_string_literal: "STRING",
};

/** Converts any expression or type node. Unknown or broken nodes become BadExpr. */
export function parseExpr(c: PCtx, n: TSNode | undefined): ast.Expr {
  if (!n) return { kind: "BadExpr", pos: { file: c.file, line: 1, col: 1 } };
  const pos = c.pos(n);
  const lit = LITERALS[n.type];
  if (lit) return { kind: "BasicLit", pos, tok: lit, value: n.text };
  switch (n.type) {
    case "identifier": {
      const lit = c.typeOperands.get(`${pos.line}:${pos.col}`);
      if (lit !== undefined) return lit();
      return { kind: "Ident", pos, name: n.text };
    }
    case "type_identifier":
    case "field_identifier":
    case "package_identifier":
    case "iota":
    case "nil":
    case "true":
    case "false":
      return { kind: "Ident", pos, name: n.text };
    case "parenthesized_expression":
    case "parenthesized_type":
      return { kind: "ParenExpr", pos, x: parseExpr(c, kids(n)[0]) };
    case "selector_expression":
      return {
        kind: "SelectorExpr",
        pos,
        x: parseExpr(c, field(n, "operand")),
        sel: identOf(c, field(n, "field")),
      };
    case "qualified_type":
      return {
        kind: "SelectorExpr",
        pos,
        x: identOf(c, field(n, "package")),
        sel: identOf(c, field(n, "name")),
      };
    case "unary_expression":
      return parseUnary(c, n, pos);
    case "binary_expression":
      return parseBinary(c, n, pos);
    default:
      return parseCompound(c, n, pos);
  }
}

/** Expressions with more structure: calls, indexing, literals, types. */
function parseCompound(c: PCtx, n: TSNode, pos: ast.Pos): ast.Expr {
  switch (n.type) {
    case "call_expression":
      return parseCall(c, n, pos);
    case "type_conversion_expression":
      return parseConversion(c, n, pos);
    case "index_expression":
      return {
        kind: "IndexExpr",
        pos,
        x: parseExpr(c, field(n, "operand")),
        index: parseExpr(c, field(n, "index")),
        lbrack: tokPos(c, n, "["),
      };
    case "slice_expression":
      return parseSlice(c, n, pos);
    case "type_assertion_expression":
      return {
        kind: "TypeAssertExpr",
        pos,
        x: parseExpr(c, field(n, "operand")),
        type: parseExpr(c, field(n, "type")),
        lparen: tokPos(c, n, "("),
      };
    case "type_instantiation_expression":
      return instantiate(c, pos, parseExpr(c, field(n, "type")), typeArgNodes(n));
    case "composite_literal":
      return parseCompositeLit(c, n, pos);
    case "func_literal":
      return {
        kind: "FuncLit",
        pos,
        type: parseFuncType(c, n, pos),
        body: parseBlock(c, field(n, "body")),
      };
    default:
      return parseTypeExpr(c, n, pos);
  }
}

/** Type expressions. */
function parseTypeExpr(c: PCtx, n: TSNode, pos: ast.Pos): ast.Expr {
  switch (n.type) {
    case "pointer_type":
      return { kind: "StarExpr", pos, x: parseExpr(c, kids(n)[0]) };
    case "array_type":
      return {
        kind: "ArrayType",
        pos,
        len: parseExpr(c, field(n, "length")),
        elt: parseExpr(c, field(n, "element")),
      };
    case "implicit_length_array_type":
      return {
        kind: "ArrayType",
        pos,
        len: { kind: "Ellipsis", pos: tokPos(c, n, "...") },
        elt: parseExpr(c, field(n, "element")),
      };
    case "slice_type":
      return { kind: "ArrayType", pos, elt: parseExpr(c, field(n, "element")) };
    case "map_type":
      return {
        kind: "MapType",
        pos,
        key: parseExpr(c, field(n, "key")),
        value: parseExpr(c, field(n, "value")),
      };
    case "channel_type":
      return leftmostChan({ kind: "ChanType", pos, dir: chanDir(n), value: parseExpr(c, field(n, "value")) });
    case "struct_type":
      return { kind: "StructType", pos, fields: parseFieldList(c, kids(n)[0]) };
    case "interface_type":
      return { kind: "InterfaceType", pos, methods: parseInterfaceElems(c, n) };
    case "function_type":
      return parseFuncType(c, n, pos);
    case "generic_type":
      return instantiate(c, pos, parseExpr(c, field(n, "type")), typeArgNodes(n));
    case "type_elem":
    case "type_constraint":
      return parseUnion(c, n);
    case "negated_type":
      return { kind: "UnaryExpr", pos, op: "~", x: parseExpr(c, kids(n)[0]) };
    default:
      // ERROR nodes and anything unknown.
      return { kind: "BadExpr", pos };
  }
}

function identOf(c: PCtx, n: TSNode | undefined): ast.Ident {
  if (!n) return { kind: "Ident", pos: { file: c.file, line: 1, col: 1 }, name: "_" };
  return ident(c, n);
}

function parseUnary(c: PCtx, n: TSNode, pos: ast.Pos): ast.Expr {
  const op = field(n, "operator")?.type ?? "";
  const x = parseExpr(c, field(n, "operand"));
  if (op === "*") return { kind: "StarExpr", pos, x };
  return { kind: "UnaryExpr", pos, op: op as ast.UnaryOp, x };
}

function parseBinary(c: PCtx, n: TSNode, pos: ast.Pos): ast.Expr {
  const opNode = field(n, "operator");
  return {
    kind: "BinaryExpr",
    pos,
    op: (opNode?.type ?? "+") as ast.BinaryOp,
    x: parseExpr(c, field(n, "left")),
    y: parseExpr(c, field(n, "right")),
    opPos: opNode ? c.pos(opNode) : pos,
  };
}

function parseCall(c: PCtx, n: TSNode, pos: ast.Pos): ast.CallExpr {
  let fun = parseExpr(c, field(n, "function"));
  const targs = field(n, "type_arguments");
  if (targs) fun = instantiate(c, pos, fun, kids(targs));
  const argList = field(n, "arguments");
  const args: ast.Expr[] = [];
  let hasEllipsis = false;
  for (const a of argList ? kids(argList) : []) {
    if (a.type === "variadic_argument") {
      hasEllipsis = true;
      args.push(parseExpr(c, kids(a)[0]));
    } else args.push(parseExpr(c, a));
  }
  return {
    kind: "CallExpr",
    pos,
    fun,
    args,
    hasEllipsis,
    lparen: argList ? tokPos(c, argList, "(") : pos,
    rparen: argList ? lastTokPos(c, argList, ")") : pos,
  };
}

/** `T(x)` where tree-sitter saw T as a type: go/ast has no conversion node, only calls. */
function parseConversion(c: PCtx, n: TSNode, pos: ast.Pos): ast.Expr {
  const operand = field(n, "operand");
  const dots = token(n, "...");
  const fun = parseExpr(c, field(n, "type"));
  const call = (f: ast.Expr, at: ast.Pos): ast.CallExpr => ({
    kind: "CallExpr",
    pos: at,
    fun: f,
    args: operand ? [parseExpr(c, operand)] : [],
    hasEllipsis: dots !== undefined,
    lparen: tokPos(c, n, "("),
    rparen: lastTokPos(c, n, ")"),
  });
  // tree-sitter reads *(*T)(x) as a conversion to **T; Go's parser reads a leading * as the
  // unary operator applied to the call: *((*T)(x)).
  if (fun.kind === "StarExpr") return { kind: "StarExpr", pos, x: call(fun.x, fun.x.pos) };
  return call(fun, pos);
}

function parseSlice(c: PCtx, n: TSNode, pos: ast.Pos): ast.SliceExpr {
  const opt = (name: string): ast.Expr | undefined => {
    const k = field(n, name);
    return k ? parseExpr(c, k) : undefined;
  };
  return {
    kind: "SliceExpr",
    pos,
    x: parseExpr(c, field(n, "operand")),
    low: opt("start"),
    high: opt("end"),
    max: opt("capacity"),
    slice3: tokens(n, ":").length === 2,
    lbrack: tokPos(c, n, "["),
  };
}

/** The type argument nodes of a generic_type or type_instantiation_expression. */
function typeArgNodes(n: TSNode): TSNode[] {
  const targs = field(n, "type_arguments");
  if (targs) return kids(targs);
  const ty = field(n, "type");
  return kids(n).filter((k) => !ty || k.startIndex !== ty.startIndex);
}

function instantiate(c: PCtx, pos: ast.Pos, x: ast.Expr, args: TSNode[]): ast.Expr {
  const indices = args.map((a) => parseExpr(c, a));
  if (indices.length === 1) {
    return { kind: "IndexExpr", pos, x, index: indices[0]!, lbrack: indexLbrack(c, args[0]!) };
  }
  // tree-sitter-go reads `*G[A, B]` as an instantiation of `*G`; the index binds tighter than
  // the unary *, so it is *(G[A, B]) (`(*G[A, B]).M`, a method expression).
  if (x.kind === "StarExpr") return { ...x, x: { kind: "IndexListExpr", pos: x.x.pos, x: x.x, indices } };
  return { kind: "IndexListExpr", pos, x, indices };
}

/** The '[' before a type argument: the previous sibling of its type_arguments list's first. */
function indexLbrack(c: PCtx, first: TSNode): ast.Pos {
  const prev = first.previousSibling;
  return prev && prev.type === "[" ? c.pos(prev) : c.pos(first);
}

/** `A | B | C` inside a type_elem or type_constraint, left-associative as in go/parser. */
function parseUnion(c: PCtx, n: TSNode): ast.Expr {
  const terms = kids(n);
  const bars = tokens(n, "|");
  let x = parseExpr(c, terms[0]);
  for (let i = 1; i < terms.length; i++) {
    const bar = bars[i - 1];
    const y = parseExpr(c, terms[i]);
    x = { kind: "BinaryExpr", pos: x.pos, op: "|", x, y, opPos: bar ? c.pos(bar) : y.pos };
  }
  return x;
}

/**
 * The spec's rule that `<-` goes with the leftmost chan possible: `chan<- chan int` is
 * `chan<- (chan int)`. tree-sitter-go reads `chan` `<-chan int` instead (a bidirectional
 * channel of receive-only channels); unparenthesized, that reading is turned around, down the
 * chain (`chan<- chan<- chan int`). `chan (<-chan int)` keeps its parentheses (a ParenExpr).
 */
function leftmostChan(t: ast.ChanType): ast.ChanType {
  const v = t.value;
  if (t.dir !== "both" || v.kind !== "ChanType" || v.dir !== "recv") return t;
  return { ...t, dir: "send", value: leftmostChan({ kind: "ChanType", pos: v.pos, dir: "both", value: v.value }) };
}

function chanDir(n: TSNode): ast.ChanDir {
  const first = n.child(0);
  const arrow = token(n, "<-");
  if (!arrow) return "both";
  return first && first.type === "<-" ? "recv" : "send";
}

function parseCompositeLit(c: PCtx, n: TSNode, pos: ast.Pos): ast.CompositeLit {
  const ty = field(n, "type");
  const body = field(n, "body");
  const lit = parseLiteralValue(c, body ?? n);
  return { ...lit, pos, type: ty ? parseExpr(c, ty) : undefined };
}

/** A `{...}` literal_value; its type is elided when it is nested inside another literal. */
function parseLiteralValue(c: PCtx, n: TSNode): ast.CompositeLit {
  const elts: ast.Expr[] = [];
  for (const e of kids(n)) {
    if (e.type === "keyed_element") {
      const key = parseElement(c, field(e, "key"));
      elts.push({ kind: "KeyValueExpr", pos: key.pos, key, value: parseElement(c, field(e, "value")) });
    } else elts.push(parseElement(c, e));
  }
  return {
    kind: "CompositeLit",
    pos: c.pos(n),
    elts,
    lbrace: tokPos(c, n, "{"),
    rbrace: lastTokPos(c, n, "}"),
  };
}

function parseElement(c: PCtx, n: TSNode | undefined): ast.Expr {
  if (!n) return parseExpr(c, n);
  const inner = n.type === "literal_element" ? kids(n)[0] : n;
  if (inner && inner.type === "literal_value") return parseLiteralValue(c, inner);
  return parseExpr(c, inner);
}

/** The signature of a func_literal, function_type or method_elem. pos is the `func` keyword
 *  (or, for an interface method, the method's parameter list). */
export function parseFuncType(c: PCtx, n: TSNode, pos: ast.Pos): ast.FuncType {
  return {
    kind: "FuncType",
    pos,
    params: parseParams(c, field(n, "parameters")),
    results: parseResults(c, field(n, "result")),
  };
}

/** Interface elements: method specs (one name, a FuncType) and embedded types or unions. */
function parseInterfaceElems(c: PCtx, n: TSNode): ast.Field[] {
  const out: ast.Field[] = [];
  for (const e of kids(n)) {
    if (e.type === "method_elem") {
      const name = identOf(c, field(e, "name"));
      const params = field(e, "parameters");
      const type = parseFuncType(c, e, params ? c.pos(params) : name.pos);
      out.push({ pos: name.pos, names: [name], type });
    } else {
      const type = e.type === "type_elem" ? parseUnion(c, e) : parseExpr(c, e);
      out.push({ pos: c.pos(e), names: [], type });
    }
  }
  return out;
}
