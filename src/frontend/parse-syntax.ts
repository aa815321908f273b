// A recognizer that replays gc's parser over gc's tokens to find the first syntax error.
//
// Models cmd/compile/internal/syntax/parser.go (Go 1.19): fileOrNil, the declaration, type,
// expression and statement productions, and their error messages (syntaxErrorAt's
// "unexpected X, expecting Y" / "unexpected X in Z" forms and the special messages). It
// builds no tree beyond what gc's decisions need (is this a name? a type? a value? an
// assignment?), and stops at the first syntax error: gc's recovery (advance) is not modelled.
//
// Why: tree-sitter-go has no semicolon insertion and recovers differently, so its ERROR nodes
// rarely sit where gc complains. Replaying gc's own grammar gives gc's token and message.
// tree-sitter still builds the AST; this module only decides the diagnostics.
//
// Terms:
//   - xnest: gc's expression nesting level; -1 inside if/for/switch headers, where `T{` is not
//     a composite literal.
//   - non-syntax errors: gc's parser also reports a few errors without the "syntax error: "
//     prefix (receivers, go/defer operands, 3-index slices); those are collected and parsing
//     goes on.
//
// Simplification: the generic-syntax ambiguities (type parameter lists vs array lengths) are
// decided as gc does for the common shapes only.

import type * as ast from "./ast.js";
import type { Diagnostic } from "./diag.js";
import type { PCtx } from "./parse-ctx.js";
import type { Tok } from "./parse-scan.js";

/** A minimal syntax node: its gc kind, position, source span and the parts decisions need. */
interface N {
  k: string;
  pos: ast.Pos;
  /** A Selector's '.', where gc positions it. */
  dot?: ast.Pos;
  off: number;
  end: number;
  x?: N;
  y?: N;
  op?: string;
  list?: N[];
}

class SyntaxStop extends Error {}

const PREC: Record<string, number> = {
  "||": 1, "&&": 2, "==": 3, "!=": 3, "<": 3, "<=": 3, ">": 3, ">=": 3,
  "+": 4, "-": 4, "|": 4, "^": 4, "*": 5, "/": 5, "%": 5, "<<": 5, ">>": 5, "&": 5, "&^": 5,
};

export class SyntaxChecker {
  readonly errors: Diagnostic[] = [];
  /** Source offsets of the ";" of empty init statements (`switch ; x {`, `if ; c {`), which
   *  gc accepts and tree-sitter-go does not: the parser blanks them before tree-sitter. */
  readonly emptyInits: number[] = [];
  /** Source spans [off, end) of the type literals that are the operand of a selector, as in
   *  the method expression `interface{ M() }.M` or `(*struct{ T }).M`, which tree-sitter-go
   *  does not parse: the parser stands an identifier in for each (parser.ts). */
  readonly typeOperands: { off: number; end: number }[] = [];
  private i = 0;
  private xnest = 0;

  constructor(private readonly c: PCtx, private readonly toks: Tok[]) {}

  /** Runs fileOrNil; returns the errors found (at most one syntax error). */
  run(): Diagnostic[] {
    try {
      this.file();
    } catch (e) {
      if (!(e instanceof SyntaxStop)) throw e;
    }
    return this.errors;
  }

  // ---- token access -------------------------------------------------------------------

  private get t(): Tok {
    return this.toks[Math.min(this.i, this.toks.length - 1)]!;
  }

  /** gc's token identity: keywords by text, everything else by kind. */
  private cur(): string {
    const t = this.t;
    return t.kind === "keyword" ? t.text : t.kind;
  }

  private isOp(op: string): boolean {
    return this.t.kind === "op" && this.t.text === op;
  }

  private pos(): ast.Pos {
    return { file: this.c.file, line: this.t.line, col: this.t.col };
  }

  private next(): void {
    if (this.i < this.toks.length - 1) this.i++;
  }

  private got(tok: string): boolean {
    if (this.cur() !== tok) return false;
    this.next();
    return true;
  }

  private want(tok: string): void {
    if (!this.got(tok)) this.syntaxError("expecting " + tokstring(tok));
  }

  private gotAssign(): boolean {
    if (this.cur() === ":=") this.syntaxError("expecting =");
    return this.got("=");
  }

  /** gc's syntaxErrorAt; always stops the recognizer. */
  private syntaxErrorAt(pos: ast.Pos, msg: string): never {
    if (msg.startsWith("in ") || msg.startsWith("at ") || msg.startsWith("after ")) msg = " " + msg;
    else if (msg.startsWith("expecting ")) msg = ", " + msg;
    else {
      this.errors.push({ pos, msg: "syntax error: " + msg });
      throw new SyntaxStop();
    }
    this.errors.push({ pos, msg: "syntax error: unexpected " + this.t.desc + msg });
    throw new SyntaxStop();
  }

  private syntaxError(msg: string): never {
    return this.syntaxErrorAt(this.pos(), msg);
  }

  private errorAt(pos: ast.Pos, msg: string): void {
    this.errors.push({ pos, msg });
  }

  private node(k: string, start: Tok, extra?: Partial<N>): N {
    const prev = this.toks[this.i - 1] ?? start;
    const end = prev.off + prev.text.length;
    return { k, pos: { file: this.c.file, line: start.line, col: start.col }, off: start.off, end, ...extra };
  }

  // ---- declarations -------------------------------------------------------------------

  private file(): void {
    if (!this.got("package")) this.syntaxError("package statement must be first");
    this.name();
    this.want(";");
    while (this.got("import")) {
      this.appendGroup(() => this.importDecl());
      this.want(";");
    }
    let lastEmptyFunc = false;
    while (this.cur() !== "EOF") {
      const tok = this.cur();
      if (tok === "const" || tok === "type" || tok === "var") {
        this.next();
        this.appendGroup(() => (tok === "const" ? this.constDecl() : tok === "type" ? this.typeDecl() : this.varDecl()));
        lastEmptyFunc = false;
      } else if (tok === "func") {
        this.next();
        lastEmptyFunc = !this.funcDecl();
      } else if (tok === "{" && lastEmptyFunc) {
        this.syntaxError("unexpected semicolon or newline before {");
      } else {
        this.syntaxError("non-declaration statement outside function body");
      }
      if (this.cur() !== "EOF" && !this.got(";")) this.syntaxError("after top level declaration");
    }
  }

  private appendGroup(f: () => void): void {
    if (this.got("(")) this.list("grouped declaration", ";", ")", () => (f(), false));
    else f();
  }

  /** gc's list: elements separated by sep until close. */
  private list(context: string, sep: string, close: string, f: () => boolean): void {
    let done = false;
    while (this.cur() !== "EOF" && this.cur() !== close && !done) {
      done = f();
      if (!this.got(sep) && this.cur() !== close) {
        this.syntaxError(`in ${context}; possibly missing ${tokstring(sep)} or ${tokstring(close)}`);
      }
    }
    this.want(close);
  }

  private importDecl(): void {
    if (this.cur() === "name") this.next();
    else if (this.cur() === ".") this.next();
    if (this.cur() !== "literal") this.syntaxError("missing import path");
    if (!/^["`]/.test(this.t.text)) this.syntaxError("import path must be a string");
    this.next();
  }

  private constDecl(): void {
    this.nameList();
    if (this.cur() !== "EOF" && this.cur() !== ";" && this.cur() !== ")") {
      this.typeOrNil();
      if (this.gotAssign()) this.exprList();
    }
  }

  private varDecl(): void {
    this.nameList();
    if (this.gotAssign()) this.exprList();
    else {
      this.type_();
      if (this.gotAssign()) this.exprList();
    }
  }

  private typeDecl(): void {
    this.name();
    let typ: N | undefined;
    if (this.cur() === "[") {
      const start = this.t;
      this.next();
      if (this.cur() === "name") {
        let x = this.name();
        if (this.cur() !== "[") {
          this.xnest++;
          x = this.binaryExpr(this.pexpr(x, false), 0);
          this.xnest--;
        }
        const [pname, ptype] = extractName(x, this.cur() === ",");
        if (pname && (ptype || this.cur() !== "]")) {
          this.paramList(pname, ptype, "]", true);
          this.gotAssign();
          typ = this.typeOrNil();
        } else typ = this.arrayType(start, x);
      } else if (this.got("]")) typ = this.type_();
      else typ = this.arrayType(start, undefined);
    } else {
      this.gotAssign();
      typ = this.typeOrNil();
    }
    if (!typ) this.syntaxError("in type declaration");
  }

  /** Returns true when the function has a body. */
  private funcDecl(): boolean {
    let method = false;
    if (this.cur() === "(") {
      this.next();
      method = true;
      const rcvr = this.paramList(undefined, undefined, ")", false);
      if (rcvr.length === 0) this.errorAt(this.pos(), "method has no receiver");
      else if (rcvr.length > 1) this.errorAt(this.pos(), "method has multiple receivers");
    }
    if (this.cur() !== "name") this.syntaxError("expecting name or (");
    this.name();
    this.funcType(method ? "method" : "");
    if (this.cur() === "{") {
      this.funcBody();
      return true;
    }
    return false;
  }

  private funcBody(): void {
    const outer = this.xnest;
    this.xnest = 0;
    this.blockStmt("");
    this.xnest = outer;
  }

  // ---- names and lists ----------------------------------------------------------------

  private name(): N {
    if (this.cur() !== "name") this.syntaxError("expecting name");
    const t = this.t;
    this.next();
    return this.node("Name", t);
  }

  private nameList(): void {
    this.name();
    while (this.got(",")) this.name();
  }

  private qualifiedName(name: N | undefined): N {
    const start = name ? undefined : this.t;
    let x = name ?? (this.cur() === "name" ? this.name() : this.syntaxError("expecting name"));
    if (this.cur() === ".") {
      this.next();
      this.name();
      x = this.node("Selector", start ?? this.toks[this.tokIndex(x)]!, { x });
    }
    if (this.cur() === "[") x = this.typeInstance(x);
    return x;
  }

  /** The index of n's first token: the last token at or before the current one that starts
   *  at or before n. A binary search, since n may start any number of tokens back
   *  (((((1))))). */
  private tokIndex(n: N): number {
    let lo = 0;
    let hi = Math.min(this.i, this.toks.length - 1);
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.toks[mid]!.off <= n.off) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private exprList(): N {
    const x = this.expr();
    if (!this.got(",")) return x;
    const list = [x, this.expr()];
    while (this.got(",")) list.push(this.expr());
    return { ...x, k: "List", list, end: list[list.length - 1]!.end };
  }

  private typeList(): [N, boolean] {
    this.xnest++;
    let x = this.expr();
    let comma = false;
    if (this.got(",")) {
      comma = true;
      const t = this.typeOrNil();
      if (t) {
        while (this.got(",")) if (!this.typeOrNil()) break;
        x = { ...x, k: "List" };
      }
    }
    this.xnest--;
    return [x, comma];
  }

  // ---- expressions --------------------------------------------------------------------

  expr(): N {
    return this.binaryExpr(undefined, 0);
  }

  private binaryExpr(x: N | undefined, prec: number): N {
    let l = x ?? this.unaryExpr();
    for (;;) {
      const t = this.t;
      const p = t.kind === "op" || t.kind === "*" ? PREC[t.text] ?? 0 : 0;
      if (p <= prec) return l;
      this.next();
      const y = this.binaryExpr(undefined, p);
      l = { k: "Operation", pos: l.pos, off: l.off, end: y.end, x: l, y, op: t.text };
    }
  }

  private unaryExpr(): N {
    const t = this.t;
    if ((t.kind === "op" || t.kind === "*") && ["*", "+", "-", "!", "^", "~", "&"].includes(t.text)) {
      this.next();
      const x = this.unaryExpr();
      return { k: "Operation", pos: this.node("", t).pos, off: t.off, end: x.end, x, op: t.text };
    }
    if (t.kind === "<-") {
      this.next();
      const x = this.unaryExpr();
      if (x.k === "ChanType") return x;
      return { k: "Operation", pos: this.node("", t).pos, off: t.off, end: x.end, x, op: "<-" };
    }
    return this.pexpr(undefined, true);
  }

  private operand(keepParens: boolean): N {
    const t = this.t;
    switch (this.cur()) {
      case "name":
        return this.name();
      case "literal":
        this.next();
        return this.node("BasicLit", t);
      case "(": {
        this.next();
        this.xnest++;
        const x = this.expr();
        this.xnest--;
        this.want(")");
        if (this.cur() === "{") keepParens = true;
        return keepParens ? this.node("Paren", t, { x }) : x;
      }
      case "func": {
        this.next();
        this.funcType("function type");
        if (this.cur() === "{") {
          this.xnest++;
          this.funcBody();
          this.xnest--;
          return this.node("FuncLit", t);
        }
        return this.node("FuncType", t);
      }
      case "[": case "chan": case "map": case "struct": case "interface":
        return this.type_();
      default:
        return this.syntaxError("expecting expression");
    }
  }

  private pexpr(x0: N | undefined, keepParens: boolean): N {
    let x = x0 ?? this.operand(keepParens);
    const start = this.toks[this.tokIndex(x)]!;
    for (;;) {
      switch (this.cur()) {
        case ".": {
          const dot = this.t;
          this.next();
          if (this.cur() === "name") {
            const lit = typeLiteral(x);
            if (lit !== undefined) this.typeOperands.push({ off: lit.off, end: lit.end });
            this.name();
            // gc's SelectorExpr is positioned at its '.' (syntax.SelectorExpr.pos).
            x = this.node("Selector", start, { x, dot: { file: this.c.file, line: dot.line, col: dot.col } });
          } else if (this.got("(")) {
            if (this.got("type")) x = this.node("TypeSwitchGuard", start, { x });
            else {
              this.type_();
              x = this.node("Assert", start, { x });
            }
            this.want(")");
            x = { ...x, end: this.node("", start).end };
          } else this.syntaxError("expecting name or (");
          break;
        }
        case "[":
          x = this.indexOrSlice(x, start);
          break;
        case "(":
          this.next();
          this.argList();
          x = this.node("Call", start, { x });
          break;
        case "{": {
          const t = unparen(x);
          let ok = false;
          if (t.k === "Name" || t.k === "Selector") ok = this.xnest >= 0;
          else if (t.k === "Index") ok = this.xnest >= 0 && !isValue(t);
          else ok = ["ArrayType", "SliceType", "StructType", "MapType"].includes(t.k);
          if (!ok) return x;
          if (t !== x) this.syntaxError("cannot parenthesize type in composite literal");
          this.complitexpr();
          x = this.node("CompositeLit", start, { x });
          break;
        }
        default:
          return x;
      }
    }
  }

  private indexOrSlice(x: N, start: Tok): N {
    this.next();
    if (this.cur() === "]") this.syntaxError("expecting operand");
    let i: N | undefined;
    if (this.cur() !== ":") {
      const [idx, comma] = this.typeList();
      i = idx;
      if (comma || this.cur() === "]") {
        this.want("]");
        return this.node("Index", start, { x, y: i });
      }
    }
    if (!this.got(":")) this.syntaxError("expecting comma, : or ]");
    this.xnest++;
    let mid = false;
    if (this.cur() !== ":" && this.cur() !== "]") {
      this.expr();
      mid = true;
    }
    if (this.cur() === ":") {
      if (!mid) this.errorAt(this.pos(), "middle index required in 3-index slice");
      this.next();
      if (this.cur() !== "]") this.expr();
      else this.errorAt(this.pos(), "final index required in 3-index slice");
    }
    this.xnest--;
    this.want("]");
    return this.node("Slice", start, { x });
  }

  private argList(): void {
    this.xnest++;
    this.list("argument list", ",", ")", () => {
      this.expr();
      return this.got("...");
    });
    this.xnest--;
  }

  private bareComplitexpr(): void {
    if (this.cur() === "{") this.complitexpr();
    else this.expr();
  }

  private complitexpr(): void {
    this.xnest++;
    this.want("{");
    this.list("composite literal", ",", "}", () => {
      this.bareComplitexpr();
      if (this.got(":")) this.bareComplitexpr();
      return false;
    });
    this.xnest--;
  }

  // ---- types --------------------------------------------------------------------------

  private type_(): N {
    return this.typeOrNil() ?? this.syntaxError("expecting type");
  }

  typeOrNil(): N | undefined {
    const t = this.t;
    switch (this.cur()) {
      case "*":
        this.next();
        return this.node("Operation", t, { x: this.type_(), op: "*" });
      case "<-":
        this.next();
        this.want("chan");
        this.chanElem();
        return this.node("ChanType", t);
      case "func":
        this.next();
        this.funcType("function type");
        return this.node("FuncType", t);
      case "[":
        this.next();
        if (this.got("]")) {
          this.type_();
          return this.node("SliceType", t);
        }
        return this.arrayType(t, undefined);
      case "chan":
        this.next();
        this.got("<-");
        this.chanElem();
        return this.node("ChanType", t);
      case "map":
        this.next();
        this.want("[");
        this.type_();
        this.want("]");
        this.type_();
        return this.node("MapType", t);
      case "struct":
        return this.structType();
      case "interface":
        return this.interfaceType();
      case "name":
        return this.qualifiedName(undefined);
      case "(": {
        this.next();
        const x = this.type_();
        this.want(")");
        return x;
      }
      default:
        return undefined;
    }
  }

  private typeInstance(x: N): N {
    const start = this.toks[this.tokIndex(x)]!;
    this.want("[");
    if (this.cur() === "]") this.syntaxError("expecting type");
    this.typeList();
    this.want("]");
    return this.node("Index", start, { x });
  }

  private funcType(context: string): void {
    const pos = this.pos();
    if (this.got("[")) {
      if (context !== "") this.syntaxErrorAt(pos, context + " must have no type parameters");
      if (this.cur() === "]") this.syntaxError("empty type parameter list");
      this.paramList(undefined, undefined, "]", true);
    }
    this.want("(");
    this.paramList(undefined, undefined, ")", false);
    if (this.got("(")) this.paramList(undefined, undefined, ")", false);
    else this.typeOrNil();
  }

  private arrayType(start: Tok, len: N | undefined): N {
    if (!len && !this.got("...")) {
      this.xnest++;
      this.expr();
      this.xnest--;
    }
    if (this.cur() === ",") this.syntaxError("unexpected comma; expecting ]");
    this.want("]");
    this.type_();
    return this.node("ArrayType", start);
  }

  private chanElem(): void {
    if (!this.typeOrNil()) this.syntaxError("missing channel element type");
  }

  private structType(): N {
    const t = this.t;
    this.want("struct");
    this.want("{");
    this.list("struct type", ";", "}", () => (this.fieldDecl(), false));
    return this.node("StructType", t);
  }

  private interfaceType(): N {
    const t = this.t;
    this.want("interface");
    this.want("{");
    this.list("interface type", ";", "}", () => {
      if (this.cur() !== "name") this.embeddedElem(false);
      else if (!this.methodDecl()) this.embeddedElem(true);
      return false;
    });
    return this.node("InterfaceType", t);
  }

  private fieldDecl(): void {
    switch (this.cur()) {
      case "name": {
        const name = this.name();
        if (this.cur() === "." || this.cur() === "literal" || this.cur() === ";" || this.cur() === "}") {
          this.qualifiedName(name);
          this.oliteral();
          return;
        }
        let n = 1;
        while (this.got(",")) {
          this.name();
          n++;
        }
        if (n === 1 && this.cur() === "[") this.arrayOrTArgs();
        else this.type_();
        this.oliteral();
        return;
      }
      case "*":
        this.next();
        if (this.cur() === "(") this.syntaxError("cannot parenthesize embedded type");
        this.qualifiedName(undefined);
        this.oliteral();
        return;
      case "(":
        return this.syntaxError("cannot parenthesize embedded type");
      default:
        return this.syntaxError("expecting field name or embedded type");
    }
  }

  private oliteral(): void {
    if (this.cur() === "literal") this.next();
  }

  private arrayOrTArgs(): N {
    const t = this.t;
    this.want("[");
    if (this.got("]")) {
      this.type_();
      return this.node("SliceType", t);
    }
    const [, comma] = this.typeList();
    this.want("]");
    if (!comma && this.typeOrNil()) return this.node("ArrayType", t);
    return this.node("Index", t);
  }

  /** Returns true for a method, false for an embedded type (already parsed, `|` terms not). */
  private methodDecl(): boolean {
    const name = this.name();
    if (this.cur() === "(") {
      this.funcType("interface method");
      return true;
    }
    if (this.cur() === "[") {
      const pos = this.pos();
      this.next();
      if (this.cur() === "]") {
        const p2 = this.pos();
        this.next();
        if (this.cur() === "(") {
          this.errorAt(p2, "empty type parameter list");
          this.funcType("interface method");
          return true;
        }
        this.errorAt(p2, "empty type argument list");
        return false;
      }
      const list = this.paramList(undefined, undefined, "]", false);
      if (list.length > 0 && list[0]!.k === "Named") {
        this.funcType("interface method");
        this.errorAt(pos, "interface method must have no type parameters");
        return true;
      }
      if (list.length === 0 && this.cur() === "(") {
        this.funcType("interface method");
        return true;
      }
      return false;
    }
    this.qualifiedName(name);
    return false;
  }

  private embeddedElem(have: boolean): void {
    if (!have) this.embeddedTerm();
    while (this.isOp("|")) {
      this.next();
      this.embeddedTerm();
    }
  }

  private embeddedTerm(): void {
    if (this.isOp("~")) {
      this.next();
      this.type_();
      return;
    }
    if (!this.typeOrNil()) this.syntaxError("expecting ~ term or type");
  }

  /** gc's paramDeclOrNil; returns a Field-like node: k "Named" (name and type), "Name" or "Type". */
  private paramDeclOrNil(name0: N | undefined, follow: string): N | undefined {
    const typeSetsOk = follow === "]";
    if (!name0 && typeSetsOk && this.isOp("~")) {
      this.embeddedElem(false);
      return this.node("Type", this.t);
    }
    let name = name0;
    if (this.cur() === "name" || name) {
      name ??= this.name();
      if (this.cur() === "[") {
        const typ = this.arrayOrTArgs();
        if (typeSetsOk && this.isOp("|")) this.embeddedElem(true);
        return { ...name, k: typ.k === "Index" ? "Type" : "Named" };
      }
      if (this.cur() === ".") {
        this.qualifiedName(name);
        if (typeSetsOk && this.isOp("|")) this.embeddedElem(true);
        return { ...name, k: "Type" };
      }
      if (typeSetsOk && this.isOp("|")) {
        this.embeddedElem(true);
        return { ...name, k: "Type" };
      }
    }
    if (this.cur() === "...") {
      this.next();
      if (!this.typeOrNil()) this.syntaxError("... is missing type");
      return { ...(name ?? this.node("Type", this.t)), k: name ? "Named" : "Type" };
    }
    if (typeSetsOk && this.isOp("~")) {
      this.embeddedElem(false);
      return { ...(name ?? this.node("Type", this.t)), k: name ? "Named" : "Type" };
    }
    const typ = this.typeOrNil();
    if (typ && typeSetsOk && this.isOp("|")) this.embeddedElem(true);
    if (name && typ) return { ...name, k: "Named" };
    if (name) return { ...name, k: "Name" };
    if (typ) return { ...typ, k: "Type", y: typ };
    return this.syntaxError("expecting " + tokstring(follow));
  }

  private paramList(name: N | undefined, typ: N | undefined, close: string, requireNames: boolean): N[] {
    if (name && typ && this.cur() === close) {
      this.next();
      return [{ ...name, k: "Named" }];
    }
    const list: N[] = [];
    let named = 0;
    let typed = 0;
    let end = this.pos();
    this.list("parameter list", ",", close, () => {
      const par = typ && name ? { ...name, k: "Named" } : this.paramDeclOrNil(name, close);
      name = undefined;
      typ = undefined;
      if (par) {
        if (par.k === "Named") named++;
        if (par.k !== "Name") typed++;
        list.push(par);
      }
      if (this.cur() === close) end = this.pos();
      return false;
    });
    if (list.length === 0 || (named === 0 && !requireNames) || named === list.length) return list;
    this.mixedParams(list, named, typed, requireNames, end);
    return list;
  }

  /** The tail of gc's paramList: names without types, or a mix of named and unnamed. */
  private mixedParams(list: N[], named: number, typed: number, requireNames: boolean, end: ast.Pos): void {
    let pos: ast.Pos | undefined;
    let haveType = false;
    for (let i = list.length - 1; i >= 0; i--) {
      const par = list[i]!;
      if (par.k !== "Name") {
        haveType = true;
        if (par.k === "Type") pos = par.pos;
      } else if (!haveType) pos = par.pos;
    }
    if (!pos) return;
    if (requireNames) {
      if (named === typed) this.syntaxErrorAt(end, "missing type constraint");
      this.syntaxErrorAt(pos, "type parameters must be named");
    }
    this.syntaxErrorAt(pos, "mixed named and unnamed parameters");
  }

  // ---- statements ---------------------------------------------------------------------

  private blockStmt(context: string): void {
    if (!this.got("{")) this.syntaxError("expecting { after " + context);
    this.stmtList();
    this.want("}");
  }

  private stmtList(): void {
    while (this.cur() !== "EOF" && this.cur() !== "}" && this.cur() !== "case" && this.cur() !== "default") {
      if (!this.stmtOrNil()) break;
      if (!this.got(";") && this.cur() !== "}") this.syntaxError("at end of statement");
    }
  }

  /** Returns false where gc's stmtOrNil returns nil. */
  private stmtOrNil(): boolean {
    const t = this.t;
    if (this.cur() === "name") {
      const lhs = this.exprList();
      if (lhs.k === "Name" && this.cur() === ":") return this.labeledStmt(lhs);
      this.simpleStmt(lhs, "");
      return true;
    }
    switch (this.cur()) {
      case "var": case "const": case "type": {
        this.next();
        const tok = t.text;
        this.appendGroup(() => (tok === "const" ? this.constDecl() : tok === "type" ? this.typeDecl() : this.varDecl()));
        return true;
      }
      case "{":
        this.blockStmt("");
        return true;
      case "op": case "*":
        if (["+", "-", "*", "&", "^", "!"].includes(t.text)) {
          this.simpleStmt(undefined, "");
          return true;
        }
        return false;
      case "literal": case "func": case "(": case "[": case "struct": case "map": case "chan":
      case "interface": case "<-":
        this.simpleStmt(undefined, "");
        return true;
      default:
        return this.keywordStmt();
    }
  }

  private keywordStmt(): boolean {
    switch (this.cur()) {
      case "for":
        this.header("for");
        this.blockStmt("for clause");
        return true;
      case "switch":
        return this.switchStmt();
      case "select":
        return this.selectStmt();
      case "if":
        this.ifStmt();
        return true;
      case "fallthrough":
        this.next();
        return true;
      case "break": case "continue":
        this.next();
        if (this.cur() === "name") this.name();
        return true;
      case "go": case "defer":
        this.callStmt();
        return true;
      case "goto":
        this.next();
        this.name();
        return true;
      case "return":
        this.next();
        if (this.cur() !== ";" && this.cur() !== "}") this.exprList();
        return true;
      case ";":
        return true;
      default:
        return false;
    }
  }

  private labeledStmt(_label: N): boolean {
    const pos = this.pos();
    this.want(":");
    if (this.cur() === "}") return true;
    if (this.stmtOrNil()) return true;
    return this.syntaxErrorAt(pos, "missing statement after label");
  }

  private callStmt(): void {
    const word = this.t.text;
    this.next();
    let x = this.pexpr(undefined, this.cur() === "(");
    const t = unparen(x);
    if (t !== x) {
      this.errorAt(x.pos, `expression in ${word} must not be parenthesized`);
      x = t;
    }
    if (x.k !== "Call") this.errorAt(x.dot ?? x.pos, `expression in ${word} must be function call`);
  }

  /** gc's simpleStmt; returns a node with k "Assign"/"Define"/"OpAssign"/"Send"/"Expr"/"Range". */
  private simpleStmt(lhs0: N | undefined, keyword: string): N {
    if (keyword === "for" && this.cur() === "range") return this.rangeClause(this.t);
    const lhs = lhs0 ?? this.exprList();
    const t = this.t;
    if (lhs.k !== "List" && this.cur() !== "=" && this.cur() !== ":=") {
      switch (this.cur()) {
        case "assignop":
          this.next();
          return this.stmtNode("OpAssign", lhs, t, this.expr());
        case "incop":
          this.next();
          return this.stmtNode("IncDec", lhs, t, undefined);
        case "<-":
          this.next();
          return this.stmtNode("Send", lhs, t, this.expr());
        default:
          return { ...lhs, k: "Expr", x: lhs };
      }
    }
    if (this.cur() !== "=" && this.cur() !== ":=") this.syntaxError("expecting := or = or comma");
    this.next();
    if (keyword === "for" && this.cur() === "range") return this.rangeClause(t);
    const rhs = this.exprList();
    if (rhs.k === "TypeSwitchGuard" && keyword === "switch" && t.kind === ":=" && lhs.k === "Name") {
      return { ...rhs, k: "Expr", x: rhs };
    }
    return this.stmtNode(t.kind === ":=" ? "Define" : "Assign", lhs, t, rhs);
  }

  private stmtNode(k: string, lhs: N, op: Tok, rhs: N | undefined): N {
    const pos = { file: this.c.file, line: op.line, col: op.col };
    return { k, pos, off: lhs.off, end: rhs ? rhs.end : op.off + op.text.length, x: lhs, y: rhs, op: op.text };
  }

  private rangeClause(start: Tok): N {
    this.next();
    this.expr();
    return this.node("Range", start);
  }

  /** gc's header(keyword): the init; cond; post part of if, for and switch. */
  private header(keyword: string): void {
    this.want(keyword);
    if (this.cur() === "{") {
      if (keyword === "if") this.syntaxError("missing condition in if statement");
      return;
    }
    const outer = this.xnest;
    this.xnest = -1;
    let init: N | undefined;
    // (A for loop's empty init is a different matter: `for ; c ; p {` is tree-sitter's too.)
    if (keyword !== "for" && this.cur() === ";" && this.t.text === ";") this.emptyInits.push(this.t.off);
    if (this.cur() !== ";") {
      if (this.cur() === "var") this.syntaxError(`var declaration not allowed in ${keyword} initializer`);
      init = this.simpleStmt(undefined, keyword);
      if (init.k === "Range") {
        this.xnest = outer;
        return;
      }
    }
    let cond: N | undefined;
    let semi: Tok | undefined;
    if (this.cur() !== "{") {
      if (this.cur() === ";") {
        semi = this.t;
        this.next();
      } else this.want("{");
      if (keyword === "for") {
        if (this.cur() !== ";") {
          if (this.cur() === "{") this.syntaxError("expecting for loop condition");
          cond = this.simpleStmt(undefined, "");
        }
        this.want(";");
        if (this.cur() !== "{") {
          const post = this.simpleStmt(undefined, "");
          if (post.k === "Define") this.syntaxErrorAt(post.pos, "cannot declare in post statement of for loop");
        }
      } else if (this.cur() !== "{") cond = this.simpleStmt(undefined, keyword);
    } else cond = init;
    this.checkCond(keyword, cond, semi);
    this.xnest = outer;
  }

  private checkCond(keyword: string, cond: N | undefined, semi: Tok | undefined): void {
    if (!cond) {
      if (keyword === "if" && semi) {
        const pos = { file: this.c.file, line: semi.line, col: semi.col };
        if (semi.desc !== "semicolon") this.syntaxErrorAt(pos, `unexpected ${semi.desc}, expecting { after if clause`);
        this.syntaxErrorAt(pos, "missing condition in if statement");
      }
      return;
    }
    if (cond.k === "Expr") return;
    const src = (n: N | undefined): string => (n ? this.c.src.slice(n.off, n.end).replace(/\s+/g, " ") : "");
    const str = cond.k === "Assign" ? `assignment (${src(cond.x)}) = (${src(cond.y)})` : src(cond);
    this.syntaxErrorAt(cond.pos, `cannot use ${str} as value`);
  }

  private ifStmt(): void {
    this.header("if");
    this.blockStmt("if clause");
    if (this.got("else")) {
      if (this.cur() === "if") this.ifStmt();
      else if (this.cur() === "{") this.blockStmt("");
      else this.syntaxError("else must be followed by if or statement block");
    }
  }

  private switchStmt(): boolean {
    this.header("switch");
    if (!this.got("{")) this.syntaxError("missing { after switch clause");
    while (this.cur() !== "EOF" && this.cur() !== "}") this.caseClause(false);
    this.want("}");
    return true;
  }

  private selectStmt(): boolean {
    this.want("select");
    if (!this.got("{")) this.syntaxError("missing { after select clause");
    while (this.cur() !== "EOF" && this.cur() !== "}") this.caseClause(true);
    this.want("}");
    return true;
  }

  private caseClause(comm: boolean): void {
    if (this.got("case")) {
      if (comm) this.simpleStmt(undefined, "");
      else this.exprList();
    } else if (!this.got("default")) this.syntaxError("expecting case or default or }");
    this.want(":");
    this.stmtList();
  }
}

function tokstring(tok: string): string {
  if (tok === ",") return "comma";
  if (tok === ";") return "semicolon or newline";
  return tok;
}

/** The type literal that x is, in parentheses or behind a `*`, or undefined. */
function typeLiteral(x: N): N | undefined {
  while ((x.k === "Paren" || (x.k === "Operation" && x.op === "*")) && x.x) x = x.x;
  return TYPE_KINDS.has(x.k) ? x : undefined;
}

function unparen(x: N): N {
  while (x.k === "Paren" && x.x) x = x.x;
  return x;
}

function isValue(x: N): boolean {
  switch (x.k) {
    case "BasicLit": case "CompositeLit": case "FuncLit": case "Slice": case "Assert":
    case "TypeSwitchGuard": case "Call":
      return true;
    case "Operation":
      return x.op !== "*" || x.y !== undefined;
    case "Paren":
      return x.x ? isValue(x.x) : false;
    case "Index":
      return (x.x ? isValue(x.x) : false) || (x.y ? isValue(x.y) : false);
    default:
      return false;
  }
}

const TYPE_KINDS = new Set(["ArrayType", "StructType", "FuncType", "InterfaceType", "SliceType", "MapType", "ChanType"]);

function isTypeElem(x: N): boolean {
  if (TYPE_KINDS.has(x.k)) return true;
  if (x.k === "Operation") return (x.x ? isTypeElem(x.x) : false) || (x.y ? isTypeElem(x.y) : false) || x.op === "~";
  if (x.k === "Paren") return x.x ? isTypeElem(x.x) : false;
  return false;
}

/** gc's extractName: is `[x ...` the start of a type parameter list? */
function extractName(x: N, force: boolean): [N | undefined, N | undefined] {
  if (x.k === "Name") return [x, undefined];
  if (x.k === "Operation" && x.y) {
    if (x.op === "*" && x.x?.k === "Name" && (force || isTypeElem(x.y))) return [x.x, x.y];
    if (x.op === "|" && x.x) {
      const [name, lhs] = extractName(x.x, force || isTypeElem(x.y));
      if (name && lhs) return [name, x];
    }
  }
  if (x.k === "Call" && x.x?.k === "Name" && force) return [x.x, x];
  return [undefined, x];
}
