// Tests for the in-memory file system (host/memfs.ts): its system calls one by one, then whole
// programs (testdata/memfs/*.go, on paths relative to the working directory) whose output must be
// Go 1.19's (recorded in NAME.out) on MemFS, on the host's file system through NodeFS, and under
// real Go when it is installed; and the os goldens of testdata/run/os run on MemFS.

import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { compile, defaultRunOptions, run, type Program } from "../api.js";
import { type HostFS, type StatT, type Errno, O_APPEND, O_CREAT, O_EXCL, O_RDONLY, O_RDWR, O_TRUNC, O_WRONLY } from "../runtime/syscall.js";
import { MemFS, maxOpenFiles, maxTotalBytes, playgroundEpochNs } from "./memfs.js";
import { NodeFS } from "./nodefs.js";
import { nodeToolchain } from "./node.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const goBin = "/usr/lib/go-1.19/bin/go";

function ok<T>(r: T | Errno): T {
  if (typeof r === "object" && r !== null && "errno" in (r as object)) assert.fail(`unexpected ${(r as Errno).errno}`);
  return r as T;
}

function errno(r: unknown): string | undefined {
  return typeof r === "object" && r !== null && "errno" in r ? (r as Errno).errno : undefined;
}

function mode(fsys: HostFS, p: string): string {
  return (ok(fsys.stat(p, true)) as StatT).mode.toString(8);
}

// ---- The calls -------------------------------------------------------------------------

test("MemFS: the initial tree is a small Linux sandbox at the playground's epoch", () => {
  const m = new MemFS("/tmp/sandbox", { files: { "/home/gopher/in.txt": "héllo\n", "/etc/raw": new Uint8Array([0, 255]) } });
  assert.equal(m.getwd(), "/tmp/sandbox");
  assert.equal(mode(m, "/"), "40755");
  assert.equal(mode(m, "/tmp"), "41777");
  assert.equal(mode(m, "."), "40755");
  assert.equal(mode(m, "/home/gopher/in.txt"), "100644");
  const st = ok(m.stat("/home/gopher/in.txt", true));
  assert.equal(st.size, 7); // UTF-8
  assert.equal(st.mtimeNs, playgroundEpochNs);
  assert.equal(ok(m.stat("/", true)).size, 4096);
  const fd = ok(m.open("/", O_RDONLY, 0));
  assert.deepEqual(m.readdir(fd), ["etc", "home", "tmp"]);
  const raw = ok(m.open("/etc/raw", O_RDONLY, 0));
  assert.equal(m.read(raw, 10), "\x00\xff");
  const custom = new MemFS("/work", { dirs: [] });
  assert.deepEqual(custom.readdir(ok(custom.open("/", O_RDONLY, 0))), ["work"]);
});

test("MemFS: descriptors from 3, the lowest free first, at most maxOpenFiles", () => {
  const m = new MemFS();
  assert.equal(m.open("a", O_CREAT | O_WRONLY, 0o644), 3);
  assert.equal(m.open("a", O_RDONLY, 0), 4);
  assert.equal(m.open("a", O_RDONLY, 0), 5);
  assert.equal(m.close(4), 0);
  assert.equal(m.open("a", O_RDONLY, 0), 4);
  assert.equal(errno(m.close(4)), undefined);
  assert.equal(errno(m.close(4)), "EBADF");
  assert.equal(errno(m.read(99, 1)), "EBADF");
  let last = 0;
  for (let i = 2; i < maxOpenFiles; i++) last = ok(m.open("a", O_RDONLY, 0));
  assert.equal(last, maxOpenFiles + 2); // NodeFS's count: fds 3..1026
  assert.equal(errno(m.open("a", O_RDONLY, 0)), "EMFILE");
  assert.equal(errno(m.open("missing", O_RDONLY, 0)), "EMFILE"); // before the path walk
  m.closeAll();
  assert.equal(m.open("a", O_RDONLY, 0), 3);
});

test("MemFS: read, write, pread, pwrite, seek, append and holes", () => {
  const m = new MemFS();
  const fd = ok(m.open("f", O_CREAT | O_RDWR | O_EXCL, 0o666));
  assert.equal(mode(m, "f"), "100644"); // umask 022
  assert.equal(m.write(fd, "hello"), 5);
  assert.equal(m.read(fd, 10), "");
  assert.equal(m.seek(fd, 1, 0), 1);
  assert.equal(m.read(fd, 3), "ell");
  assert.equal(m.seek(fd, -1, 1), 3);
  assert.equal(m.seek(fd, -2, 2), 3);
  assert.equal(errno(m.seek(fd, -6, 2)), "EINVAL");
  assert.equal(errno(m.seek(fd, 0, 3)), "EINVAL");
  assert.equal(m.seek(fd, 8, 0), 8);
  assert.equal(m.write(fd, "X"), 1);
  assert.equal(ok(m.fstat(fd)).size, 9);
  assert.equal(m.pread(fd, 100, 0), "hello\0\0\0X");
  assert.equal(m.pwrite(fd, "Y", 12), 1);
  assert.equal(m.pread(fd, 100, 7), "\0X\0\0\0Y");
  assert.equal(m.pread(fd, 100, 50), "");
  assert.equal(errno(m.pread(fd, 1, -1)), "EINVAL");
  assert.equal(errno(m.pwrite(fd, "a", -1)), "EINVAL");
  assert.equal(errno(m.open("f", O_CREAT | O_EXCL | O_WRONLY, 0o644)), "EEXIST");
  const ap = ok(m.open("f", O_WRONLY | O_APPEND, 0));
  assert.equal(m.write(ap, "++"), 2);
  assert.equal(m.seek(ap, 0, 1), 15);
  assert.equal(m.pwrite(ap, "!", 0), 1); // Linux: pwrite on O_APPEND appends
  assert.equal(m.pread(fd, 100, 13), "++!");
  const ro = ok(m.open("f", O_RDONLY, 0));
  assert.equal(errno(m.write(ro, "x")), "EBADF");
  assert.equal(errno(m.read(ap, 1)), "EBADF");
  const tr = ok(m.open("f", O_WRONLY | O_TRUNC, 0));
  assert.equal(ok(m.fstat(tr)).size, 0);
  assert.equal(m.read(ro, 10), "");
  // Many appends stay linear: 1 MiB in 1 KiB pieces.
  const big = ok(m.open("big", O_CREAT | O_WRONLY | O_APPEND, 0o644));
  const kb = "z".repeat(1024);
  for (let i = 0; i < 1024; i++) m.write(big, kb);
  assert.equal(ok(m.stat("big", true)).size, 1 << 20);
  const r = ok(m.open("big", O_RDONLY, 0));
  assert.equal((m.read(r, 2 << 20) as string).length, 1 << 20); // at most 1 MiB a read
});

test("MemFS: truncate and ftruncate", () => {
  const m = new MemFS();
  const fd = ok(m.open("t", O_CREAT | O_RDWR, 0o644));
  m.write(fd, "abcdef");
  assert.equal(m.ftruncate(fd, 2), 0);
  assert.equal(m.ftruncate(fd, 5), 0);
  assert.equal(m.pread(fd, 10, 0), "ab\0\0\0");
  assert.equal(m.truncate("t", 1), 0);
  assert.equal(m.truncate("t", 3), 0);
  assert.equal(m.pread(fd, 10, 0), "a\0\0");
  assert.equal(errno(m.truncate("t", -1)), "EINVAL");
  assert.equal(errno(m.ftruncate(fd, -1)), "EINVAL");
  assert.equal(errno(m.truncate("missing", 0)), "ENOENT");
  assert.equal(errno(m.truncate("/tmp", 0)), "EISDIR");
  assert.equal(errno(m.truncate("t/", 0)), "ENOTDIR");
  const ro = ok(m.open("t", O_RDONLY, 0));
  assert.equal(errno(m.ftruncate(ro, 0)), "EINVAL");
  assert.equal(errno(m.truncate("t", maxTotalBytes + 1)), "ENOSPC");
  assert.equal(errno(m.pwrite(fd, "x", maxTotalBytes)), "ENOSPC");
  assert.equal(ok(m.fstat(fd)).size, 3);
});

test("MemFS: directories, trailing slashes and dots", () => {
  const m = new MemFS();
  assert.equal(m.mkdir("d", 0o777), 0);
  assert.equal(mode(m, "d"), "40755");
  assert.equal(errno(m.mkdir("d", 0o777)), "EEXIST");
  assert.equal(errno(m.mkdir("d/.", 0o777)), "EEXIST");
  assert.equal(errno(m.mkdir("/", 0o777)), "EEXIST");
  assert.equal(errno(m.mkdir("x/y", 0o777)), "ENOENT");
  assert.equal(m.mkdir("d/e/", 0o700), 0);
  assert.equal(mode(m, "d/e"), "40700");
  const f = ok(m.open("d/f", O_CREAT | O_WRONLY, 0o644));
  m.write(f, "data");
  m.close(f);
  assert.equal(errno(m.mkdir("d/f/g", 0o777)), "ENOTDIR");
  assert.equal(errno(m.stat("d/f/", true)), "ENOTDIR");
  assert.equal(errno(m.stat("d/f/..", true)), "ENOTDIR");
  assert.equal(errno(m.stat("d/nope/..", true)), "ENOENT");
  assert.equal(errno(m.stat("", true)), "ENOENT");
  assert.equal(errno(m.stat("a\0b", true)), "EINVAL");
  assert.equal(errno(m.stat("x".repeat(256), true)), "ENAMETOOLONG");
  assert.equal(errno(m.stat("x/".repeat(2048), true)), "ENAMETOOLONG");
  assert.equal(ok(m.stat("d/e/", true)).size, 4096);
  assert.equal(errno(m.open("d", O_WRONLY, 0)), "EISDIR");
  assert.equal(errno(m.open("d", O_RDONLY | O_TRUNC, 0)), "EISDIR");
  assert.equal(errno(m.open("d", O_RDONLY | O_CREAT, 0o644)), "EISDIR");
  assert.equal(errno(m.open("d/.", O_RDONLY | O_CREAT | O_EXCL, 0o644)), "EEXIST");
  assert.equal(errno(m.open("new/", O_RDWR | O_CREAT, 0o644)), "EISDIR");
  assert.equal(errno(m.open("d/f/", O_RDONLY, 0)), "ENOTDIR");
  assert.equal(errno(m.open("d/f", 0x10000, 0)), "ENOTDIR"); // O_DIRECTORY
  const dfd = ok(m.open("d/", O_RDONLY, 0));
  assert.equal(errno(m.read(dfd, 1)), "EISDIR");
  assert.equal(errno(m.pread(dfd, 1, 0)), "EISDIR");
  assert.equal(errno(m.write(dfd, "x")), "EBADF");
  assert.deepEqual(m.readdir(dfd), ["e", "f"]);
  assert.equal(errno(m.readdir(ok(m.open("d/f", O_RDONLY, 0)))), "ENOTDIR");
  assert.equal(errno(m.rmdir("d")), "ENOTEMPTY");
  assert.equal(errno(m.rmdir("d/.")), "EINVAL");
  assert.equal(errno(m.rmdir("d/..")), "ENOTEMPTY");
  assert.equal(errno(m.rmdir("/")), "EBUSY");
  assert.equal(errno(m.rmdir("d/f")), "ENOTDIR");
  assert.equal(errno(m.unlink("d")), "EISDIR");
  assert.equal(errno(m.unlink("d/.")), "EISDIR");
  assert.equal(errno(m.unlink("d/f/")), "ENOTDIR");
  assert.equal(errno(m.unlink("d/e/")), "EISDIR");
  assert.equal(errno(m.unlink("d/nope/")), "ENOENT");
  assert.equal(m.rmdir("d/e/"), 0);
  assert.equal(errno(m.rmdir("d/e")), "ENOENT");
  assert.equal(m.chmod("d/f", 0o4755 | 0o170000), 0);
  assert.equal(mode(m, "d/f"), "104755");
});

test("MemFS: rename", () => {
  const m = new MemFS();
  for (const d of ["a", "a/b", "a/b/c", "e"]) ok(m.mkdir(d, 0o755));
  const put = (p: string, s: string): void => {
    const fd = ok(m.open(p, O_CREAT | O_WRONLY | O_TRUNC, 0o644));
    m.write(fd, s);
    m.close(fd);
  };
  put("a/f", "F");
  put("g", "G");
  assert.equal(errno(m.rename("a", "a/b/x")), "EINVAL");
  assert.equal(errno(m.rename("a", "a/x")), "EINVAL");
  assert.equal(errno(m.rename("a/b/c", "a")), "ENOTEMPTY");
  assert.equal(errno(m.rename("nope", "x")), "ENOENT");
  assert.equal(errno(m.rename("g", "nope/x")), "ENOENT");
  assert.equal(errno(m.rename("g", "x/")), "ENOTDIR");
  assert.equal(errno(m.rename("g/", "x")), "ENOTDIR");
  assert.equal(errno(m.rename("g", "e")), "EISDIR");
  assert.equal(errno(m.rename("e", "g")), "ENOTDIR");
  assert.equal(errno(m.rename("e", "a")), "ENOTEMPTY");
  assert.equal(errno(m.rename(".", "x")), "EBUSY");
  assert.equal(errno(m.rename("g", "a/..")), "EBUSY");
  assert.equal(m.rename("g", "g"), 0);
  assert.equal(m.rename("a", "a/"), 0);
  // A file over a file replaces it; a directory over an empty one too.
  const held = ok(m.open("a/f", O_RDONLY, 0));
  assert.equal(m.rename("g", "a/f"), 0);
  assert.equal(m.read(held, 10), "F");
  assert.equal(m.pread(ok(m.open("a/f", O_RDONLY, 0)), 10, 0), "G");
  ok(m.mkdir("empty", 0o755));
  assert.equal(m.rename("e", "empty/"), 0);
  assert.equal(errno(m.stat("e", true)), "ENOENT");
  // The working directory moves with its directory.
  assert.equal(m.chdir("a/b/c"), 0);
  assert.equal(m.getwd(), "/tmp/sandbox/a/b/c");
  assert.equal(m.rename("/tmp/sandbox/a", "/home/gopher/z"), 0);
  assert.equal(m.getwd(), "/home/gopher/z/b/c");
  assert.equal(m.chdir(".."), 0);
  assert.deepEqual(m.readdir(ok(m.open(".", O_RDONLY, 0))), ["c"]);
  assert.equal(errno(m.chdir("/home/gopher/z/f")), "ENOTDIR");
  assert.equal(errno(m.chdir("nope")), "ENOENT");
});

test("MemFS: unlinked files stay readable while open; a removed working directory is dead", () => {
  const m = new MemFS();
  const w = ok(m.open("f", O_CREAT | O_RDWR, 0o644));
  m.write(w, "kept");
  assert.equal(m.unlink("f"), 0);
  assert.equal(errno(m.stat("f", true)), "ENOENT");
  assert.equal(m.pread(w, 10, 0), "kept");
  assert.equal(m.write(w, "!"), 1);
  assert.equal(ok(m.fstat(w)).size, 5);
  m.close(w);
  ok(m.mkdir("gone", 0o755));
  ok(m.chdir("gone"));
  ok(m.rmdir("../gone"));
  assert.equal(errno(m.getwd()), "ENOENT");
  assert.equal(errno(m.open("x", O_CREAT | O_WRONLY, 0o644)), "ENOENT");
  assert.equal(errno(m.mkdir("x", 0o755)), "ENOENT");
  assert.equal(m.chdir("/tmp"), 0);
  assert.equal(m.getwd(), "/tmp");
});

test("MemFS: modifications stamp the given clock; creating and removing stamp the directory", () => {
  let t = 1_000;
  const m = new MemFS("/w", { now: () => (t += 1_000) });
  const fd = ok(m.open("f", O_CREAT | O_WRONLY, 0o644));
  const created = ok(m.fstat(fd)).mtimeNs;
  assert.equal(ok(m.stat(".", true)).mtimeNs, created + 1_000);
  m.write(fd, "x");
  const written = ok(m.fstat(fd)).mtimeNs;
  assert.ok(written > created);
  m.chmod("f", 0o600);
  assert.equal(ok(m.fstat(fd)).mtimeNs, written);
  m.ftruncate(fd, 0);
  assert.ok(ok(m.fstat(fd)).mtimeNs > written);
  m.unlink("f");
  assert.equal(ok(m.stat(".", true)).mtimeNs, t);
  assert.equal(ok(m.stat("/", true)).mtimeNs, playgroundEpochNs);
});

// ---- Whole programs ------------------------------------------------------------------

const tc = await nodeToolchain();

function build(file: string): Program {
  const text = fs.readFileSync(file, "utf8");
  const c = compile(tc, [{ name: `./${path.basename(file)}`, path: file, text }], "command-line-arguments");
  if (!c.ok) throw new Error(`compile ${file} failed:\n${c.stderr}`);
  return c.program;
}

function gort(p: Program, newFS: () => HostFS, environ = new Map([["HOME", "/home/gopher"]])): { stdout: string; stderr: string; exit: number } {
  const r = run(p, { ...defaultRunOptions, environ, seed: 1, newFS });
  return { stdout: r.stdout, stderr: r.stderr, exit: r.exitCode };
}

function inTempDir<T>(f: (dir: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gort-memfs-"));
  try {
    return f(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const haveGo = fs.existsSync(goBin);
const progDir = path.join(root, "testdata", "memfs");
/** Programs NodeFS cannot give Go's output for: it keeps its working directory as a path, so it
 *  loses a removed one. */
const notOnNodeFS = new Set(["deadcwd.go"]);
for (const name of fs.readdirSync(progDir).filter((n) => n.endsWith(".go")).sort()) {
  const file = path.join(progDir, name);
  // NAME.out: go 1.19's output, run in an empty directory.
  const want = fs.readFileSync(file.replace(/\.go$/, ".out"), "utf8");
  test(`MemFS = NodeFS = Go 1.19: testdata/memfs/${name}`, () => {
    const p = build(file);
    const mem = gort(p, () => new MemFS("/tmp/sandbox"));
    assert.equal(mem.stderr, "");
    assert.equal(mem.exit, 0);
    assert.equal(mem.stdout, want);
    if (!notOnNodeFS.has(name)) {
      const host = inTempDir((dir) => gort(p, () => new NodeFS(dir)));
      assert.equal(host.stdout, want);
    }
    if (!haveGo) return;
    const real = inTempDir((dir) => {
      const exe = path.join(dir, "prog");
      const b = spawnSync(goBin, ["build", "-o", exe, file], { encoding: "utf8", env: { ...process.env, GOFLAGS: "", GO111MODULE: "off" } });
      assert.equal(b.status, 0, b.stderr);
      const work = path.join(dir, "work");
      fs.mkdirSync(work);
      const r = spawnSync(exe, [], { cwd: work, encoding: "utf8", env: { PATH: process.env.PATH ?? "", HOME: "/home/gopher" } });
      return { stdout: r.stdout, stderr: r.stderr, exit: r.status };
    });
    assert.deepEqual(real, { stdout: want, stderr: "", exit: 0 });
  });
}

// The os programs of testdata/run give their recorded Go output on MemFS too.
for (const name of ["files", "walk", "dirfs"]) {
  test(`MemFS: testdata/run/os/${name}.go gives its golden`, () => {
    const file = path.join(root, "testdata", "run", "os", `${name}.go`);
    const golden = fs.readFileSync(file.replace(/\.go$/, ".golden"), "utf8");
    const g = JSON.parse(golden.slice(golden.indexOf("\n") + 1)) as { env: Record<string, string>; stdout: string; stderr: string; exit: number };
    const got = gort(build(file), () => new MemFS("/tmp/sandbox"), new Map([["HOME", "/home/gopher"], ...Object.entries(g.env)]));
    assert.deepEqual(got, { stdout: g.stdout, stderr: g.stderr, exit: g.exit });
  });
}

test("MemFS: in a run, mtimes follow the simulated clock from the playground's epoch", () => {
  const text = `package main

import (
	"fmt"
	"os"
	"time"
)

func main() {
	st, _ := os.Stat("/tmp")
	fmt.Println(st.ModTime().UTC())
	time.Sleep(time.Hour)
	os.WriteFile("f", nil, 0644)
	st, _ = os.Stat("f")
	d := time.Since(st.ModTime())
	fmt.Println(st.ModTime().UTC().Format(time.Kitchen), d >= 0 && d < time.Millisecond)
}
`;
  const c = compile(tc, [{ name: "./main.go", path: "/home/gopher/prog/main.go", text }], "command-line-arguments");
  assert.ok(c.ok);
  const a = gort(c.program, () => new MemFS());
  assert.equal(a.stdout, "2009-11-10 23:00:00 +0000 UTC\n12:00AM true\n");
  assert.deepEqual(gort(c.program, () => new MemFS()), a);
});

test("no links: symlink and link fail as on a file system without them, readlink of a file is EINVAL", () => {
  const m = new MemFS("/tmp/sandbox", { files: { "/tmp/sandbox/f": "x" } });
  assert.deepEqual(m.symlink("f", "l"), { errno: "EPERM" });
  assert.deepEqual(m.symlink("f", "f"), { errno: "EEXIST" });
  assert.deepEqual(m.link("f", "h"), { errno: "EPERM" });
  assert.deepEqual(m.link("missing", "h"), { errno: "ENOENT" });
  assert.deepEqual(m.readlink("f"), { errno: "EINVAL" });
  assert.deepEqual(m.readlink("missing"), { errno: "ENOENT" });
});
