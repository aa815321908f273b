// A Go tokenizer with gc's lexical error messages, used beside tree-sitter.
//
// Models cmd/compile/internal/syntax/scanner.go and source.go (Go 1.19): next, ident,
// number, invalidSep, rune, stdString, rawString, escape and comment skipping, including
// automatic semicolon insertion ("newline" / "EOF" semicolons).
//
// Why a second scanner: tree-sitter-go accepts some literals gc rejects (`08`, `1__0`, `'ab'`)
// and its ERROR nodes do not say which token gc would complain about. The token stream lets
// parse-error.ts name the offending token exactly as gc's syntaxErrorAt does ("unexpected
// newline", "unexpected literal 2", "unexpected name x"...).
//
// Terms:
//   - Tok.desc: the token as gc's syntaxErrorAt names it after "unexpected ".
//   - Tok.off: the code-unit offset of the token in the JS string (for matching tree-sitter).
//   - line/col: Go positions (1-based, byte columns).
//
// Simplifications vs gc: invalid UTF-8 and NUL bytes are not seen here (the text is already
// a JS string; source.ts handles encoding); //line directives are ignored.

import type { Diagnostic } from "./diag.js";
import type { PCtx } from "./parse-ctx.js";

type TokKind =
  | "name" | "literal" | "op" | "assignop" | "incop" | "=" | ":=" | "<-" | "*"
  | "(" | "[" | "{" | ")" | "]" | "}" | "," | ";" | ":" | "." | "..." | "keyword" | "EOF";

export interface Tok {
  kind: TokKind;
  text: string; // the token's source text ("" for an automatic semicolon)
  desc: string; // gc's name for it in "unexpected X"
  off: number;
  line: number;
  col: number;
}

const KEYWORDS = new Set([
  "break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough",
  "for", "func", "go", "goto", "if", "import", "interface", "map", "package", "range",
  "return", "select", "struct", "switch", "type", "var",
]);

/** Operators longest first; [text, kind]. */
const OPERATORS: [string, TokKind][] = [
  ["<<=", "assignop"], [">>=", "assignop"], ["&^=", "assignop"], ["...", "..."],
  ["&&", "op"], ["||", "op"], ["<-", "<-"], ["++", "incop"], ["--", "incop"], ["==", "op"],
  ["!=", "op"], ["<=", "op"], [">=", "op"], [":=", ":="], ["+=", "assignop"], ["-=", "assignop"],
  ["*=", "assignop"], ["/=", "assignop"], ["%=", "assignop"], ["&=", "assignop"], ["|=", "assignop"],
  ["^=", "assignop"], ["<<", "op"], [">>", "op"], ["&^", "op"], ["+", "op"], ["-", "op"],
  ["*", "*"], ["/", "op"], ["%", "op"], ["&", "op"], ["|", "op"], ["^", "op"], ["<", "op"],
  [">", "op"], ["=", "="], ["!", "op"], ["~", "op"], ["(", "("], ["[", "["], ["{", "{"],
  [")", ")"], ["]", "]"], ["}", "}"], [",", ","], [";", ";"], [":", ":"], [".", "."],
];

/** The scanner state; positions advance by code units and bytes together. */
export class Scanner {
  readonly toks: Tok[] = [];
  readonly errors: Diagnostic[] = [];
  private i = 0;
  private line = 1;
  private col = 1; // byte column of src[i]
  private nlsemi = false;

  constructor(private readonly c: PCtx) {}

  get src(): string {
    return this.c.src;
  }

  /** The current character, or "" at EOF. */
  private get ch(): string {
    return this.src[this.i] ?? "";
  }

  private nextch(): void {
    const code = this.src.charCodeAt(this.i);
    if (Number.isNaN(code)) return;
    if (code === 10) {
      this.line++;
      this.col = 1;
      this.i++;
      return;
    }
    const cp = this.src.codePointAt(this.i)!;
    this.i += cp > 0xffff ? 2 : 1;
    this.col += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }

  errorf(msg: string): void {
    this.errors.push({ pos: { file: this.c.file, line: this.line, col: this.col }, msg });
  }

  private errorAt(t: { line: number; col: number }, byteOff: number, msg: string): void {
    this.errors.push({ pos: { file: this.c.file, line: t.line, col: t.col + byteOff }, msg });
  }

  /** Scans the whole file. */
  scanAll(): void {
    if (this.src.charCodeAt(0) === 0xfeff) this.nextch();
    for (;;) {
      const t = this.next();
      this.toks.push(t);
      if (t.kind === "EOF") return;
    }
  }

  private next(): Tok {
    const nlsemi = this.nlsemi;
    this.nlsemi = false;
    for (;;) {
      while (this.ch === " " || this.ch === "\t" || this.ch === "\r" || (this.ch === "\n" && !nlsemi)) this.nextch();
      const start = { off: this.i, line: this.line, col: this.col };
      const ch = this.ch;
      if (ch === "") return nlsemi ? this.tok(start, ";", "EOF", "") : this.tok(start, "EOF", "EOF", "");
      if (ch === "\n") {
        this.nextch();
        return this.tok(start, ";", "newline", "");
      }
      if (ch === "/" && this.src[this.i + 1] === "/") {
        while (this.ch !== "" && this.ch !== "\n") this.nextch();
        continue;
      }
      if (ch === "/" && this.src[this.i + 1] === "*") {
        this.nextch();
        this.nextch();
        this.skipComment(start);
        if (this.line > start.line && nlsemi) return this.tok(start, ";", "newline", "");
        continue;
      }
      const t = this.token(start);
      if (t) return t;
    }
  }

  private tok(start: { off: number; line: number; col: number }, kind: TokKind, desc: string, text?: string): Tok {
    const t: Tok = { kind, text: text ?? this.src.slice(start.off, this.i), desc, off: start.off, line: start.line, col: start.col };
    return t;
  }

  /** One non-space, non-comment token, or undefined after an invalid character. */
  private token(start: { off: number; line: number; col: number }): Tok | undefined {
    const ch = this.ch;
    if (isLetter(ch) || (ch.charCodeAt(0) >= 0x80 && this.atIdentChar(true))) return this.ident(start);
    if (isDecimal(ch) || (ch === "." && isDecimal(this.src[this.i + 1] ?? ""))) {
      this.number(start);
      this.nlsemi = true;
      return this.tok(start, "literal", "literal " + this.src.slice(start.off, this.i));
    }
    if (ch === '"' || ch === "`" || ch === "'") {
      if (ch === '"') this.stdString(start);
      else if (ch === "`") this.rawString(start);
      else this.rune(start);
      this.nlsemi = true;
      return this.tok(start, "literal", "literal " + this.src.slice(start.off, this.i));
    }
    for (const [text, kind] of OPERATORS) {
      if (!this.src.startsWith(text, this.i)) continue;
      for (let k = 0; k < text.length; k++) this.nextch();
      this.nlsemi = kind === ")" || kind === "]" || kind === "}" || kind === "incop";
      return this.tok(start, kind, opDesc(text, kind));
    }
    const cp = this.src.codePointAt(this.i)!;
    this.errorf(`invalid character ${fmtU(cp)}`);
    this.nextch();
    return undefined;
  }

  private ident(start: { off: number; line: number; col: number }): Tok {
    this.nextch();
    for (;;) {
      const ch = this.ch;
      if (isLetter(ch) || isDecimal(ch)) this.nextch();
      else if (ch.charCodeAt(0) >= 0x80 && this.atIdentChar(false)) this.nextch();
      else break;
    }
    const text = this.src.slice(start.off, this.i);
    if (KEYWORDS.has(text)) {
      this.nlsemi = text === "break" || text === "continue" || text === "fallthrough" || text === "return";
      return this.tok(start, "keyword", text);
    }
    this.nlsemi = true;
    return this.tok(start, "name", text);
  }

  private atIdentChar(first: boolean): boolean {
    const cp = this.src.codePointAt(this.i)!;
    const s = String.fromCodePoint(cp);
    if (/\p{L}/u.test(s) || s === "_") return true;
    if (/\p{Nd}/u.test(s)) {
      if (first) this.errorf(`identifier cannot begin with digit ${fmtU(cp)}`);
      return true;
    }
    if (cp >= 0x80) {
      this.errorf(`invalid character ${fmtU(cp)} in identifier`);
      return true;
    }
    return false;
  }

  private skipComment(start: { line: number; col: number }): void {
    while (this.ch !== "") {
      while (this.ch === "*") {
        this.nextch();
        if ((this.ch as string) === "/") {
          this.nextch();
          return;
        }
      }
      this.nextch();
    }
    this.errorAt(start, 0, "comment not terminated");
  }

  /** syntax.scanner.digits; returns digsep bits and records the first invalid digit. */
  private digits(base: number, inv: { at: number }, start: { col: number }): number {
    let digsep = 0;
    if (base <= 10) {
      const max = String.fromCharCode(48 + base);
      while (isDecimal(this.ch) || this.ch === "_") {
        let ds = 1;
        if (this.ch === "_") ds = 2;
        else if (this.ch >= max && inv.at < 0) inv.at = this.col - start.col;
        digsep |= ds;
        this.nextch();
      }
    } else {
      while (isHex(this.ch) || this.ch === "_") {
        digsep |= this.ch === "_" ? 2 : 1;
        this.nextch();
      }
    }
    return digsep;
  }

  /** syntax.scanner.number: validates a numeric literal, reporting gc's errors. */
  private number(start: { off: number; line: number; col: number }): void {
    let ok = true;
    let kind = "int";
    let base = 10;
    let prefix = "";
    let digsep = 0;
    const inv = { at: -1 };
    let seenPoint = false;
    if (this.ch === ".") {
      seenPoint = true;
      this.nextch();
    } else {
      if (this.ch === "0") {
        this.nextch();
        const l = this.ch.toLowerCase();
        if (l === "x" || l === "o" || l === "b") {
          this.nextch();
          base = l === "x" ? 16 : l === "o" ? 8 : 2;
          prefix = l;
        } else {
          base = 8;
          prefix = "0";
          digsep = 1;
        }
      }
      digsep |= this.digits(base, inv, start);
      if (this.ch === ".") {
        if (prefix === "o" || prefix === "b") {
          this.errorf(`invalid radix point in ${baseName(base)} literal`);
          ok = false;
        }
        this.nextch();
        seenPoint = true;
      }
    }
    if (seenPoint) {
      kind = "float";
      digsep |= this.digits(base, inv, start);
    }
    if ((digsep & 1) === 0 && ok) {
      this.errorf(`${baseName(base)} literal has no digits`);
      ok = false;
    }
    const e = this.ch.toLowerCase();
    if (e === "e" || e === "p") {
      if (ok && e === "e" && prefix !== "" && prefix !== "0") {
        this.errorf(`'${this.ch}' exponent requires decimal mantissa`);
        ok = false;
      } else if (ok && e === "p" && prefix !== "x") {
        this.errorf(`'${this.ch}' exponent requires hexadecimal mantissa`);
        ok = false;
      }
      this.nextch();
      kind = "float";
      if (this.ch === "+" || this.ch === "-") this.nextch();
      digsep = this.digits(10, { at: 0 }, start) | (digsep & 2);
      if ((digsep & 1) === 0 && ok) {
        this.errorf("exponent has no digits");
        ok = false;
      }
    } else if (prefix === "x" && kind === "float" && ok) {
      this.errorf("hexadecimal mantissa requires a 'p' exponent");
      ok = false;
    }
    if (this.ch === "i") {
      kind = "imag";
      this.nextch();
    }
    const lit = this.src.slice(start.off, this.i);
    if (kind === "int" && inv.at >= 0 && ok) {
      this.errorAt(start, inv.at, `invalid digit '${lit[inv.at]}' in ${baseName(base)} literal`);
      ok = false;
    }
    if ((digsep & 2) !== 0 && ok) {
      const i = invalidSep(lit);
      if (i >= 0) this.errorAt(start, i, "'_' must separate successive digits");
    }
  }

  private rune(start: { line: number; col: number }): void {
    let ok = true;
    this.nextch();
    for (let n = 0; ; n++) {
      const ch = this.ch;
      if (ch === "'") {
        if (ok && n === 0) this.errorf("empty rune literal or unescaped '");
        else if (ok && n !== 1) this.errorAt(start, 0, "more than one character in rune literal");
        this.nextch();
        return;
      }
      if (ch === "\\") {
        this.nextch();
        if (!this.escape("'")) ok = false;
        continue;
      }
      if (ch === "\n") {
        if (ok) this.errorf("newline in rune literal");
        return;
      }
      if (ch === "") {
        if (ok) this.errorAt(start, 0, "rune literal not terminated");
        return;
      }
      this.nextch();
    }
  }

  private stdString(start: { line: number; col: number }): void {
    this.nextch();
    for (;;) {
      const ch = this.ch;
      if (ch === '"') {
        this.nextch();
        return;
      }
      if (ch === "\\") {
        this.nextch();
        this.escape('"');
        continue;
      }
      if (ch === "\n") {
        this.errorf("newline in string");
        return;
      }
      if (ch === "") {
        this.errorAt(start, 0, "string not terminated");
        return;
      }
      this.nextch();
    }
  }

  private rawString(start: { line: number; col: number }): void {
    this.nextch();
    for (;;) {
      if (this.ch === "`") {
        this.nextch();
        return;
      }
      if (this.ch === "") {
        this.errorAt(start, 0, "string not terminated");
        return;
      }
      this.nextch();
    }
  }

  /** syntax.scanner.escape. */
  private escape(quote: string): boolean {
    const ch = this.ch;
    let n: number;
    let base: number;
    let max: number;
    if (ch === quote || "abfnrtv\\".includes(ch) && ch !== "") {
      this.nextch();
      return true;
    } else if (ch >= "0" && ch <= "7" && ch.length === 1) {
      [n, base, max] = [3, 8, 255];
    } else if (ch === "x" || ch === "u" || ch === "U") {
      this.nextch();
      [n, base, max] = ch === "x" ? [2, 16, 255] : ch === "u" ? [4, 16, 0x10ffff] : [8, 16, 0x10ffff];
    } else {
      if (ch === "") return true;
      this.errorf("unknown escape");
      return false;
    }
    let x = 0;
    for (let i = n; i > 0; i--) {
      const c = this.ch;
      if (c === "") return true;
      let d = base;
      if (isDecimal(c)) d = c.charCodeAt(0) - 48;
      else if (isHex(c)) d = c.toLowerCase().charCodeAt(0) - 87;
      if (d >= base) {
        this.errorf(`invalid character ${goQuoteRune(c)} in ${baseName(base)} escape`);
        return false;
      }
      x = x * base + d;
      this.nextch();
    }
    if (x > max && base === 8) {
      this.errorf(`octal escape value ${x} > 255`);
      return false;
    }
    if (x > max || (x >= 0xd800 && x < 0xe000)) {
      this.errorf(`escape is invalid Unicode code point ${fmtU(x)}`);
      return false;
    }
    return true;
  }
}

/** Tokenizes the file (errors ignored). */
export function tokenize(c: PCtx): Tok[] {
  const s = new Scanner(c);
  s.scanAll();
  return s.toks;
}

function opDesc(text: string, kind: TokKind): string {
  if (kind === ",") return "comma";
  if (kind === ";") return "semicolon";
  return text;
}

function isLetter(ch: string): boolean {
  return (ch >= "a" && ch <= "z") || (ch >= "A" && ch <= "Z") || ch === "_";
}

function isDecimal(ch: string): boolean {
  return ch.length === 1 && ch >= "0" && ch <= "9";
}

function isHex(ch: string): boolean {
  return isDecimal(ch) || (ch.length === 1 && ch.toLowerCase() >= "a" && ch.toLowerCase() <= "f");
}

function baseName(base: number): string {
  return base === 2 ? "binary" : base === 8 ? "octal" : base === 10 ? "decimal" : "hexadecimal";
}

/** syntax.invalidSep: the index of the first misplaced '_' in a literal, or -1. */
function invalidSep(x: string): number {
  let x1 = " ";
  let d = ".";
  let i = 0;
  if (x.length >= 2 && x[0] === "0") {
    x1 = x[1]!.toLowerCase();
    if (x1 === "x" || x1 === "o" || x1 === "b") {
      d = "0";
      i = 2;
    }
  }
  for (; i < x.length; i++) {
    const p = d;
    d = x[i]!;
    if (d === "_") {
      if (p !== "0") return i;
    } else if (isDecimal(d) || (x1 === "x" && isHex(d))) {
      d = "0";
    } else {
      if (p === "_") return i - 1;
      d = ".";
    }
  }
  return d === "_" ? x.length - 1 : -1;
}

/** Go's %#U: "U+20AC '€'". */
function fmtU(cp: number): string {
  const hex = cp.toString(16).toUpperCase().padStart(4, "0");
  const printable = cp >= 0x20 && cp !== 0x7f && !(cp >= 0x80 && cp < 0xa0) && !(cp >= 0xd800 && cp < 0xe000) && cp <= 0x10ffff;
  return printable ? `U+${hex} '${String.fromCodePoint(cp)}'` : `U+${hex}`;
}

/** Go's %q for a rune (ASCII cases). */
function goQuoteRune(c: string): string {
  if (c === "\n") return "'\\n'";
  if (c === "'") return "'\\''";
  if (c === "\\") return "'\\\\'";
  return `'${c}'`;
}
