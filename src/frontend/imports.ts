// The rules of an import path that hold before any module is consulted, as cmd/go applies them.
//
// Models Go 1.19's go/parser isValidImport (a parse error while cmd/go reads the imports),
// cmd/go/internal/modload importFromModules' first checks (relative, absolute, @version and
// meta paths, module.CheckImportPath's syntax rules, the standard library's GOROOT) and the
// errors for a program outside any module. modload.ts applies them to every import of every
// user package, resolves what passes against the main module, and orders the errors.
//
// Terms:
//   - files mode: `go run main.go`. Relative imports are refused ("relative import paths are not
//     supported in module mode"); outside a module, no module provides a non-standard path.
//   - dir mode: `go run ./dir` (and every package of a module): relative imports are "local
//     imports in a non-local package". Outside a module gort takes dir as a module of its own
//     that requires nothing.
//   - standard-like path: its first element has no dot (search.IsStandardImportPath).
//
// Invariant: a path that passes here names a standard package (gort's stdlib/), "C", or a
// package modload.ts looks for inside the main module; no import names another host directory.
//
// Simplifications: "internal", "vendor" and "cmd" paths of GOROOT get the generic GOROOT error
// (Go reports "use of internal package ... not allowed" for GOROOT's internal packages).

const GOROOT = "/usr/lib/go-1.19";

export type ImportMode = "files" | "dir";

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
function isLocalImport(path: string): boolean {
  return path === "." || path === ".." || path.startsWith("./") || path.startsWith("../");
}

/** search.IsStandardImportPath: no dot in the first path element. */
export function isStandardImportPath(path: string): boolean {
  const i = path.indexOf("/");
  return !(i < 0 ? path : path.slice(0, i)).includes(".");
}

/** go/parser's isValidImport over the unquoted path. */
export function validImportLiteral(path: string): boolean {
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
function checkImportPath(path: string): string | undefined {
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
