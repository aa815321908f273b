// The worker thread of `--exec host` (hostexec.ts): it owns the host processes a run starts,
// spawning each with child_process.spawn and buffering its stdout, stderr and exit, and answers
// the main thread's requests at once.
//
// Models nothing in Go: it is the host half of the bridge. Why a thread: the simulator runs
// synchronously, so the main thread's event loop does not turn during a run and could never
// receive a child's output; this thread's loop does. After each reply it bumps flags[0] and
// after each child event (output, exit, stdin drained) flags[1], with Atomics.notify, so that
// the main thread can sleep in Atomics.wait until something happens.
//
// A child whose fds 1 and 2 are one pipe (os/exec's CombinedOutput) gets one end of a connected
// pair of unix sockets for both, as node has no pipe(2): the bytes arrive in the order the
// child wrote them, which two pipes would lose.
//
// Simplifications: a child's output is buffered here (its stream is paused beyond maxBuffered
// bytes until the program reads); bytes travel as byte strings (latin1).

import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";
import { rmSync } from "node:fs";
import { createServer, connect, type Socket } from "node:net";
import { constants, tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { threadId, workerData, type MessagePort } from "node:worker_threads";
import type { StdioMode } from "../runtime/syscall.js";

/** A request from the main thread (hostexec.ts): op and its operands, with the call's seq. */
export type ExecRequest =
  | { seq: number; op: "start"; path: string; argv: string[]; env: [string, string][]; dir: string; stdio: StdioMode[] }
  | { seq: number; op: "write"; id: number; data: string }
  | { seq: number; op: "closeStdin"; id: number }
  | { seq: number; op: "read"; id: number; fd: 1 | 2; max: number }
  | { seq: number; op: "wait"; id: number }
  | { seq: number; op: "kill"; id: number; sig: number }
  | { seq: number; op: "release"; id: number }
  | { seq: number; op: "killAll" };

/** The worker's reply: seq, and a result or an errno name ("EAGAIN": nothing yet). */
export interface ExecReply {
  seq: number;
  errno?: string;
  id?: number;
  pid?: number;
  n?: number;
  data?: string;
  status?: number;
}

/** Beyond this many buffered bytes of one stream the child's stream is paused. */
const maxBuffered = 1 << 20;
/** A write is refused (EAGAIN) while the child's stdin holds this many unwritten bytes. */
const maxPendingStdin = 256 << 10;

interface Stream {
  chunks: Buffer[];
  size: number;
  eof: boolean;
}

interface Child {
  proc: ChildProcess;
  out: [undefined, Stream, Stream];
  src: [undefined, Readable | null, Readable | null];
  /** The wait status, once the child has exited (exit code << 8, or the signal's number). */
  status: number | undefined;
  stdinBroken: boolean;
}

const { port, flags } = workerData as { port: MessagePort; flags: Int32Array };
const children = new Map<number, Child>();
let nextId = 1;

function bump(slot: 0 | 1): void {
  Atomics.add(flags, slot, 1);
  Atomics.notify(flags, slot);
}

function reply(r: ExecReply): void {
  port.postMessage(r);
  bump(0);
}

/** A child's output stream (src: what the worker reads of it), buffered as it arrives. */
function collect(c: Child, fd: 1 | 2, src: Readable | null): void {
  const s: Stream = { chunks: [], size: 0, eof: false };
  c.out[fd] = s;
  c.src[fd] = src;
  if (src === null) {
    s.eof = true;
    return;
  }
  src.on("data", (b: Buffer) => {
    s.chunks.push(b);
    s.size += b.length;
    if (s.size > maxBuffered) src.pause();
    bump(1);
  });
  src.on("end", () => {
    s.eof = true;
    bump(1);
  });
  src.on("error", () => {
    s.eof = true;
    bump(1);
  });
}

/** The wait status linux's wait4 gives for an exit code or a signal name. */
function waitStatus(code: number | null, signal: NodeJS.Signals | null): number {
  if (signal !== null) return (constants.signals as Record<string, number>)[signal] ?? 9;
  return ((code ?? 0) & 0xff) << 8;
}

let sockets = 0;

/** A connected pair of unix sockets: the child's end, then the worker's. */
function socketPair(): Promise<[Socket, Socket]> {
  const name = `gort-hostexec-${process.pid}-${threadId}-${sockets++}`;
  const path = process.platform === "linux" ? `\0${name}` : join(tmpdir(), `${name}.sock`);
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(path, () => {
      let theirs: Socket | undefined;
      let ours: Socket | undefined;
      const both = (): void => {
        if (theirs === undefined || ours === undefined) return;
        server.close();
        if (process.platform !== "linux") rmSync(path, { force: true });
        resolve([theirs, ours]);
      };
      server.once("connection", (s) => {
        ours = s;
        both();
      });
      const c = connect(path, () => {
        theirs = c;
        both();
      });
      c.once("error", reject);
    });
  });
}

function start(r: Extract<ExecRequest, { op: "start" }>): void {
  if (r.stdio[2] !== "stdout") {
    spawnChild(r, undefined);
    return;
  }
  socketPair().then((pair) => spawnChild(r, pair), (e: NodeJS.ErrnoException) => reply({ seq: r.seq, errno: e.code ?? "EIO" }));
}

/** Spawn r's child; pair: the sockets its fds 1 and 2 share (stdio "stdout"), if any. */
function spawnChild(r: Extract<ExecRequest, { op: "start" }>, pair: [Socket, Socket] | undefined): void {
  // Of repeated names the first is kept, the one the child's getenv finds; a null prototype,
  // so that a name such as "constructor" is not taken for one already set.
  const env: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [k, v] of r.env) if (!(k in env)) env[k] = v;
  const stdio: StdioOptions = r.stdio.map((m) => (m === "null" ? "ignore" : m === "pipe" ? "pipe" : pair![0]));
  if (pair !== undefined) stdio[1] = pair[0];
  let proc: ChildProcess;
  try {
    proc = spawn(r.path, r.argv.slice(1), { argv0: r.argv[0] ?? r.path, env, cwd: r.dir, stdio });
  } catch (e) {
    pair?.forEach((s) => s.destroy());
    reply({ seq: r.seq, errno: (e as NodeJS.ErrnoException).code ?? "EINVAL" });
    return;
  }
  // The child has its own copy of the shared socket (or never will): the worker's closes.
  pair?.[0].destroy();
  let spawned = false;
  // A failed spawn answers the request; later errors (a failed kill) are answered by the call.
  proc.on("error", (e: NodeJS.ErrnoException) => {
    if (!spawned) {
      pair?.[1].destroy();
      reply({ seq: r.seq, errno: e.code ?? "ENOENT" });
    }
    spawned = true;
  });
  proc.once("spawn", () => {
    spawned = true;
    reply({ seq: r.seq, id: adopt(proc, pair?.[1]), pid: proc.pid });
  });
}

/** Keep a spawned child (merged: the socket its fds 1 and 2 write to); its id. */
function adopt(proc: ChildProcess, merged: Socket | undefined): number {
  const id = nextId++;
  const c: Child = { proc, out: [undefined, undefined!, undefined!], src: [undefined, null, null], status: undefined, stdinBroken: false };
  children.set(id, c);
  collect(c, 1, merged ?? proc.stdout);
  collect(c, 2, merged !== undefined ? null : proc.stderr);
  proc.stdin?.on("error", () => {
    c.stdinBroken = true;
  });
  proc.stdin?.on("drain", () => bump(1));
  proc.once("exit", (code, signal) => {
    c.status = waitStatus(code, signal);
    bump(1);
  });
  return id;
}

function write(c: Child, r: Extract<ExecRequest, { op: "write" }>): ExecReply {
  const w = c.proc.stdin;
  if (w === null || c.stdinBroken || w.destroyed || w.writableEnded || c.status !== undefined) return { seq: r.seq, errno: "EPIPE" };
  if (w.writableLength >= maxPendingStdin) return { seq: r.seq, errno: "EAGAIN" };
  w.write(Buffer.from(r.data, "latin1"));
  return { seq: r.seq, n: r.data.length };
}

function read(c: Child, r: Extract<ExecRequest, { op: "read" }>): ExecReply {
  const s = c.out[r.fd];
  if (s.size === 0) return s.eof ? { seq: r.seq, n: 0 } : { seq: r.seq, errno: "EAGAIN" };
  // The first max bytes, taken chunk by chunk (the rest stays as it came).
  const parts: Buffer[] = [];
  let n = 0;
  while (n < r.max && s.chunks.length > 0) {
    const b = s.chunks[0]!;
    const take = Math.min(b.length, r.max - n);
    parts.push(b.subarray(0, take));
    if (take === b.length) s.chunks.shift();
    else s.chunks[0] = b.subarray(take);
    n += take;
  }
  s.size -= n;
  const src = c.src[r.fd];
  if (s.size <= maxBuffered && src?.isPaused() === true) src.resume();
  return { seq: r.seq, n, data: Buffer.concat(parts, n).toString("latin1") };
}

function kill(c: Child, r: Extract<ExecRequest, { op: "kill" }>): ExecReply {
  // An exited child not yet released is a zombie: kill(2) succeeds and does nothing.
  if (c.status !== undefined) return { seq: r.seq };
  try {
    c.proc.kill(r.sig);
  } catch (e) {
    return { seq: r.seq, errno: (e as NodeJS.ErrnoException).code ?? "EINVAL" };
  }
  return { seq: r.seq };
}

/** The answer to a request about child c (start is answered by its own events). */
function answer(c: Child, r: Exclude<ExecRequest, { op: "start" | "killAll" }>): ExecReply {
  switch (r.op) {
    case "write": return write(c, r);
    case "closeStdin":
      c.proc.stdin?.end();
      return { seq: r.seq };
    case "read": return read(c, r);
    case "wait": return c.status === undefined ? { seq: r.seq, errno: "EAGAIN" } : { seq: r.seq, status: c.status };
    case "kill": return kill(c, r);
    case "release":
      if (c.status === undefined) c.proc.kill("SIGKILL");
      children.delete(r.id);
      return { seq: r.seq };
  }
}

/** Kill every child still running and forget them all (the CLI is done). */
function killAll(): void {
  for (const c of children.values()) if (c.status === undefined) c.proc.kill("SIGKILL");
  children.clear();
}

port.on("message", (r: ExecRequest) => {
  if (r.op === "start") {
    start(r);
    return;
  }
  if (r.op === "killAll") {
    killAll();
    reply({ seq: r.seq });
    return;
  }
  const c = children.get(r.id);
  reply(c === undefined ? { seq: r.seq, errno: "ESRCH" } : answer(c, r));
});
