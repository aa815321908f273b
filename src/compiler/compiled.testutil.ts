// Helpers for the compiler's tests that read the JS a program compiles to: build a one-file
// main package, and find one of its functions in the compiled text.

import { compile, type Program, type Toolchain } from "../api.js";

/** A compiler of text as /home/gopher/prog/main.go (with -race's instrumentation when race). */
export function builder(tc: Toolchain): (text: string, race?: boolean) => Program {
  return (text, race = false) => {
    const c = compile(tc, [{ name: "./main.go", path: "/home/gopher/prog/main.go", text }], "command-line-arguments", "files", { race });
    if (!c.ok) throw new Error(c.stderr);
    return c.program;
  };
}

/** The compiled JS of main.NAME. */
export function fn(p: Program, name: string): string {
  const js = p.compiled.js;
  const at = js.search(new RegExp(`^function\\*? main\\$${name.replace(/\$/g, "\\$")}\\(`, "m"));
  if (at < 0) throw new Error(`no function main.${name} in the compiled program`);
  const end = js.indexOf("\nfunction", at + 1);
  return js.slice(at, end < 0 ? undefined : end);
}
