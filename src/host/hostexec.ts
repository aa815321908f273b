// `--exec host`: the bridge through which a run starts real host processes (os.StartProcess,
// os/exec). HostProcs owns one worker thread (hostexecworker.ts) that spawns the children and
// buffers their output; each run gets a HostExec session (runtime/syscall.ts) on it.
//
// Models nothing in Go: package os (stdlib/os/proc.go) makes Go's behaviour out of these
// calls. Why a worker: the simulator is synchronous, so the Node event loop does not turn during
// a run and the main thread could never see a child's output or exit. The main thread posts a
// request and takes the reply with receiveMessageOnPort, sleeping in Atomics.wait on a
// SharedArrayBuffer that the worker bumps after each reply. When a call answers "again" (no
// output yet, the child still running), the program sleeps a little simulated time and asks
// again; meanwhile the host sleeps until its clock has moved as far as the simulated one since
// the children last had news (at most maxIdleMs a call), unless a child event comes first. So
// the program's polling does not spin the host's CPU, and while the program waits for its
// children simulated time passes as real time does (a CommandContext timeout of 1s ends a
// `sleep 10` after about a second of both).
//
// Simplifications: a run with host processes is not reproducible (their output, timing and
// exit are the host's); the children of a run are killed (SIGKILL) when it ends; byte strings
// are converted to the host's strings as UTF-8 (argv, env, paths).

import { MessageChannel, Worker, receiveMessageOnPort, type MessagePort } from "node:worker_threads";
import { join } from "node:path";
import { gortRoot } from "./node.js";
import type { Errno, HostExec, StdioMode } from "../runtime/syscall.js";
import { beforeHostEffect } from "../runtime/panic.js";
import type { ExecReply, ExecRequest } from "./hostexecworker.js";

/** How long a call that answered "again" may block the host waiting for a child event. */
const maxIdleMs = 20;
/** How long a request may wait for the worker's reply before gort gives up on it. */
const replyTimeoutMs = 60_000;

/** A request without its sequence number (Omit over each member of the union). */
type OmitSeq<T> = T extends unknown ? Omit<T, "seq"> : never;
type Req = OmitSeq<ExecRequest>;

/** The host-process worker of one CLI process, started on first use. */
export class HostProcs {
  private readonly worker: Worker;
  private readonly port: MessagePort;
  private readonly flags = new Int32Array(new SharedArrayBuffer(8));
  private seq = 0;
  private closed = false;
  /** The child-event count when the last request was posted. */
  private events = 0;

  constructor() {
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    // The worker is a plain module of dist/src (it imports only Node's own modules), which is
    // there in both layouts: the ES modules and the start-up bundle (built from dist/src).
    const script = join(gortRoot, "dist", "src", "host", "hostexecworker.js");
    this.worker = new Worker(script, { workerData: { port: port2, flags: this.flags }, transferList: [port2] });
    this.worker.unref();
    this.port.unref();
  }

  /** One synchronous request: the worker's reply. */
  call(req: Req): ExecReply {
    if (this.closed) throw new Error("hostexec: the host-process worker has been shut down");
    const seq = ++this.seq;
    this.events = Atomics.load(this.flags, 1);
    this.port.postMessage({ ...req, seq });
    const deadline = performance.now() + replyTimeoutMs;
    for (;;) {
      const seen = Atomics.load(this.flags, 0);
      const m = receiveMessageOnPort(this.port);
      if (m !== undefined) {
        const r = m.message as ExecReply;
        if (r.seq !== seq) continue;
        return r;
      }
      if (performance.now() > deadline) throw new Error(`hostexec: no reply to ${req.op} in ${replyTimeoutMs / 1000} s`);
      Atomics.wait(this.flags, 0, seen, 50);
    }
  }

  /** Block the host for at most ms, or until a child event after the last call's request. */
  idle(ms: number): void {
    Atomics.wait(this.flags, 1, this.events, ms);
  }

  /** A run's session: the children it starts are its own, killed when it ends. */
  session(): HostExec {
    return new HostSession(() => this);
  }

  /** Kill every child and stop the worker (the CLI command has ended). A worker that does not
   *  answer is stopped all the same: the command's own result stands. */
  shutdown(): void {
    if (this.closed) return;
    try {
      this.call({ op: "killAll" });
    } catch {
      // The worker is gone or stuck: terminate it below.
    } finally {
      this.closed = true;
      void this.worker.terminate();
    }
  }
}

const utf8 = (s: string): string => Buffer.from(s, "latin1").toString("utf8");
const errno = (r: ExecReply): Errno | undefined => (r.errno === undefined ? undefined : { errno: r.errno });

/** The HostExec of one run. It asks for its HostProcs when the run first starts a process (a
 *  run cannot reach a child before that), so a run that starts none starts no worker thread:
 *  most programs run with `--exec host` never use it, and the thread's start-up and shutdown
 *  cost about 40 ms a run. */
class HostSession implements HostExec {
  private readonly ids = new Set<number>();
  private got: HostProcs | undefined;
  /** The simulated and the host time (ns, ms) of the first "again" since the children's last
   *  news, or undefined: the clocks the idle host keeps together. */
  private anchor: { sim: number; real: number } | undefined;

  constructor(private readonly getProcs: () => HostProcs) {}

  private get procs(): HostProcs {
    this.got ??= this.getProcs();
    return this.got;
  }

  /** r, after blocking the host as an "again" at simulated time simNs asks (see the header). */
  private answer(r: ExecReply, simNs: number): ExecReply {
    const real = performance.now();
    if (r.errno !== "EAGAIN") {
      this.anchor = undefined;
    } else if (this.anchor === undefined) {
      this.anchor = { sim: simNs, real };
    } else {
      const ahead = this.anchor.real + (simNs - this.anchor.sim) / 1e6 - real;
      if (ahead > 0) this.procs.idle(Math.min(ahead, maxIdleMs));
    }
    return r;
  }

  start(path: string, argv: string[], env: string[], dir: string, stdio: StdioMode[]): { id: number; pid: number } | Errno {
    // A process is a change outside the run: on bin/gort.js's main thread the command moves to
    // the big stack first (runtime/panic.ts MoveToBigStack), so that it starts once.
    beforeHostEffect("starting a process");
    const pairs = env.map((kv): [string, string] => {
      const i = kv.indexOf("=");
      return i < 0 ? [utf8(kv), ""] : [utf8(kv.slice(0, i)), utf8(kv.slice(i + 1))];
    });
    const r = this.procs.call({ op: "start", path: utf8(path), argv: argv.map(utf8), env: pairs, dir: utf8(dir), stdio });
    const e = errno(r);
    if (e !== undefined) return e;
    this.ids.add(r.id!);
    return { id: r.id!, pid: r.pid ?? 0 };
  }

  write(id: number, data: string, simNs: number): number | "again" | Errno {
    const r = this.answer(this.procs.call({ op: "write", id, data }), simNs);
    if (r.errno === "EAGAIN") return "again";
    return errno(r) ?? r.n!;
  }

  closeStdin(id: number): void {
    this.procs.call({ op: "closeStdin", id });
  }

  read(id: number, fd: 1 | 2, max: number, simNs: number): string | "again" {
    const r = this.answer(this.procs.call({ op: "read", id, fd, max }), simNs);
    if (r.errno !== undefined) return r.errno === "EAGAIN" ? "again" : "";
    return r.data ?? "";
  }

  wait(id: number, simNs: number): number | "again" {
    const r = this.answer(this.procs.call({ op: "wait", id }), simNs);
    if (r.errno === "EAGAIN") return "again";
    // A child the worker no longer knows was killed when its run ended.
    return r.status ?? 9;
  }

  kill(id: number, sig: number): 0 | Errno {
    return errno(this.procs.call({ op: "kill", id, sig })) ?? 0;
  }

  closeAll(): void {
    for (const id of this.ids) this.procs.call({ op: "release", id });
    this.ids.clear();
  }
}

/** The CLI process's HostProcs, made when a run first starts a host process. */
let shared: HostProcs | undefined;

/** A HostExec for one run, on the CLI process's worker. */
export function hostExecSession(): HostExec {
  return new HostSession(() => (shared ??= new HostProcs()));
}

/** Stop the worker, if one was started (the CLI command has ended). */
export function shutdownHostExec(): void {
  shared?.shutdown();
  shared = undefined;
}
