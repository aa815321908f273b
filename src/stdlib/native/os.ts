// The natives of package os: the simulated process's fds, arguments, environment and exit.
//
// Models the system-call layer under Go 1.19's os package (syscall.Write/Read on fds 0-2,
// runtime_args, syscall.Getenv, os.Exit). The Go side is stdlib/os/os.go.
//
// Terms: byte strings (value.ts) throughout; os.Args and the environment come from rt.
//
// Simplifications vs real Go: only fds 0, 1 and 2 exist; a write never fails or blocks.

import { exit, readStdin, rt } from "../../runtime/rt.js";
import { Slice } from "../../runtime/value.js";

export const natives: Record<string, Function> = {
  runtime_args: (): Slice => {
    const a = rt.args.slice();
    return new Slice(a, 0, a.length, a.length);
  },
  write: (fd: number | bigint, s: string): number => {
    if (s.length > 0) rt.env.write(Number(fd) === 2 ? 2 : 1, s);
    return s.length;
  },
  read: (_fd: number | bigint, b: Slice): number => {
    const s = readStdin(b.len);
    for (let i = 0; i < s.length; i++) b.a[b.off + i] = s.charCodeAt(i);
    return s.length;
  },
  // The parent sees the low 8 bits of the status (exit_group), as for a real process.
  Exit: (code: number | bigint): never => exit(Number(BigInt.asUintN(8, BigInt(code))), BigInt(code) === 0n),
  LookupEnv: (key: string): [string, boolean] => {
    const v = rt.environ.get(key);
    return v === undefined ? ["", false] : [v, true];
  },
  setenv: (key: string, value: string): void => {
    rt.environ.set(key, value);
  },
  unsetenv: (key: string): void => {
    rt.environ.delete(key);
  },
  Environ: (): Slice => {
    const a = [...rt.environ].map(([k, v]) => k + "=" + v);
    return new Slice(a, 0, a.length, a.length);
  },
};
