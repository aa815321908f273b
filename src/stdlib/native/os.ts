// The natives of package os: the simulated process's fds, arguments, environment, exit, and
// its file system calls.
//
// Models the system-call layer under Go 1.19's os package (syscall.Write/Read on fds 0-2,
// runtime_args, syscall.Getenv, os.Exit, and syscall's file calls on the run's file system,
// runtime/syscall.ts). The Go side is stdlib/os/os.go and file.go.
//
// Terms: byte strings (value.ts) throughout; os.Args and the environment come from rt. A file
// call returns its results and an errno name, "" for success (file.go makes the error value).
//
// Simplifications vs real Go: writes to fds 1 and 2 never fail or block; a file call, and a
// write to fd 1 or 2, costs fileCallNs of simulated time and never blocks the P. A write to fd
// 1 or 2 is a visible step (write below); the file calls are not.

import { exit, readStdin, rt, writableEnviron } from "../../runtime/rt.js";
import { S, machine } from "../../runtime/state.js";
import { GoPanic } from "../../runtime/panic.js";
import { Slice } from "../../runtime/value.js";
import { errnoNumber, isErrno, type Errno, type StatT, type StdioMode } from "../../runtime/syscall.js";
import { fileCallNs } from "../../runtime/costs.js";
import { GOON, PENDING, pend, pending, withEntry, yieldThen, type GoGen } from "../../runtime/yield.js";
import { sliceStrings } from "./strings.js";

/** "" for success, else the errno's name; charges the call's simulated cost. */
function done(r: 0 | Errno): string {
  S.cost += fileCallNs;
  return isErrno(r) ? r.errno : "";
}

function int(x: number | bigint): number {
  return typeof x === "bigint" ? Number(x) : x;
}

/** A byte string's bytes into a []byte from its start; the count copied. */
function fill(b: Slice, s: string): number {
  for (let i = 0; i < s.length; i++) b.a[b.off + i] = s.charCodeAt(i);
  return s.length;
}

/** A []byte's bytes as a byte string. */
function bytesOf(b: Slice | null): string {
  if (b === null) return "";
  let s = "";
  for (let i = 0; i < b.len; i += 8192) s += String.fromCharCode.apply(null, Array.from(b.a.slice(b.off + i, b.off + Math.min(b.len, i + 8192)) as number[]));
  return s;
}

function stat(r: StatT | Errno): [number, number, number, string] {
  S.cost += fileCallNs;
  return isErrno(r) ? [0, 0, 0, r.errno] : [r.size, r.mode, r.mtimeNs, ""];
}

/** The file calls (syscall's), on rt.fs. */
const fileNatives: Record<string, Function> = {
  errnoNum: (name: string): number => errnoNumber[name] ?? errnoNumber.EIO!,
  sysOpen: (name: string, flag: number | bigint, perm: number | bigint): [number, string] => {
    S.cost += fileCallNs;
    const r = rt.fs.open(name, int(flag), int(perm));
    return isErrno(r) ? [-1, r.errno] : [r, ""];
  },
  sysClose: (fd: number | bigint): string => done(rt.fs.close(int(fd))),
  sysRead: (fd: number | bigint, b: Slice | null): [number, string] => {
    S.cost += fileCallNs;
    if (b === null || b.len === 0) return [0, ""];
    const r = rt.fs.read(int(fd), b.len);
    return isErrno(r) ? [0, r.errno] : [fill(b, r), ""];
  },
  sysPread: (fd: number | bigint, b: Slice | null, off: number | bigint): [number, string] => {
    S.cost += fileCallNs;
    if (b === null || b.len === 0) return [0, ""];
    const r = rt.fs.pread(int(fd), b.len, int(off));
    return isErrno(r) ? [0, r.errno] : [fill(b, r), ""];
  },
  sysWrite: (fd: number | bigint, b: Slice | null): [number, string] => {
    S.cost += fileCallNs;
    const r = rt.fs.write(int(fd), bytesOf(b));
    return isErrno(r) ? [0, r.errno] : [r, ""];
  },
  sysPwrite: (fd: number | bigint, b: Slice | null, off: number | bigint): [number, string] => {
    S.cost += fileCallNs;
    const r = rt.fs.pwrite(int(fd), bytesOf(b), int(off));
    return isErrno(r) ? [0, r.errno] : [r, ""];
  },
  sysSeek: (fd: number | bigint, off: number | bigint, whence: number | bigint): [number, string] => {
    S.cost += fileCallNs;
    const r = rt.fs.seek(int(fd), int(off), int(whence));
    return isErrno(r) ? [0, r.errno] : [r, ""];
  },
  sysFstat: (fd: number | bigint) => stat(rt.fs.fstat(int(fd))),
  sysStdio: (fd: number | bigint): [number, number, string] => {
    const s = rt.stdio[int(fd)]!;
    return [s.size, s.mode, s.errno];
  },
  sysStat: (name: string, follow: boolean) => stat(rt.fs.stat(name, follow)),
  sysMkdir: (name: string, perm: number | bigint): string => done(rt.fs.mkdir(name, int(perm))),
  sysUnlink: (name: string): string => done(rt.fs.unlink(name)),
  sysRmdir: (name: string): string => done(rt.fs.rmdir(name)),
  sysRename: (from: string, to: string): string => done(rt.fs.rename(from, to)),
  sysReaddir: (fd: number | bigint): [Slice | null, string] => {
    S.cost += fileCallNs;
    const r = rt.fs.readdir(int(fd));
    return isErrno(r) ? [null, r.errno] : [new Slice(r, 0, r.length, r.length), ""];
  },
  sysGetwd: (): [string, string] => {
    const r = rt.fs.getwd();
    return isErrno(r) ? ["", r.errno] : [r, ""];
  },
  sysChdir: (name: string): string => done(rt.fs.chdir(name)),
  sysTruncate: (name: string, size: number | bigint): string => done(rt.fs.truncate(name, int(size))),
  sysFtruncate: (fd: number | bigint, size: number | bigint): string => done(rt.fs.ftruncate(int(fd), int(size))),
  sysChmod: (name: string, mode: number | bigint): string => done(rt.fs.chmod(name, int(mode))),
  sysSymlink: (target: string, name: string): string => done(rt.fs.symlink(target, name)),
  sysReadlink: (name: string): [string, string] => {
    S.cost += fileCallNs;
    const r = rt.fs.readlink(name);
    return isErrno(r) ? ["", r.errno] : [r, ""];
  },
  sysLink: (from: string, to: string): string => done(rt.fs.link(from, to)),
  /** CreateTemp's and MkdirTemp's random part: a uint32 from the run's PRNG, as Go's fastrand. */
  nextRandom: (): string => String(rt.env.prng.uint32()),
};

/** write(fd, s) to fd 1 or 2: a write(2) to the terminal or a pipe, a system call charged as
 *  the file calls are. Its output is what other goroutines' output is ordered against, so it is
 *  a visible step (yield.ts STEP): the bytes go out after the other Ps' earlier events. The
 *  generator form of writen. */
function* write(fd: number | bigint, s: string): GoGen<number> {
  const n = writen(fd, s);
  return n === PENDING ? yield* pending() : (n as number);
}

/** write's plain entry (yield.ts): the count written, or PENDING when its step yields. */
function writen(fd: number | bigint, s: string): number | typeof PENDING {
  S.cost += fileCallNs;
  const st = machine.stepNow();
  return st === GOON ? writeStepped(fd, s) : pend(yieldThen(st, writeStepped, fd, s, undefined));
}

/** write after its step: the bytes go out. */
function writeStepped(fd: number | bigint, s: string): number {
  if (s.length > 0) rt.env.write(Number(fd) === 2 ? 2 : 1, s);
  return s.length;
}

/** The host-process calls (`--exec host`, rt.exec; proc.go's side of them): "EAGAIN" when the
 *  call would wait (proc.go then sleeps and asks again). */
const execNatives: Record<string, Function> = {
  hostExecOn: (): boolean => rt.exec !== undefined,
  hostStart: (name: string, argv: Slice | null, env: Slice | null, dir: string, stdio: Slice | null): [number, number, string] => {
    S.cost += fileCallNs;
    if (rt.exec === undefined) return [0, 0, "ENOSYS"];
    const r = rt.exec.start(name, sliceStrings(argv), sliceStrings(env), dir, sliceStrings(stdio) as StdioMode[]);
    return isErrno(r) ? [0, 0, r.errno] : [r.id, r.pid, ""];
  },
  hostWrite: (id: number | bigint, b: Slice | null): [number, string] => {
    S.cost += fileCallNs;
    const r = rt.exec!.write(int(id), bytesOf(b), rt.env.nanotime());
    return r === "again" ? [0, "EAGAIN"] : isErrno(r) ? [0, r.errno] : [r, ""];
  },
  hostCloseStdin: (id: number | bigint): void => rt.exec!.closeStdin(int(id)),
  hostRead: (id: number | bigint, fd: number | bigint, b: Slice): [number, string] => {
    S.cost += fileCallNs;
    const r = rt.exec!.read(int(id), int(fd) === 2 ? 2 : 1, b.len, rt.env.nanotime());
    return r === "again" ? [0, "EAGAIN"] : [fill(b, r), ""];
  },
  hostWait: (id: number | bigint): [number, string] => {
    S.cost += fileCallNs;
    const r = rt.exec!.wait(int(id), rt.env.nanotime());
    return r === "again" ? [0, "EAGAIN"] : [r, ""];
  },
  hostKill: (id: number | bigint, sig: number | bigint): string => done(rt.exec!.kill(int(id), int(sig))),
};

export const natives: Record<string, Function> = {
  runtime_args: (): Slice => {
    const a = rt.args.slice();
    return new Slice(a, 0, a.length, a.length);
  },
  write: withEntry(write, writen),
  read: (_fd: number | bigint, b: Slice): number => {
    const s = readStdin(b.len);
    for (let i = 0; i < s.length; i++) b.a[b.off + i] = s.charCodeAt(i);
    return s.length;
  },
  // The parent sees the low 8 bits of the status (exit_group), as for a real process.
  Exit: (code: number | bigint): never => {
    // While a test binary's M.Run runs (Go's testlog.PanicOnExit0), an early os.Exit(0) would
    // make a failing test look passed: it panics instead.
    if (BigInt(code) === 0n && machine.panicOnExit0) {
      // os.Exit is Go code in Go: the panic comes from its frame, which stays on the stack
      // while the panic's deferred calls run (testing's recover and re-panic show it).
      S.g.pushRuntime("os.Exit", "/usr/lib/go-1.19/src/os/proc.go", 68);
      throw new GoPanic(rt.stringValue("unexpected call to os.Exit(0) during test"));
    }
    return exit(Number(BigInt.asUintN(8, BigInt(code))), BigInt(code) === 0n);
  },
  LookupEnv: (key: string): [string, boolean] => {
    const v = rt.environ.get(key);
    return v === undefined ? ["", false] : [v, true];
  },
  setenv: (key: string, value: string): void => {
    writableEnviron().set(key, value);
  },
  unsetenv: (key: string): void => {
    writableEnviron().delete(key);
  },
  Environ: (): Slice => {
    const a = [...rt.environ].map(([k, v]) => k + "=" + v);
    return new Slice(a, 0, a.length, a.length);
  },
  ...fileNatives,
  ...execNatives,
};

/** Package syscall's natives: the environment (os's LookupEnv, setenv, unsetenv, Environ). */
export const syscallNatives: Record<string, Function> = {
  Getenv: natives.LookupEnv!,
  setenv: natives.setenv!,
  unsetenv: natives.unsetenv!,
  Environ: natives.Environ!,
};
