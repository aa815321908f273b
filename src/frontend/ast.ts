// The typed syntax tree gort's front end builds from tree-sitter-go's concrete tree.
//
// Models go/ast (Go 1.19). Node kinds and field names follow go/ast, so a reader who knows
// go/ast can read the checker and the compiler without a glossary. Every node carries `pos`,
// the position of its first byte; go/types reports most errors there.
//
// Terms:
//   - Pos: a 1-based line and 1-based byte column inside one source file, as `go build` prints.
//   - Expr, Stmt, Decl, Spec: the four node families of go/ast.
//
// Invariants:
//   - The tree holds no tree-sitter objects; it can outlive the parser and cross a worker boundary.
//   - Type expressions are Exprs, as in go/ast (ArrayType, MapType, ... are Expr kinds).
//   - The checker never mutates the tree; it records what it learns in types.Info side tables.
//
// Simplifications vs go/ast: no comments, no CommentGroups, no Object/Scope fields (go/ast's
// resolution is deprecated; the checker resolves identifiers).

export interface Pos {
  readonly file: string; // the file name as the user gave it, e.g. "./main.go"
  readonly line: number; // 1-based
  readonly col: number; // 1-based, in bytes, as gc counts columns
}

export type Expr =
  | BadExpr
  | Ident
  | Ellipsis
  | BasicLit
  | FuncLit
  | CompositeLit
  | ParenExpr
  | SelectorExpr
  | IndexExpr
  | IndexListExpr
  | SliceExpr
  | TypeAssertExpr
  | CallExpr
  | StarExpr
  | UnaryExpr
  | BinaryExpr
  | KeyValueExpr
  | ArrayType
  | StructType
  | FuncType
  | InterfaceType
  | MapType
  | ChanType;

export interface BadExpr { kind: "BadExpr"; pos: Pos }
export interface Ident { kind: "Ident"; pos: Pos; name: string }
/** `...T` in a parameter list, or `[...]T` in an array type (elt undefined). */
export interface Ellipsis { kind: "Ellipsis"; pos: Pos; elt?: Expr }
/** value is the literal's source text, exactly as written (e.g. "0x1F", "'a'", "`raw`"). */
export interface BasicLit {
  kind: "BasicLit";
  pos: Pos;
  tok: "INT" | "FLOAT" | "IMAG" | "CHAR" | "STRING";
  value: string;
}
export interface FuncLit { kind: "FuncLit"; pos: Pos; type: FuncType; body: BlockStmt }
/** type is undefined for elided types inside an outer composite literal. */
export interface CompositeLit {
  kind: "CompositeLit";
  pos: Pos;
  type?: Expr;
  elts: Expr[];
  lbrace: Pos;
  rbrace: Pos;
}
export interface ParenExpr { kind: "ParenExpr"; pos: Pos; x: Expr }
export interface SelectorExpr { kind: "SelectorExpr"; pos: Pos; x: Expr; sel: Ident }
export interface IndexExpr { kind: "IndexExpr"; pos: Pos; x: Expr; index: Expr; lbrack: Pos }
/** Generic instantiation with several type arguments (Pair[string, int]). */
export interface IndexListExpr { kind: "IndexListExpr"; pos: Pos; x: Expr; indices: Expr[] }
export interface SliceExpr {
  kind: "SliceExpr";
  pos: Pos;
  x: Expr;
  low?: Expr;
  high?: Expr;
  max?: Expr;
  slice3: boolean;
  lbrack: Pos;
}
/** type is undefined for `x.(type)` in a type switch. */
export interface TypeAssertExpr { kind: "TypeAssertExpr"; pos: Pos; x: Expr; type?: Expr; lparen: Pos }
/** hasEllipsis: the call ends in `...` (f(xs...)). */
export interface CallExpr {
  kind: "CallExpr";
  pos: Pos;
  fun: Expr;
  args: Expr[];
  hasEllipsis: boolean;
  lparen: Pos;
  rparen: Pos;
}
export interface StarExpr { kind: "StarExpr"; pos: Pos; x: Expr }
/** "~" appears only in constraints (~int), as go/ast's token.TILDE. */
export type UnaryOp = "+" | "-" | "!" | "^" | "*" | "&" | "<-" | "~";
export interface UnaryExpr { kind: "UnaryExpr"; pos: Pos; op: UnaryOp; x: Expr }
export type BinaryOp =
  | "+" | "-" | "*" | "/" | "%"
  | "&" | "|" | "^" | "<<" | ">>" | "&^"
  | "&&" | "||"
  | "==" | "!=" | "<" | "<=" | ">" | ">=";
/** opPos is the operator's position: go/types reports binary-operation errors there. */
export interface BinaryExpr { kind: "BinaryExpr"; pos: Pos; op: BinaryOp; x: Expr; y: Expr; opPos: Pos }
export interface KeyValueExpr { kind: "KeyValueExpr"; pos: Pos; key: Expr; value: Expr }
/** len undefined: slice type. len is an Ellipsis for [...]T. */
export interface ArrayType { kind: "ArrayType"; pos: Pos; len?: Expr; elt: Expr }
export interface StructType { kind: "StructType"; pos: Pos; fields: Field[] }
export interface FuncType {
  kind: "FuncType";
  pos: Pos;
  typeParams?: Field[];
  params: Field[];
  results: Field[];
}
/** methods holds method specs (names.length === 1, type FuncType) and embedded types (no names). */
export interface InterfaceType { kind: "InterfaceType"; pos: Pos; methods: Field[] }
export interface MapType { kind: "MapType"; pos: Pos; key: Expr; value: Expr }
export type ChanDir = "both" | "send" | "recv";
export interface ChanType { kind: "ChanType"; pos: Pos; dir: ChanDir; value: Expr }

/** A field, parameter, result or interface element. names is empty for anonymous/embedded ones. */
export interface Field { pos: Pos; names: Ident[]; type: Expr; tag?: string }

export type Stmt =
  | BadStmt
  | DeclStmt
  | EmptyStmt
  | LabeledStmt
  | ExprStmt
  | SendStmt
  | IncDecStmt
  | AssignStmt
  | GoStmt
  | DeferStmt
  | ReturnStmt
  | BranchStmt
  | BlockStmt
  | IfStmt
  | CaseClause
  | SwitchStmt
  | TypeSwitchStmt
  | CommClause
  | SelectStmt
  | ForStmt
  | RangeStmt;

export interface BadStmt { kind: "BadStmt"; pos: Pos }
export interface DeclStmt { kind: "DeclStmt"; pos: Pos; decl: GenDecl }
export interface EmptyStmt { kind: "EmptyStmt"; pos: Pos }
export interface LabeledStmt { kind: "LabeledStmt"; pos: Pos; label: Ident; stmt: Stmt }
export interface ExprStmt { kind: "ExprStmt"; pos: Pos; x: Expr }
export interface SendStmt { kind: "SendStmt"; pos: Pos; chan: Expr; value: Expr; arrow: Pos }
export interface IncDecStmt { kind: "IncDecStmt"; pos: Pos; x: Expr; tok: "++" | "--" }
export type AssignTok =
  | "=" | ":="
  | "+=" | "-=" | "*=" | "/=" | "%=" | "&=" | "|=" | "^=" | "<<=" | ">>=" | "&^=";
export interface AssignStmt { kind: "AssignStmt"; pos: Pos; lhs: Expr[]; tok: AssignTok; rhs: Expr[]; tokPos: Pos }
export interface GoStmt { kind: "GoStmt"; pos: Pos; call: CallExpr }
export interface DeferStmt { kind: "DeferStmt"; pos: Pos; call: CallExpr }
export interface ReturnStmt { kind: "ReturnStmt"; pos: Pos; results: Expr[] }
export interface BranchStmt {
  kind: "BranchStmt";
  pos: Pos;
  tok: "break" | "continue" | "goto" | "fallthrough";
  label?: Ident;
}
export interface BlockStmt { kind: "BlockStmt"; pos: Pos; list: Stmt[]; rbrace: Pos }
export interface IfStmt { kind: "IfStmt"; pos: Pos; init?: Stmt; cond: Expr; body: BlockStmt; else?: Stmt }
/** list is empty for `default:`. colon is the position of ':' (Go reports some errors there). */
export interface CaseClause { kind: "CaseClause"; pos: Pos; list: Expr[]; body: Stmt[]; colon: Pos }
export interface SwitchStmt { kind: "SwitchStmt"; pos: Pos; init?: Stmt; tag?: Expr; body: CaseClause[] }
/** assign is `x := y.(type)` (an AssignStmt) or `y.(type)` (an ExprStmt). */
export interface TypeSwitchStmt {
  kind: "TypeSwitchStmt";
  pos: Pos;
  init?: Stmt;
  assign: AssignStmt | ExprStmt;
  body: CaseClause[];
}
/** comm is undefined for `default:`. */
export interface CommClause { kind: "CommClause"; pos: Pos; comm?: Stmt; body: Stmt[]; colon: Pos }
export interface SelectStmt { kind: "SelectStmt"; pos: Pos; body: CommClause[] }
export interface ForStmt { kind: "ForStmt"; pos: Pos; init?: Stmt; cond?: Expr; post?: Stmt; body: BlockStmt }
/** tok is undefined for `for range x`. */
export interface RangeStmt {
  kind: "RangeStmt";
  pos: Pos;
  key?: Expr;
  value?: Expr;
  /** A third iteration variable, which the checker reports (the grammar allows a list). */
  extra?: Expr;
  tok?: "=" | ":=";
  x: Expr;
  body: BlockStmt;
}

export type Spec = ImportSpec | ValueSpec | TypeSpec;
/** name: undefined, or an Ident ("." and "_" included). path is the unquoted import path. */
export interface ImportSpec { kind: "ImportSpec"; pos: Pos; name?: Ident; path: string; pathPos: Pos }
/** iota is the spec's index inside its const group (0 for var specs). For a const spec with
 *  no type and no values, the parser copies nothing: the checker repeats the previous spec. */
export interface ValueSpec { kind: "ValueSpec"; pos: Pos; names: Ident[]; type?: Expr; values: Expr[]; iota: number }
export interface TypeSpec { kind: "TypeSpec"; pos: Pos; name: Ident; typeParams?: Field[]; assign: boolean; type: Expr }

export type Decl = GenDecl | FuncDecl | BadDecl;
export interface BadDecl { kind: "BadDecl"; pos: Pos }
export interface GenDecl { kind: "GenDecl"; pos: Pos; tok: "import" | "const" | "type" | "var"; specs: Spec[] }
/** recv holds the receiver (at most one Field); body is undefined for a declaration without body
 *  (gort's standard-library stubs use that for natives implemented in TypeScript). */
export interface FuncDecl { kind: "FuncDecl"; pos: Pos; recv?: Field; name: Ident; type: FuncType; body?: BlockStmt }

/** Whether d has a body, without reading it: a standard file's tree read from the host's cache
 *  parses a body when it is first read (host/node.ts TreeStore), and most never are. */
export function hasBody(d: FuncDecl): boolean {
  const p = Object.getOwnPropertyDescriptor(d, "body");
  return p !== undefined && (p.get !== undefined || (p.value !== undefined && p.value !== null));
}

/** One parsed Go source file. cgoPreamble is the comment just before `import "C"`, if any. */
export interface File {
  kind: "File";
  pos: Pos;
  name: string; // the file name as the user gave it
  pkgName: Ident;
  imports: ImportSpec[];
  decls: Decl[];
  cgoPreamble?: { text: string; pos: Pos };
  /** Build constraint lines (`//go:build ...`, `// +build ...`) found before the package clause. */
  buildConstraints: string[];
}

export type Node = Expr | Stmt | Decl | Spec | File | Field;
