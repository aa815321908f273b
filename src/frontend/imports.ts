// Checking the import paths of package main before anything is loaded, as cmd/go does.
//
// Models Go 1.19's go/parser isValidImport (a parse error while cmd/go reads the imports),
// cmd/go/internal/modload importFromModules (relative, absolute, @version and meta paths,
// module.CheckImportPath's syntax rules, the standard library's GOROOT and module lookups) and
// the loader's ordering: every import path of the package, sorted, one error each.
//
// Terms:
//   - files mode: `go run main.go` with no go.mod (module mode, the Go 1.19 default): relative
//     imports are refused and no module provides a non-standard path.
//   - dir mode: `go run ./dir`, taken as a module rooted at dir (gort reads no go.mod): relative
//     imports are "local imports in a non-local package"; other modules are not required.
//   - standard-like path: its first element has no dot (search.IsStandardImportPath).
//
// Invariant: a program gort runs imports only packages it has under stdlib/ (and "C"); every
// other path gets Go's own error here, so no import ever names a directory of the host.
//
// Simplifications: no go.mod is read, so the packages of the program's own module cannot be
// imported; "internal", "vendor" and "cmd" paths of GOROOT get the generic GOROOT error.

import type * as ast from "./ast.js";

const GOROOT = "/usr/lib/go-1.19";

export type ImportMode = "files" | "dir";

/**
 * The load error for main's imports (newline-terminated lines, printed without a package
 * header, exit 1), or undefined when every path is one gort can load. isStd tells whether a
 * standard-like path is a package of Go's standard library (gort's or not).
 */
export function checkImports(files: readonly ast.File[], mode: ImportMode, isStd: (path: string) => boolean): string | undefined {
  // go/parser rejects a malformed literal while cmd/go reads the imports: that error alone.
  for (const f of files) {
    for (const s of f.imports) {
      if (!validImportLiteral(s.path)) return `${where(s.pathPos)}: invalid import path: ${JSON.stringify(s.path)}\n`;
    }
  }
  const first = new Map<string, ast.ImportSpec>();
  for (const f of files) for (const s of f.imports) if (!first.has(s.path)) first.set(s.path, s);
  const lines: string[] = [];
  for (const path of [...first.keys()].sort(byBytes)) {
    if (path.includes("@")) {
      // Found by the module loader before any file position is known.
      lines.push(`package command-line-arguments\n\timports ${path}: can only use path@version syntax with 'go get' and 'go install' in module-aware mode\n`);
      continue;
    }
    const msg = importError(path, mode, isStd);
    if (msg !== undefined) lines.push(`${where(first.get(path)!.pos)}: ${msg}\n`);
  }
  return lines.length > 0 ? lines.join("") : undefined;
}

/** Why path cannot be imported, with Go's wording; undefined when gort can load it. */
export function importError(path: string, mode: ImportMode, isStd: (path: string) => boolean): string | undefined {
  if (isLocalImport(path)) {
    return mode === "dir"
      ? `local import ${JSON.stringify(path)} in non-local package`
      : `${JSON.stringify(path)} is relative, but relative import paths are not supported in module mode`;
  }
  if (path.startsWith("/")) return `${JSON.stringify(path)} is not a package path; see 'go help packages'`;
  if (path === "std" || path === "cmd" || path === "all") {
    return `${JSON.stringify(path)} is not an importable package; see 'go help packages'`;
  }
  if (path === "C") return undefined;
  const bad = checkImportPath(path);
  if (bad !== undefined) return `malformed import path ${JSON.stringify(path)}: ${bad}`;
  if (isStandardImportPath(path)) {
    return isStd(path) ? undefined : `package ${path} is not in GOROOT (${GOROOT}/src/${path})`;
  }
  // A user package the loader provides (gort test's package under test, for its external tests).
  if (isStd(path)) return undefined;
  return mode === "dir"
    ? `no required module provides package ${path}; to add it:\n\tgo get ${path}`
    : `no required module provides package ${path}: go.mod file not found in current directory or any parent directory; see 'go help modules'`;
}

/** go/build.IsLocalImport. */
export function isLocalImport(path: string): boolean {
  return path === "." || path === ".." || path.startsWith("./") || path.startsWith("../");
}

/** search.IsStandardImportPath: no dot in the first path element. */
function isStandardImportPath(path: string): boolean {
  const i = path.indexOf("/");
  return !(i < 0 ? path : path.slice(0, i)).includes(".");
}

/** go/parser's isValidImport over the unquoted path. */
function validImportLiteral(path: string): boolean {
  if (path === "") return false;
  for (const ch of path) {
    const cp = ch.codePointAt(0)!;
    if (cp === 0xfffd || `!"#$%&'()*,:;<=>?[\\]^{|}\``.includes(ch)) return false;
    if (/\s/u.test(ch) || !/[\p{L}\p{M}\p{N}\p{P}\p{S}\p{Zs}]/u.test(ch)) return false;
  }
  return true;
}

const BAD_WINDOWS_NAMES = [
  "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
  "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
];

/** golang.org/x/mod/module.CheckImportPath's reason, or undefined when path is well formed. */
export function checkImportPath(path: string): string | undefined {
  if (path === "") return "empty string";
  if (path[0] === "-") return "leading dash";
  if (path.includes("//")) return "double slash";
  if (path.endsWith("/")) return "trailing slash";
  for (const elem of path.split("/")) {
    const bad = checkElem(elem);
    if (bad !== undefined) return bad;
  }
  return undefined;
}

function checkElem(elem: string): string | undefined {
  if (elem === "") return "empty path element";
  if (/^\.+$/.test(elem)) return `invalid path element ${JSON.stringify(elem)}`;
  if (elem.endsWith(".")) return "trailing dot in path element";
  for (const ch of elem) {
    if (!/[-._~+0-9A-Za-z]/.test(ch)) return `invalid char ${goQuoteRune(ch)}`;
  }
  const dot = elem.indexOf(".");
  const short = dot < 0 ? elem : elem.slice(0, dot);
  if (BAD_WINDOWS_NAMES.includes(short.toUpperCase())) {
    return `${JSON.stringify(short)} disallowed as path element component on Windows`;
  }
  const tilde = short.lastIndexOf("~");
  if (tilde >= 0 && tilde < short.length - 1 && /^[0-9]+$/.test(short.slice(tilde + 1))) {
    return "trailing tilde and digits in path element";
  }
  return undefined;
}

/** Go's %q of a rune, for the printable runes that reach it. */
function goQuoteRune(ch: string): string {
  return ch === "'" ? "'\\''" : ch === "\\" ? "'\\\\'" : `'${ch}'`;
}

/** Strings in Go's order (bytes of UTF-8, which for these paths is code point order). */
function byBytes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** cmd/go prints a file as it was named, without a leading "./". */
function where(p: ast.Pos): string {
  return `${p.file.replace(/^\.\//, "")}:${p.line}:${p.col}`;
}
