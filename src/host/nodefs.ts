// The host's file system for a run (runtime/syscall.ts HostFS), through Node's synchronous fs
// calls: what `go run` gives a program, the files of the machine gort runs on.
//
// The process's file descriptors are its own (3, 4, ... lowest free first), mapped to the
// host's; the working directory is the run's own (chdir moves it, not gort's); each run gets a
// new NodeFS and what it leaves open is closed when it ends. Paths and data are byte strings
// (one char per byte), as the runtime keeps them.
//
// Every call that changes the host's files (creating, writing, removing, renaming, truncating,
// chmod) first calls beforeHostEffect: on bin/gort.js's main thread that moves the command to
// the big stack before anything is changed (runtime/panic.ts MoveToBigStack), so that the run
// made again there changes the files once.

import * as fs from "node:fs";
import { type Errno, type HostFS, type StatT, O_APPEND, O_CREAT, O_TRUNC } from "../runtime/syscall.js";
import { beforeHostEffect } from "../runtime/panic.js";
import { textToBytes } from "../base/utf8.js";

/** The most files a run may have open at once (a process's usual RLIMIT_NOFILE). */
const maxOpenFiles = 1024;

interface OpenFile {
  hostFd: number;
  /** The absolute path it was opened by (directories list by path). */
  path: string;
  pos: number;
  append: boolean;
}

function errno(e: unknown): Errno {
  const code = (e as { code?: unknown }).code;
  return { errno: typeof code === "string" && /^E[A-Z]+$/.test(code) ? code : "EIO" };
}

function bytes(s: string): Buffer {
  return Buffer.from(s, "latin1");
}

function statT(st: fs.BigIntStats): StatT {
  return { size: Number(st.size), mode: Number(st.mode), mtimeNs: Number(st.mtimeNs) };
}

export class NodeFS implements HostFS {
  private readonly files = new Map<number, OpenFile>();
  private cwd: string;

  constructor(cwd: string) {
    this.cwd = textToBytes(cwd);
  }

  /** The absolute path, as written: the kernel walks its "." and ".." itself ("file/.." is
   *  ENOTDIR, "missing/.." ENOENT, "dir/." names no new entry) and a trailing slash requires a
   *  directory ("file/" is ENOTDIR), which a lexical resolve would hide. The empty path names
   *  nothing (ENOENT), as for the kernel. */
  private abs(p: string): string {
    if (p === "") throw { code: "ENOENT" };
    return p.startsWith("/") ? p : this.cwd === "/" ? "/" + p : this.cwd + "/" + p;
  }

  private file(fd: number): OpenFile | Errno {
    return this.files.get(fd) ?? { errno: "EBADF" };
  }

  open(p: string, flags: number, perm: number): number | Errno {
    if (this.files.size >= maxOpenFiles) return { errno: "EMFILE" };
    if ((flags & (O_CREAT | O_TRUNC)) !== 0) beforeHostEffect("open for writing");
    try {
      const a = this.abs(p);
      const hostFd = fs.openSync(bytes(a), flags, perm);
      let fd = 3;
      while (this.files.has(fd)) fd++;
      this.files.set(fd, { hostFd, path: a, pos: 0, append: (flags & O_APPEND) !== 0 });
      return fd;
    } catch (e) {
      return errno(e);
    }
  }

  close(fd: number): 0 | Errno {
    const f = this.file(fd);
    if ("errno" in f) return f;
    this.files.delete(fd);
    try {
      fs.closeSync(f.hostFd);
      return 0;
    } catch (e) {
      return errno(e);
    }
  }

  read(fd: number, max: number): string | Errno {
    const f = this.file(fd);
    if ("errno" in f) return f;
    const r = this.pread(fd, max, f.pos);
    if (typeof r === "string") f.pos += r.length;
    return r;
  }

  pread(fd: number, max: number, off: number): string | Errno {
    const f = this.file(fd);
    if ("errno" in f) return f;
    try {
      const buf = Buffer.alloc(Math.min(max, 1 << 20));
      const n = fs.readSync(f.hostFd, buf, 0, buf.length, off);
      return buf.toString("latin1", 0, n);
    } catch (e) {
      return errno(e);
    }
  }

  write(fd: number, data: string): number | Errno {
    const f = this.file(fd);
    if ("errno" in f) return f;
    beforeHostEffect("write");
    if (f.append) {
      try {
        const n = fs.writeSync(f.hostFd, bytes(data));
        f.pos = Number(fs.fstatSync(f.hostFd).size);
        return n;
      } catch (e) {
        return errno(e);
      }
    }
    const r = this.pwrite(fd, data, f.pos);
    if (typeof r === "number") f.pos += r;
    return r;
  }

  pwrite(fd: number, data: string, off: number): number | Errno {
    const f = this.file(fd);
    if ("errno" in f) return f;
    beforeHostEffect("write");
    try {
      const b = bytes(data);
      let done = 0;
      while (done < b.length) done += fs.writeSync(f.hostFd, b, done, b.length - done, off + done);
      return done;
    } catch (e) {
      return errno(e);
    }
  }

  seek(fd: number, off: number, whence: number): number | Errno {
    const f = this.file(fd);
    if ("errno" in f) return f;
    let base = 0;
    if (whence === 1) base = f.pos;
    else if (whence === 2) {
      const st = this.fstat(fd);
      if ("errno" in st) return st;
      base = st.size;
    } else if (whence !== 0) return { errno: "EINVAL" };
    if (base + off < 0) return { errno: "EINVAL" };
    f.pos = base + off;
    return f.pos;
  }

  fstat(fd: number): StatT | Errno {
    const f = this.file(fd);
    if ("errno" in f) return f;
    try {
      return statT(fs.fstatSync(f.hostFd, { bigint: true }));
    } catch (e) {
      return errno(e);
    }
  }

  stat(p: string, follow: boolean): StatT | Errno {
    try {
      const a = bytes(this.abs(p));
      return statT(follow ? fs.statSync(a, { bigint: true }) : fs.lstatSync(a, { bigint: true }));
    } catch (e) {
      return errno(e);
    }
  }

  mkdir(p: string, perm: number): 0 | Errno {
    return this.change(() => fs.mkdirSync(bytes(this.abs(p)), { mode: perm }));
  }

  unlink(p: string): 0 | Errno {
    return this.change(() => fs.unlinkSync(bytes(this.abs(p))));
  }

  rmdir(p: string): 0 | Errno {
    return this.change(() => fs.rmdirSync(bytes(this.abs(p))));
  }

  rename(from: string, to: string): 0 | Errno {
    return this.change(() => fs.renameSync(bytes(this.abs(from)), bytes(this.abs(to))));
  }

  readdir(fd: number): string[] | Errno {
    const f = this.file(fd);
    if ("errno" in f) return f;
    try {
      return fs.readdirSync(bytes(f.path), { encoding: "buffer" }).map((b) => b.toString("latin1"));
    } catch (e) {
      return errno(e);
    }
  }

  getwd(): string | Errno {
    return this.cwd;
  }

  chdir(p: string): 0 | Errno {
    if (p === "") return { errno: "ENOENT" };
    const a = this.abs(p);
    const st = this.stat(a, true);
    if ("errno" in st) return st;
    if ((st.mode & 0o170000) !== 0o040000) return { errno: "ENOTDIR" };
    // What getcwd(2) would name it: the physical path, its "..", "." and symlinks resolved.
    try {
      this.cwd = fs.realpathSync.native(bytes(a), { encoding: "buffer" }).toString("latin1");
    } catch (e) {
      return errno(e);
    }
    return 0;
  }

  truncate(p: string, size: number): 0 | Errno {
    // Node takes a negative length as 0; the kernel refuses it.
    if (size < 0) return { errno: "EINVAL" };
    return this.change(() => fs.truncateSync(bytes(this.abs(p)), size));
  }

  ftruncate(fd: number, size: number): 0 | Errno {
    if (size < 0) return { errno: "EINVAL" };
    const f = this.file(fd);
    if ("errno" in f) return f;
    return this.change(() => fs.ftruncateSync(f.hostFd, size));
  }

  chmod(p: string, mode: number): 0 | Errno {
    return this.change(() => fs.chmodSync(bytes(this.abs(p)), mode));
  }

  symlink(target: string, p: string): 0 | Errno {
    // The target is stored as given: a relative one is relative to the link's directory.
    return this.change(() => fs.symlinkSync(bytes(target), bytes(this.abs(p))));
  }

  readlink(p: string): string | Errno {
    try {
      return fs.readlinkSync(bytes(this.abs(p)), { encoding: "buffer" }).toString("latin1");
    } catch (e) {
      return errno(e);
    }
  }

  link(from: string, to: string): 0 | Errno {
    return this.change(() => fs.linkSync(bytes(this.abs(from)), bytes(this.abs(to))));
  }

  closeAll(): void {
    for (const f of this.files.values()) {
      try {
        fs.closeSync(f.hostFd);
      } catch {
        // Already gone: nothing to release.
      }
    }
    this.files.clear();
  }

  /** call for a change to the host's files. */
  private change(f: () => void): 0 | Errno {
    beforeHostEffect("a file system change");
    return this.call(f);
  }

  private call(f: () => void): 0 | Errno {
    try {
      f();
      return 0;
    } catch (e) {
      return errno(e);
    }
  }
}
