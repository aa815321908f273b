// The source loader: which files make up the program, their display names, and the errors
// `go run` reports before compiling.
//
// Models the parts of cmd/go (Go 1.19) that run before the compiler: go/build's file
// selection (_test.go files, names starting with "_" or ".", GOOS/GOARCH file-name suffixes,
// `//go:build` expressions and legacy `// +build` lines), the package-clause check go/parser
// performs while loading, and base.ShortPath's display names.
//
// Terms:
//   - files mode: `go run a.go b.go`. cmd/go builds exactly the named files: build
//     constraints are not applied (a file tagged `ignore` still runs), _test.go files are
//     refused, and the package label is "command-line-arguments".
//   - dir mode: `go run .` / `go run ./prog`. go/build selects the directory's files by name
//     and build constraints for GOOS=linux GOARCH=amd64 with cgo, gc and go1.1..go1.19 tags (and race under -race: BuildTags).
//   - load error: an error cmd/go prints itself (no "# pkg" header), with exit status 1.
//
// Invariants: pure and synchronous (the host reads files and directories); no Node APIs, so
// the playground can use it too.
//
// Simplifications: no //line directives; modules, vendor/ and the packages a program imports
// are modload.ts's (which applies these same file rules); `unix` is true (Go 1.19
// defines it for linux); a file's package clause is found by a small header scanner, not by
// go/parser.

import type { Pos } from "./ast.js";

/** One input file as the host read it. path is as the user named it, or relative to dir. */
export interface SourceInput {
  path: string;
  bytes: Uint8Array;
}

export interface SourceFile {
  /** The display name used in diagnostics ("./main.go", "sub/main.go"). */
  name: string;
  path: string;
  text: string;
}

interface LoadResult {
  files: SourceFile[];
  /** The package label for "# ..." headers. */
  pkgLabel: string;
  /** A cmd/go-level error: printed as is (newline-terminated); exit status 1. */
  loadError?: string;
  /** Compile errors found while decoding (invalid UTF-8). */
  diags: { pos: Pos; msg: string }[];
  /** The package's name (its package clause). */
  pkgName?: string;
  /** gort test: the files of the external test package (package p_test), apart. */
  xfiles?: SourceFile[];
}

export const LOAD_FAILED_EXIT = 1;

const GOOS_LIST = new Set(("aix android darwin dragonfly freebsd hurd illumos ios js linux nacl netbsd openbsd " +
  "plan9 solaris windows zos").split(" "));
const GOARCH_LIST = new Set(("386 amd64 amd64p32 arm armbe arm64 arm64be loong64 mips mipsle mips64 mips64le " +
  "mips64p32 mips64p32le ppc ppc64 ppc64le riscv riscv64 s390 s390x sparc sparc64 wasm").split(" "));

/** Build tags a build adds to linux/amd64's: "race" under -race, as go build -race sets it. */
export type BuildTags = ReadonlySet<string>;

/** Whether a build tag is satisfied for linux/amd64, cgo enabled, gc, Go 1.19, and tags. */
function matchTag(tag: string, tags?: BuildTags): boolean {
  if (tag === "linux" || tag === "amd64" || tag === "unix" || tag === "gc" || tag === "cgo") return true;
  if (tags?.has(tag) === true) return true;
  const m = /^go1\.(\d+)$/.exec(tag);
  if (m) return Number(m[1]) >= 1 && Number(m[1]) <= 19;
  return false;
}

/** go/build's goodOSArchFile: a name_GOOS_GOARCH.go suffix must match linux/amd64. */
export function goodOSArchFile(name: string): boolean {
  const base = name.replace(/\.go$/, "");
  const i = base.indexOf("_");
  if (i < 0) return true;
  const parts = base.slice(i).split("_");
  if (parts[parts.length - 1] === "test") parts.pop();
  const n = parts.length;
  if (n >= 2 && GOOS_LIST.has(parts[n - 2]!) && GOARCH_LIST.has(parts[n - 1]!)) {
    return matchTag(parts[n - 2]!) && matchTag(parts[n - 1]!);
  }
  if (n >= 1 && (GOOS_LIST.has(parts[n - 1]!) || GOARCH_LIST.has(parts[n - 1]!))) return matchTag(parts[n - 1]!);
  return true;
}

/** The comment lines of the file header: everything before the first non-comment token. */
function headerComments(text: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const ws = /^[ \t\r\n]+/.exec(rest);
    if (ws) {
      i += ws[0].length;
      continue;
    }
    if (rest.startsWith("//")) {
      const nl = rest.indexOf("\n");
      out.push(nl < 0 ? rest : rest.slice(0, nl));
      i += nl < 0 ? rest.length : nl + 1;
    } else if (rest.startsWith("/*")) {
      const end = rest.indexOf("*/");
      if (end < 0) break;
      out.push("");
      i += end + 2;
    } else break;
  }
  return out.map((l) => l.replace(/\r$/, ""));
}

/**
 * go/build's shouldBuild for linux/amd64: a `//go:build` line decides alone; otherwise every
 * `// +build` line must hold (each is an OR of space-separated options, each option an AND of
 * comma-separated tags, `!` negates). `ignore` is never satisfied.
 */
export function shouldBuild(text: string, tags?: BuildTags): boolean {
  const lines = headerComments(text);
  const goBuild = lines.find((l) => /^\/\/go:build( |\t|$)/.test(l));
  if (goBuild !== undefined) return evalBuildExpr(goBuild.slice("//go:build".length), tags);
  for (const l of lines) {
    const m = /^\/\/[ \t]*\+build(?:[ \t]+(.*))?$/.exec(l);
    if (!m) continue;
    const options = (m[1] ?? "").trim().split(/\s+/).filter((o) => o !== "");
    const ok = options.some((opt) => opt.split(",").every((t) => (t.startsWith("!") ? !matchTag(t.slice(1), tags) : matchTag(t, tags))));
    if (!ok) return false;
  }
  return true;
}

/** Evaluates a //go:build expression (||, &&, !, parentheses, tags). Malformed → false. */
export function evalBuildExpr(src: string, tags?: BuildTags): boolean {
  const toks = src.match(/\|\||&&|!|\(|\)|[A-Za-z0-9_.]+|\S/g) ?? [];
  let i = 0;
  const or = (): boolean => {
    let v = and();
    while (toks[i] === "||") {
      i++;
      v = and() || v;
    }
    return v;
  };
  const and = (): boolean => {
    let v = not();
    while (toks[i] === "&&") {
      i++;
      v = not() && v;
    }
    return v;
  };
  const not = (): boolean => {
    const t = toks[i++];
    if (t === "!") return !not();
    if (t === "(") {
      const v = or();
      if (toks[i++] !== ")") throw new Error("bad build expr");
      return v;
    }
    if (t === undefined || !/^[A-Za-z0-9_.]+$/.test(t)) throw new Error("bad build expr");
    return matchTag(t, tags);
  };
  try {
    const v = or();
    return i === toks.length ? v : false;
  } catch {
    return false;
  }
}

/** The package name from the header, or a go/parser-style error ("expected 'package', ..."). */
export function packageClause(name: string, text: string): { pkg?: string; error?: string } {
  const re = /\s+|\/\/[^\n]*|\/\*[\s\S]*?\*\//y;
  let i = 0;
  for (;;) {
    re.lastIndex = i;
    const m = re.exec(text);
    if (!m || m.index !== i) break;
    i += m[0].length;
  }
  const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i))?.[0];
  if (word !== "package") return { error: `${name}:${eofOrPos(text, i)}: expected 'package', found ${found(text, i, word)}` };
  let j = i + word.length;
  while (text[j] === " " || text[j] === "\t") j++;
  const id = /^[\p{L}_][\p{L}\p{Nd}_]*/u.exec(text.slice(j))?.[0];
  if (!id || id === "package") {
    let k = j;
    while (k < text.length && /\s/.test(text[k]!)) k++;
    return { error: `${name}:${eofOrPos(text, k)}: expected 'IDENT', found ${found(text, k, /^\w+/.exec(text.slice(k))?.[0])}` };
  }
  return { pkg: id };
}

/** go/parser's description of the token at i (keywords quoted, EOF as 'EOF'). */
function found(text: string, i: number, word: string | undefined): string {
  if (i >= text.length) return "'EOF'";
  if (word === undefined) return `'${text[i]}'`;
  const kw = /^(break|case|chan|const|continue|default|defer|else|fallthrough|for|func|go|goto|if|import|interface|map|package|range|return|select|struct|switch|type|var)$/;
  return kw.test(word) ? `'${word}'` : word;
}

/** "line:col" of offset i as go/token prints it; EOF after a final newline stays on the last line. */
function eofOrPos(text: string, i: number): string {
  let at = i;
  if (at >= text.length && text.endsWith("\n")) at = text.length - 1;
  const before = text.slice(0, at);
  const line = before.split("\n").length;
  const col = utf8Len(before.slice(before.lastIndexOf("\n") + 1)) + 1 + (at < i ? 1 : 0);
  return `${line}:${col}`;
}

function utf8Len(s: string): number {
  let n = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
}

/** Decodes UTF-8; reports gc's "invalid UTF-8 encoding" at the first bad byte. */
export function decodeSource(name: string, bytes: Uint8Array): { text: string; diag?: { pos: Pos; msg: string } } {
  const text = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true }).decode(bytes);
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return { text };
  } catch {
    let line = 1;
    let col = 1;
    for (let i = 0; i < bytes.length; ) {
      const len = utf8SeqLen(bytes, i);
      if (len === 0) return { text, diag: { pos: { file: name, line, col }, msg: "invalid UTF-8 encoding" } };
      if (bytes[i] === 10) {
        line++;
        col = 1;
      } else col += len;
      i += len;
    }
    return { text };
  }
}

/** The length of a valid UTF-8 sequence at i, or 0. */
function utf8SeqLen(b: Uint8Array, i: number): number {
  const c = b[i]!;
  if (c < 0x80) return 1;
  const n = c >= 0xf0 && c < 0xf5 ? 4 : c >= 0xe0 ? 3 : c >= 0xc2 && c < 0xe0 ? 2 : 0;
  if (n === 0 || (c >= 0xe0 && n !== 3 && n !== 4)) return 0;
  for (let k = 1; k < n; k++) if ((b[i + k]! & 0xc0) !== 0x80) return 0;
  return n;
}

/** cmd/go's display name: relative to cwd with "./" for files in cwd, else the shorter path. */
export function displayName(absPath: string, cwd: string): string {
  const dir = absPath.slice(0, absPath.lastIndexOf("/")) || "/";
  const base = absPath.slice(absPath.lastIndexOf("/") + 1);
  const rel = relPath(cwd, dir);
  if (rel === ".") return "./" + base;
  const relFile = rel + "/" + base;
  return relFile.length < absPath.length ? relFile : absPath;
}

/** A POSIX relative path from directory `from` to directory `to` (both absolute, normalized). */
function relPath(from: string, to: string): string {
  const a = from.split("/").filter((s) => s !== "");
  const b = to.split("/").filter((s) => s !== "");
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  const parts = [...a.slice(k).map(() => ".."), ...b.slice(k)];
  return parts.length === 0 ? "." : parts.join("/");
}

/**
 * Loads a program. Files mode: every input is used (after the _test.go check). Dir mode: the
 * directory's .go files are filtered as go/build does. names maps each input to its display
 * name (see displayName); dirLabel is the directory as cmd/go prints it in errors, and
 * importPath the package label ("command-line-arguments" in files mode).
 */
export function loadProgram(
  inputs: SourceInput[],
  opts: { mode: "files" | "dir"; names: string[]; dirLabel: string; importPath: string; test?: boolean; tags?: BuildTags },
): LoadResult {
  const res: LoadResult = { files: [], pkgLabel: opts.importPath, diags: [] };
  let pkgs: { pkg: string; base: string }[] = [];
  for (let k = 0; k < inputs.length; k++) {
    const inp = inputs[k]!;
    const base = inp.path.slice(inp.path.lastIndexOf("/") + 1);
    if (opts.mode === "files" && base.endsWith("_test.go") && opts.test !== true) {
      return { ...res, loadError: `go: cannot run *_test.go files (${inp.path})\n` };
    }
    // go test's package: the package's files and its _test.go files.
    const isTest = opts.test === true && base.endsWith("_test.go") && selectedInDir(base.slice(0, -8) + ".go");
    if (opts.mode === "dir" && !selectedInDir(base) && !isTest) continue;
    const { text, diag } = decodeSource(opts.names[k]!, inp.bytes);
    if (opts.mode === "dir" && !shouldBuild(text, opts.tags)) continue;
    if (diag) res.diags.push(diag);
    const pc = packageClause(inp.path, text);
    if (pc.error) return { ...res, loadError: pc.error + "\n" };
    pkgs.push({ pkg: pc.pkg!, base });
    res.files.push({ name: opts.names[k]!, path: inp.path, text });
  }
  if (res.files.length === 0) {
    const why = opts.mode === "dir" && inputs.some((i) => i.path.endsWith(".go")) ? "build constraints exclude all Go files in" : "no Go files in";
    return { ...res, loadError: `package ${opts.importPath}: ${why} ${opts.dirLabel}\n` };
  }
  // go test's external test package (package p_test) comes apart from the package's files.
  if (opts.test === true) {
    const own = pkgs.find((p) => !p.pkg.endsWith("_test"))?.pkg ?? pkgs[0]!.pkg;
    const isX = pkgs.map((p) => p.pkg === own + "_test");
    if (isX.includes(true)) {
      res.xfiles = res.files.filter((_, i) => isX[i]);
      res.files = res.files.filter((_, i) => !isX[i]);
      pkgs = pkgs.filter((_, i) => !isX[i]);
    }
  }
  const other = pkgs.find((p) => p.pkg !== pkgs[0]!.pkg);
  if (other) {
    const msg = `found packages ${pkgs[0]!.pkg} (${pkgs[0]!.base}) and ${other.pkg} (${other.base}) in ${opts.dirLabel}\n`;
    return { ...res, loadError: msg };
  }
  if (pkgs[0]!.pkg !== "main" && opts.test !== true) return { ...res, loadError: `package ${opts.importPath} is not a main package\n` };
  res.pkgName = pkgs[0]!.pkg;
  return res;
}

/** go/build's name rules for a directory listing: .go, not _test.go, not _x or .x, OS/arch. */
export function selectedInDir(base: string): boolean {
  if (!base.endsWith(".go") || base.endsWith("_test.go")) return false;
  if (base.startsWith("_") || base.startsWith(".")) return false;
  return goodOSArchFile(base);
}
