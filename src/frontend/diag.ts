// Compile diagnostics and their rendering in the exact format `go build` / `go run` print.
//
// Models cmd/compile/internal/base/print.go (Go 1.19): ErrorfAt, FlushErrors and the
// "too many errors" cut-off, plus the `# <package>` header line that cmd/go prints above a
// failed compile.
//
// Terms:
//   - report order: the order in which the front end found the diagnostics. gc counts errors
//     in this order, and stops at the tenth.
//   - display order: position order (file, line, column), stable; gc sorts before printing.
//
// Rules reproduced from gc (checked against go1.19.8 on linux/amd64):
//   - A message starting with "syntax error" is dropped when a syntax error was already
//     reported on the same line of the same file ("only one syntax error per line").
//   - Any other message is dropped when the previous non-syntax error had the same line and
//     the same text.
//   - After the tenth counted error, gc sorts and prints what it has, then prints
//     "<pos of the tenth error>: too many errors" and stops.
//   - Identical lines (same position and text) are printed once.
//   - A failed compile makes `go run` and `go build` exit with status 2.
//
// Invariant: Pos.file is already the display name (e.g. "./main.go" or "sub/main.go"); this
// module never rewrites paths. See source.ts for how the display name is chosen.

import type { Pos } from "./ast.js";

/** One compile error. soft marks go/types "soft" errors (e.g. unused variables); gc prints
 *  soft and hard errors alike, so formatting ignores it. */
export interface Diagnostic {
  pos: Pos;
  msg: string;
  soft?: boolean;
  /** gort's "X is not supported yet": a limit of gort, not an error of the program (the run
   *  exits 1, not go build's 2). Set where the diagnostic is made, never read off its text. */
  unsupported?: true;
}

/** The exit status of `go run` / `go build` after a failed compile. */
export const COMPILE_FAILED_EXIT = 2;

/** gc's error limit without -e. */
const MAX_ERRORS = 10;

/** Formats "file:line:col" as gc does. */
export function formatPos(p: Pos): string {
  return `${p.file}:${p.line}:${p.col}`;
}

/** Orders positions as gc's byPos does: by file name, then line, then column. */
export function comparePos(a: Pos, b: Pos): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  return a.col - b.col;
}

/**
 * Renders diagnostics (in report order) as go build prints them on stderr, header included,
 * with a trailing newline. pkgLabel is "command-line-arguments" for `go run main.go` and the
 * import path for a package directory. Returns "" when diags is empty.
 */
export function formatDiagnostics(diags: readonly Diagnostic[], pkgLabel: string): string {
  if (diags.length === 0) return "";
  const { kept, tooMany } = countErrors(diags);
  const sorted = kept.slice().sort((a, b) => comparePos(a.pos, b.pos));
  const lines: string[] = [`# ${pkgLabel}`];
  let prev = "";
  for (const d of sorted) {
    const line = `${formatPos(d.pos)}: ${d.msg}`;
    if (line !== prev) lines.push(line);
    prev = line;
  }
  if (tooMany) lines.push(`${formatPos(tooMany)}: too many errors`);
  return lines.join("\n") + "\n";
}

/**
 * Renders an error of Go's linker as go build prints it: the package header, then the message
 * after the symbol that needs it (the runtime's reference to main.main), without a position.
 */
export function formatLinkError(msg: string, pkgLabel: string): string {
  return `# ${pkgLabel}\nruntime.main_main\u00b7f: ${msg}\n`;
}

/** Applies gc's per-line filtering and the ten-error limit, in report order. */
function countErrors(diags: readonly Diagnostic[]): { kept: Diagnostic[]; tooMany?: Pos } {
  const kept: Diagnostic[] = [];
  let lastSyntax: Pos | undefined;
  let lastOther: Diagnostic | undefined;
  for (const d of diags) {
    if (d.msg.startsWith("syntax error")) {
      if (lastSyntax && sameLine(lastSyntax, d.pos)) continue;
      lastSyntax = d.pos;
    } else {
      if (lastOther && sameLine(lastOther.pos, d.pos) && lastOther.msg === d.msg) continue;
      lastOther = d;
    }
    kept.push(d);
    if (kept.length >= MAX_ERRORS) return { kept, tooMany: d.pos };
  }
  return { kept };
}

function sameLine(a: Pos, b: Pos): boolean {
  return a.file === b.file && a.line === b.line;
}
