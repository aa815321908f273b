// `gort debug`: the debugger's prompt on the host. Reads commands from a script (--batch -x
// FILE) or, on a terminal, line by line from standard input, and hands them to the session
// (src/debug/session.ts). The program's runs are made by main.ts (the debuggee).

import { readFileSync, readSync } from "node:fs";
import { Session, type Debuggee } from "../debug/session.js";

/** gort debug's own flags, taken out before gort's run flags. */
export interface DebugFlags {
  batch: boolean;
  script: string | undefined;
  /** --example: debug the built-in example instead of a file. */
  example: boolean;
  rest: string[];
}

export function debugFlags(argv: string[]): DebugFlags {
  const f: DebugFlags = { batch: false, script: undefined, example: false, rest: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--batch" || a === "-batch") f.batch = true;
    else if ((a === "-x" || a === "--x") && i + 1 < argv.length) f.script = argv[++i];
    else if (a === "--example" || a === "-example") f.example = true;
    else f.rest.push(a);
  }
  return f;
}

/**
 * Run a session over the debuggee: the script's lines (echoed after the prompt, as gdb -batch
 * -x does not, but so that a transcript reads alone), then, without --batch, standard input's.
 * Returns the exit status: the program's once it has exited, else 0.
 */
export function runDebugSession(d: Debuggee, f: DebugFlags, out: (s: string) => void, progOut: (fd: 1 | 2, b: string) => void): number {
  const s = new Session(d, out, progOut);
  if (f.script !== undefined) {
    for (const line of readFileSync(f.script, "utf8").split("\n")) {
      if (line.trim() === "") continue;
      out(`(gort) ${line}\n`);
      if (!s.exec(line)) return s.status;
    }
  }
  if (f.batch) return s.status;
  for (;;) {
    out("(gort) ");
    const line = readLine();
    if (line === undefined || !s.exec(line)) return s.status;
  }
}

/** One line of standard input (without its newline), or undefined at its end. */
function readLine(): string | undefined {
  const buf = Buffer.alloc(1);
  let line = "";
  for (;;) {
    let n: number;
    try {
      n = readSync(0, buf, 0, 1, null);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "EAGAIN") continue;
      if ((e as NodeJS.ErrnoException).code === "EOF") return line === "" ? undefined : line;
      throw e;
    }
    if (n === 0) return line === "" ? undefined : line;
    const c = buf.toString("latin1");
    if (c === "\n") return Buffer.from(line, "latin1").toString("utf8");
    line += c;
  }
}
