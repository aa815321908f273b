// Syntax errors: gc's messages, found by replaying gc's parser, with tree-sitter as a backstop.
//
// Models the error reporting of cmd/compile/internal/syntax/parser.go (Go 1.19).
// parse-syntax.ts replays gc's grammar over gc's tokens and names the first offending token
// exactly as gc does. Should it accept a file that tree-sitter-go rejects (a gap in the
// replay), the first ERROR or MISSING node is turned into "syntax error: unexpected X" at the
// gc token found there, so that a broken file is never compiled.
//
// Simplification: only the first syntax error of a file is reported (gc reports one per line
// until it has ten).

import type * as ast from "./ast.js";
import type { Diagnostic } from "./diag.js";
import { type PCtx, type TSNode, allKids, kids } from "./parse-ctx.js";
import type { Tok } from "./parse-scan.js";
import type { SyntaxChecker } from "./parse-syntax.js";

/** The parser's errors for a file: at most one syntax error, plus gc's non-syntax parser
 *  errors (receivers, go/defer operands, 3-index slices), as the replay of gc's parser found
 *  them (checker.run()); tree-sitter's first error only if the replay found none. */
export function findSyntaxErrors(c: PCtx, checker: SyntaxChecker, root: TSNode, toks: Tok[], lexicalErrors: number): Diagnostic[] {
  const errs = checker.errors;
  if (lexicalErrors > 0 || errs.some((d) => d.msg.startsWith("syntax error"))) return errs;
  const fallback = treeError(c, root, toks);
  return fallback ? [...errs, fallback] : errs;
}

function syntax(pos: ast.Pos, msg: string): Diagnostic {
  return { pos, msg: "syntax error: " + msg };
}

const LIST_CONTEXTS: Record<string, string> = {
  literal_value: "in composite literal; possibly missing comma or }",
  argument_list: "in argument list; possibly missing comma or )",
  parameter_list: "in parameter list; possibly missing comma or )",
};

/** The first ERROR or MISSING node in document order. */
function firstError(n: TSNode): TSNode | undefined {
  if (!n.hasError && !n.isMissing) return undefined;
  if (n.isError || n.isMissing) return n;
  for (const k of n.children) {
    if (!k) continue;
    const e = firstError(k);
    if (e) return e;
  }
  return undefined;
}

/** The first scanner token starting at or after off. */
function tokAt(toks: Tok[], off: number): number {
  let lo = 0;
  let hi = toks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid]!.off < off) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function tokPos(c: PCtx, t: Tok): ast.Pos {
  return { file: c.file, line: t.line, col: t.col };
}

/** A message for the first ERROR or MISSING node. */
function treeError(c: PCtx, root: TSNode, toks: Tok[]): Diagnostic | undefined {
  const e = firstError(root);
  if (!e) return undefined;
  if (e.isMissing) return missingError(c, e, toks);
  const parts = allKids(e);
  const first = parts[0];
  if (first && !first.isNamed && first.type === "else") {
    const after = toks[tokAt(toks, first.endIndex)]!;
    return syntax(tokPos(c, after), "else must be followed by if or statement block");
  }
  if (parts.length === 4 && parts.map((k) => k.type).join(" ") === ". ( type )") {
    // gc parses x.(type) anywhere; go/types then rejects it outside a type switch.
    const operand = e.previousSibling;
    return { pos: c.pos(operand ?? e), msg: "invalid AST: use of .(type) outside type switch" };
  }
  const cond = first && ["if", "for", "switch"].includes(first.type) ? parts[1] : undefined;
  if (cond && (cond.type === "assignment_statement" || cond.type === "short_var_declaration")) {
    return assignAsValue(c, cond);
  }
  return unexpectedAt(c, e, toks);
}

/** gc's header(): "cannot use assignment (x) = (2) as value" / "cannot use x := 1 as value". */
function assignAsValue(c: PCtx, s: TSNode): Diagnostic {
  const op = s.children.find((k) => k !== null && !k.isNamed && /=$/.test(k.type));
  const pos = op ? c.pos(op) : c.pos(s);
  const left = s.childForFieldName("left");
  const right = s.childForFieldName("right");
  const text = (n: TSNode | null): string => (n ? n.text.replace(/\s+/g, " ") : "");
  const str = op?.type === "=" ? `assignment (${text(left)}) = (${text(right)})` : text(s);
  return syntax(pos, `cannot use ${str} as value`);
}

function missingError(c: PCtx, e: TSNode, toks: Tok[]): Diagnostic {
  const t = toks[tokAt(toks, e.startIndex)]!;
  const pos = tokPos(c, t);
  const parent = e.parent?.type ?? "";
  const ctx = LIST_CONTEXTS[parent === "type_conversion_expression" ? "argument_list" : parent];
  if (ctx && (e.type === ")" || e.type === "}")) return syntax(pos, `unexpected ${t.desc} ${ctx}`);
  if (e.type === "}" || e.type === ")" || e.type === "]" || e.type === ":") {
    const want = e.type === "]" ? "comma, : or ]" : e.type;
    return syntax(pos, `unexpected ${t.desc}, expecting ${want}`);
  }
  return syntax(pos, `unexpected ${t.desc}`);
}

/** The general case: name the token at the start of the ERROR node. */
function unexpectedAt(c: PCtx, e: TSNode, toks: Tok[]): Diagnostic {
  let i = tokAt(toks, e.startIndex);
  const inner = kids(e);
  // An ERROR that starts with a complete expression usually means gc choked on what follows.
  if (inner[0] && inner[0].startIndex === e.startIndex && e.parent?.type === "literal_value") {
    i = tokAt(toks, inner[0].endIndex);
  }
  const t = toks[i]!;
  const pos = tokPos(c, t);
  const ctx = LIST_CONTEXTS[e.parent?.type ?? ""];
  return syntax(pos, ctx ? `unexpected ${t.desc} ${ctx}` : `unexpected ${t.desc}`);
}
