// An in-memory file system for a run (runtime/syscall.ts HostFS): what the browser playground
// gives a program, a small Linux sandbox. RunOptions.newFS makes a new one for each run, so each
// run starts from the initial tree; one MemFS given to several runs keeps their files (closeAll,
// at a run's end, closes only its descriptors).
//
// Models the Linux kernel's path walk and system calls on a local disk file system as Go 1.19's
// syscall package meets them (fs/namei.c, fs/open.c, fs/read_write.c), with the conventions of
// the CLI's NodeFS (src/host/nodefs.ts) wherever they are gort's own: file descriptors from 3
// up, the lowest free first; at most maxOpenFiles open (EMFILE before anything else); a read
// returns at most 1 MiB; readdir lists names sorted by their bytes (what libuv's scandir gives
// NodeFS; Go's os.ReadDir sorts anyway); a failed call returns the errno's name.
//
// Terms: paths and data are byte strings (one char per byte); a node is an inode (a file or a
// directory); an open file keeps its node, so a file unlinked while open stays readable until
// closed, and a removed directory ("dead") is empty and takes no new entries (ENOENT), as on
// Linux. The working directory is a node too: getwd names it by walking up its parents
// (ENOENT once it was removed), and relative paths start from it.
//
// The initial tree: /, the given directories (by default /etc, /home/gopher and /tmp), the
// given files and the working directory, with their parents. Directories are 0o755 (/tmp is
// 0o1777, as on Linux), files 0o644; their mtime is the playground epoch (2009-11-10 23:00:00
// UTC, where gort's time.Now starts). Later changes stamp the simulated wall clock
// (simulatedWallNs, the clock time.Now reads) unless the constructor is given another `now`.
//
// Simplifications vs Linux: no symlinks, hard links, devices, permissions (every call is
// allowed, as for root), owners, atime/ctime; a directory's size is 4096; umask 022 applies
// to created files and directories; the whole file system holds at most maxTotalBytes of file
// data and maxNodes nodes (beyond them ENOSPC; a write either fits whole or fails), with no
// sparse files (a hole counts as the zeros it reads as).

import { rt } from "../runtime/rt.js";
import { type Errno, type HostFS, type StatT, O_APPEND, O_CREAT, O_EXCL, O_TRUNC, S_IFDIR, S_IFREG } from "../runtime/syscall.js";

/** The most files a run may have open at once: NodeFS's (a process's usual RLIMIT_NOFILE). */
export const maxOpenFiles = 1024;

/** The most file data the file system holds, in bytes (ENOSPC beyond): 256 MiB, enough for any
 *  playground program and well inside a browser tab's memory. */
export const maxTotalBytes = 256 << 20;

/** The most files and directories it holds (ENOSPC beyond), so that empty files cannot grow the
 *  tab's memory without bound either. */
const maxNodes = 1 << 18;

/** The most bytes one read returns: NodeFS's buffer, so that a program makes the same calls
 *  (and spends the same simulated time) in the browser as in the CLI. */
const maxReadBytes = 1 << 20;

/** Linux's PATH_MAX (with the NUL) and NAME_MAX. */
const pathMax = 4096;
const nameMax = 255;

/** A directory's st_size, as ext4 reports a small one. */
const dirSize = 4096;

/** open(2)'s O_DIRECTORY on linux/amd64 (not among os's flags, but a program may pass it). */
const O_DIRECTORY = 0x10000;

/** The playground's epoch, 2009-11-10 23:00:00 UTC in ns since the Unix epoch: where gort's
 *  time.Now starts, and the mtime of everything in the initial tree. */
export const playgroundEpochNs = 1257894000_000_000_000;

/** The simulated wall clock, as time.Now reads it: the playground epoch plus the run's
 *  simulated time (the epoch alone outside a run). */
function simulatedWallNs(): number {
  const env = rt.env as { nanotime?: () => number } | undefined;
  return playgroundEpochNs + (env?.nanotime?.() ?? 0);
}

interface FileNode {
  kind: "file";
  /** Permission and set-id bits (no type). */
  perm: number;
  mtimeNs: number;
  /** The bytes, data[0:size]; data.length is the capacity (grown by doubling). */
  data: Uint8Array;
  size: number;
  /** Whether a directory names it. */
  linked: boolean;
  /** How many open file descriptions refer to it. */
  opens: number;
}

interface DirNode {
  kind: "dir";
  perm: number;
  mtimeNs: number;
  entries: Map<string, Node>;
  /** Its parent (the root is its own); a dead directory keeps the one it had. */
  parent: DirNode;
  /** Its name in its parent. */
  name: string;
  /** Removed (rmdir, or replaced by a rename): empty, and takes no new entries. */
  dead: boolean;
}

type Node = FileNode | DirNode;

interface OpenFile {
  node: Node;
  pos: number;
  readable: boolean;
  writable: boolean;
  append: boolean;
}

/** A path split as the kernel's path walk leaves it: the directory its last component is in,
 *  that component (and its kind), and whether slashes followed it. */
interface Walked {
  dir: DirNode;
  last: string;
  type: "norm" | "dot" | "dotdot" | "root";
  trailing: boolean;
}

interface MemFSOptions {
  /** Directories to make (with their parents), mode 0o755 (/tmp: 0o1777). Default: /etc,
   *  /home/gopher and /tmp. */
  dirs?: string[];
  /** Files to make (with their parents), mode 0o644: absolute path to contents, a string as
   *  UTF-8 text or a Uint8Array as raw bytes. */
  files?: Record<string, string | Uint8Array>;
  /** The wall clock that stamps modifications, in ns since the Unix epoch (default
   *  simulatedWallNs). It must be deterministic for runs to replay. */
  now?: () => number;
  /** The process's umask (default 0o022). */
  umask?: number;
}

/** The default directories of the playground's sandbox. */
const defaultDirs: readonly string[] = ["/etc", "/home/gopher", "/tmp"];

/** The data of every empty file (resize replaces it before a write). */
const noBytes = new Uint8Array(0);

const enoent: Errno = { errno: "ENOENT" };
const enotdir: Errno = { errno: "ENOTDIR" };
const eisdir: Errno = { errno: "EISDIR" };
const ebadf: Errno = { errno: "EBADF" };
const einval: Errno = { errno: "EINVAL" };
const enospc: Errno = { errno: "ENOSPC" };

function err(e: Errno): Errno {
  return { errno: e.errno };
}

/** A JS string's UTF-8 bytes as a byte string. */
function utf8Bytes(s: string): string {
  return byteString(new TextEncoder().encode(s));
}

function byteString(b: Uint8Array, from = 0, to = b.length): string {
  let s = "";
  for (let i = from; i < to; i += 8192) s += String.fromCharCode.apply(null, b.subarray(i, Math.min(to, i + 8192)) as unknown as number[]);
  return s;
}

export class MemFS implements HostFS {
  private readonly root: DirNode;
  private cwd: DirNode;
  private readonly files = new Map<number, OpenFile>();
  private readonly now: () => number;
  private readonly umask: number;
  private usedBytes = 0;
  private usedNodes = 1;

  /** A file system whose working directory is cwd (made if missing), e.g.
   *  `new MemFS("/tmp/sandbox")`, or `new MemFS("/home/gopher", { files: { "/home/gopher/in.txt": "hi\n" } })`. */
  constructor(cwd = "/tmp/sandbox", opts: MemFSOptions = {}) {
    this.now = opts.now ?? simulatedWallNs;
    this.umask = opts.umask ?? 0o022;
    const root = { kind: "dir", perm: 0o755, mtimeNs: playgroundEpochNs, entries: new Map(), name: "", dead: false } as unknown as DirNode;
    root.parent = root;
    this.root = root;
    this.cwd = root;
    for (const d of opts.dirs ?? defaultDirs) this.mkdirAll(utf8Bytes(d));
    for (const [p, content] of Object.entries(opts.files ?? {})) {
      const bp = utf8Bytes(p);
      const i = bp.lastIndexOf("/");
      const dir = i < 0 ? this.root : this.mkdirAll(bp.slice(0, i));
      const data = typeof content === "string" ? new TextEncoder().encode(content) : content.slice();
      const f: FileNode = { kind: "file", perm: 0o644, mtimeNs: playgroundEpochNs, data, size: data.length, linked: true, opens: 0 };
      dir.entries.set(bp.slice(i + 1), f);
      this.usedBytes += data.length;
      this.usedNodes++;
    }
    this.cwd = this.mkdirAll(utf8Bytes(cwd));
  }

  /** Make the directory p and its parents, for the initial tree. */
  private mkdirAll(p: string): DirNode {
    let d = this.root;
    for (const name of p.split("/")) {
      if (name === "" || name === ".") continue;
      if (name === "..") {
        d = d.parent;
        continue;
      }
      let c = d.entries.get(name);
      if (c === undefined) {
        c = { kind: "dir", perm: d === this.root && name === "tmp" ? 0o1777 : 0o755, mtimeNs: playgroundEpochNs, entries: new Map(), parent: d, name, dead: false };
        d.entries.set(name, c);
        this.usedNodes++;
      }
      if (c.kind !== "dir") throw new Error(`MemFS: ${p}: ${name} is a file`);
      d = c;
    }
    return d;
  }

  // ---- The path walk -------------------------------------------------------------------

  /** Walk p up to its last component (the kernel's path_parentat): every earlier component
   *  must name a directory (ENOENT, ENOTDIR otherwise). */
  private walk(p: string): Walked | Errno {
    if (p === "") return err(enoent);
    if (p.length >= pathMax) return { errno: "ENAMETOOLONG" };
    if (p.includes("\0")) return err(einval); // Go's syscall.ByteSliceFromString
    const parts = p.split("/").filter((s) => s !== "");
    let dir = p.startsWith("/") ? this.root : this.cwd;
    if (parts.length === 0) return { dir, last: "", type: "root", trailing: false };
    for (let i = 0; i < parts.length - 1; i++) {
      const r = this.step(dir, parts[i]!);
      if ("errno" in r) return r;
      if (r.kind !== "dir") return err(enotdir);
      dir = r;
    }
    const last = parts[parts.length - 1]!;
    if (last.length > nameMax) return { errno: "ENAMETOOLONG" };
    return { dir, last, type: last === "." ? "dot" : last === ".." ? "dotdot" : "norm", trailing: p.endsWith("/") };
  }

  private step(dir: DirNode, name: string): Node | Errno {
    if (name === ".") return dir;
    if (name === "..") return dir.parent;
    if (name.length > nameMax) return { errno: "ENAMETOOLONG" };
    return dir.entries.get(name) ?? err(enoent);
  }

  /** The node a walked path names (ENOENT if none; ENOTDIR for a non-directory with a trailing
   *  slash). */
  private target(w: Walked): Node | Errno {
    const n = w.type === "root" || w.type === "dot" ? w.dir : w.type === "dotdot" ? w.dir.parent : w.dir.entries.get(w.last);
    if (n === undefined) return err(enoent);
    if (w.trailing && n.kind !== "dir") return err(enotdir);
    return n;
  }

  private lookup(p: string): Node | Errno {
    const w = this.walk(p);
    return "errno" in w ? w : this.target(w);
  }

  private file(fd: number): OpenFile | Errno {
    return this.files.get(fd) ?? err(ebadf);
  }

  private touch(n: Node): void {
    n.mtimeNs = this.now();
  }

  /** A node no directory names and no descriptor holds any more: its bytes are free. */
  private release(n: Node): void {
    if (n.kind === "file") {
      if (n.linked || n.opens > 0) return;
      this.usedBytes -= n.size;
      n.data = noBytes;
      n.size = 0;
    }
    this.usedNodes--;
  }

  /** Take n out of its directory (unlink, rmdir, a rename's replaced target). */
  private drop(n: Node): void {
    if (n.kind === "dir") n.dead = true;
    else n.linked = false;
    this.release(n);
  }

  /** Resize f's data to size (zeros past the old end): ENOSPC beyond the limit. */
  private resize(f: FileNode, size: number): 0 | Errno {
    if (size > f.size && this.usedBytes + (size - f.size) > maxTotalBytes) return err(enospc);
    if (size > f.data.length) {
      const d = new Uint8Array(Math.min(Math.max(size, 2 * f.data.length, 64), Math.max(size, maxTotalBytes)));
      d.set(f.data.subarray(0, f.size));
      f.data = d;
    } else if (size < f.size) f.data.fill(0, size, f.size);
    this.usedBytes += size - f.size;
    f.size = size;
    return 0;
  }

  private newNodeAllowed(dir: DirNode): 0 | Errno {
    if (dir.dead) return err(enoent);
    if (this.usedNodes >= maxNodes) return err(enospc);
    return 0;
  }

  // ---- The system calls ----------------------------------------------------------------

  open(p: string, flags: number, perm: number): number | Errno {
    if (this.files.size >= maxOpenFiles) return { errno: "EMFILE" };
    const w = this.walk(p);
    if ("errno" in w) return w;
    const acc = flags & 3;
    let n: Node;
    if ((flags & O_CREAT) !== 0) {
      if (w.type !== "norm") {
        // fs/namei.c do_open: an existing name with O_EXCL, else a directory.
        return (flags & O_EXCL) !== 0 ? { errno: "EEXIST" } : err(eisdir);
      }
      if (w.trailing) return err(eisdir);
      const old = w.dir.entries.get(w.last);
      if (old !== undefined) {
        if ((flags & O_EXCL) !== 0) return { errno: "EEXIST" };
        if (old.kind === "dir") return err(eisdir);
        n = old;
      } else {
        const ok = this.newNodeAllowed(w.dir);
        if (ok !== 0) return ok;
        n = { kind: "file", perm: perm & 0o7777 & ~this.umask, mtimeNs: this.now(), data: noBytes, size: 0, linked: true, opens: 0 };
        w.dir.entries.set(w.last, n);
        this.usedNodes++;
        this.touch(w.dir);
      }
    } else {
      const t = this.target(w);
      if ("errno" in t) return t;
      n = t;
    }
    if ((flags & O_DIRECTORY) !== 0 && n.kind !== "dir") return err(enotdir);
    if (n.kind === "dir" && (acc !== 0 || (flags & O_TRUNC) !== 0)) return err(eisdir);
    if (n.kind === "file" && (flags & O_TRUNC) !== 0) {
      this.resize(n, 0);
      this.touch(n);
    }
    let fd = 3;
    while (this.files.has(fd)) fd++;
    if (n.kind === "file") n.opens++;
    this.files.set(fd, { node: n, pos: 0, readable: acc === 0 || acc === 2, writable: acc === 1 || acc === 2, append: (flags & O_APPEND) !== 0 });
    return fd;
  }

  close(fd: number): 0 | Errno {
    const f = this.file(fd);
    if ("errno" in f) return f;
    this.files.delete(fd);
    this.closed(f);
    return 0;
  }

  private closed(f: OpenFile): void {
    if (f.node.kind === "file") {
      f.node.opens--;
      if (!f.node.linked && f.node.opens === 0) this.release(f.node);
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
    if (off < 0) return err(einval);
    const f = this.file(fd);
    if ("errno" in f) return f;
    if (!f.readable) return err(ebadf);
    const n = f.node;
    if (n.kind === "dir") return err(eisdir);
    if (off >= n.size) return "";
    return byteString(n.data, off, Math.min(n.size, off + Math.min(max, maxReadBytes)));
  }

  write(fd: number, data: string): number | Errno {
    const f = this.file(fd);
    if ("errno" in f) return f;
    if (f.append && f.writable && f.node.kind === "file") {
      const r = this.writeAt(f, data, f.node.size);
      if (typeof r === "number") f.pos = f.node.size;
      return r;
    }
    const r = this.writeAt(f, data, f.pos);
    if (typeof r === "number") f.pos += r;
    return r;
  }

  pwrite(fd: number, data: string, off: number): number | Errno {
    if (off < 0) return err(einval);
    const f = this.file(fd);
    if ("errno" in f) return f;
    // Linux's pwrite on an O_APPEND descriptor appends (pwrite(2)'s BUGS).
    return this.writeAt(f, data, f.append && f.node.kind === "file" ? f.node.size : off);
  }

  private writeAt(f: OpenFile, data: string, off: number): number | Errno {
    if (!f.writable) return err(ebadf);
    const n = f.node;
    if (n.kind !== "file") return err(ebadf);
    if (data.length === 0) return 0;
    const end = off + data.length;
    if (end > n.size) {
      const r = this.resize(n, end);
      if (r !== 0) return r;
    }
    const d = n.data;
    for (let i = 0; i < data.length; i++) d[off + i] = data.charCodeAt(i);
    this.touch(n);
    return data.length;
  }

  seek(fd: number, off: number, whence: number): number | Errno {
    const f = this.file(fd);
    if ("errno" in f) return f;
    let base = 0;
    if (whence === 1) base = f.pos;
    else if (whence === 2) base = f.node.kind === "file" ? f.node.size : dirSize;
    else if (whence !== 0) return err(einval);
    if (base + off < 0) return err(einval);
    f.pos = base + off;
    return f.pos;
  }

  private statT(n: Node): StatT {
    return n.kind === "file"
      ? { size: n.size, mode: S_IFREG | n.perm, mtimeNs: n.mtimeNs }
      : { size: dirSize, mode: S_IFDIR | n.perm, mtimeNs: n.mtimeNs };
  }

  fstat(fd: number): StatT | Errno {
    const f = this.file(fd);
    if ("errno" in f) return f;
    return this.statT(f.node);
  }

  stat(p: string, _follow: boolean): StatT | Errno {
    const n = this.lookup(p);
    return "errno" in n ? n : this.statT(n);
  }

  mkdir(p: string, perm: number): 0 | Errno {
    const w = this.walk(p);
    if ("errno" in w) return w;
    // fs/namei.c filename_create: ".", ".." and "/" exist.
    if (w.type !== "norm" || w.dir.entries.has(w.last)) return { errno: "EEXIST" };
    const ok = this.newNodeAllowed(w.dir);
    if (ok !== 0) return ok;
    // A set-group-ID directory passes the bit on to its subdirectories.
    const mode = (perm & 0o1777 & ~this.umask) | (w.dir.perm & 0o2000);
    w.dir.entries.set(w.last, { kind: "dir", perm: mode, mtimeNs: this.now(), entries: new Map(), parent: w.dir, name: w.last, dead: false });
    this.usedNodes++;
    this.touch(w.dir);
    return 0;
  }

  unlink(p: string): 0 | Errno {
    const w = this.walk(p);
    if ("errno" in w) return w;
    if (w.type !== "norm") return err(eisdir);
    const n = w.dir.entries.get(w.last);
    if (n === undefined) return err(enoent);
    if (n.kind === "dir") return err(eisdir);
    if (w.trailing) return err(enotdir);
    w.dir.entries.delete(w.last);
    this.drop(n);
    this.touch(w.dir);
    return 0;
  }

  rmdir(p: string): 0 | Errno {
    const w = this.walk(p);
    if ("errno" in w) return w;
    if (w.type === "dot") return err(einval);
    if (w.type === "dotdot") return { errno: "ENOTEMPTY" };
    if (w.type === "root") return { errno: "EBUSY" };
    const n = w.dir.entries.get(w.last);
    if (n === undefined) return err(enoent);
    if (n.kind !== "dir") return err(enotdir);
    if (n.entries.size > 0) return { errno: "ENOTEMPTY" };
    w.dir.entries.delete(w.last);
    this.drop(n);
    this.touch(w.dir);
    return 0;
  }

  /** Whether a is d or one of d's ancestors. */
  private static encloses(a: DirNode, d: DirNode): boolean {
    for (;;) {
      if (d === a) return true;
      if (d.parent === d) return false;
      d = d.parent;
    }
  }

  rename(from: string, to: string): 0 | Errno {
    // fs/namei.c do_renameat2 and vfs_rename, in their order.
    const o = this.walk(from);
    if ("errno" in o) return o;
    const n = this.walk(to);
    if ("errno" in n) return n;
    if (o.type !== "norm" || n.type !== "norm") return { errno: "EBUSY" };
    const src = o.dir.entries.get(o.last);
    if (src === undefined) return err(enoent);
    if (n.dir.dead) return err(enoent);
    const dst = n.dir.entries.get(n.last);
    if (src.kind !== "dir" && (o.trailing || n.trailing)) return err(enotdir);
    if (src.kind === "dir" && MemFS.encloses(src, n.dir)) return err(einval);
    if (dst !== undefined && dst.kind === "dir" && MemFS.encloses(dst, o.dir)) return { errno: "ENOTEMPTY" };
    if (src === dst) return 0;
    if (dst !== undefined) {
      if (src.kind === "dir" && dst.kind !== "dir") return err(enotdir);
      if (src.kind !== "dir" && dst.kind === "dir") return err(eisdir);
      if (dst.kind === "dir" && dst.entries.size > 0) return { errno: "ENOTEMPTY" };
    }
    o.dir.entries.delete(o.last);
    if (dst !== undefined) this.drop(dst);
    n.dir.entries.set(n.last, src);
    if (src.kind === "dir") {
      src.parent = n.dir;
      src.name = n.last;
    }
    this.touch(o.dir);
    this.touch(n.dir);
    return 0;
  }

  readdir(fd: number): string[] | Errno {
    const f = this.file(fd);
    if ("errno" in f) return f;
    if (f.node.kind !== "dir") return err(enotdir);
    if (f.node.dead) return err(enoent); // fs/readdir.c iterate_dir
    // Byte strings sort by their bytes under JS's code-unit order.
    return [...f.node.entries.keys()].sort();
  }

  getwd(): string | Errno {
    if (this.cwd.dead) return err(enoent);
    let p = "";
    for (let d = this.cwd; d.parent !== d; d = d.parent) p = "/" + d.name + p;
    return p === "" ? "/" : p;
  }

  chdir(p: string): 0 | Errno {
    const n = this.lookup(p);
    if ("errno" in n) return n;
    if (n.kind !== "dir") return err(enotdir);
    this.cwd = n;
    return 0;
  }

  truncate(p: string, size: number): 0 | Errno {
    if (size < 0) return err(einval);
    const n = this.lookup(p);
    if ("errno" in n) return n;
    if (n.kind === "dir") return err(eisdir);
    return this.truncateNode(n, size);
  }

  ftruncate(fd: number, size: number): 0 | Errno {
    if (size < 0) return err(einval);
    const f = this.file(fd);
    if ("errno" in f) return f;
    if (f.node.kind !== "file" || !f.writable) return err(einval);
    return this.truncateNode(f.node, size);
  }

  private truncateNode(n: FileNode, size: number): 0 | Errno {
    const r = this.resize(n, size);
    if (r !== 0) return r;
    this.touch(n);
    return 0;
  }

  chmod(p: string, mode: number): 0 | Errno {
    const n = this.lookup(p);
    if ("errno" in n) return n;
    n.perm = mode & 0o7777;
    return 0;
  }

  /** MemFS has no symbolic or hard links: creating one fails as on a file system that does not
   *  support them (EPERM), and no file is a link (readlink's EINVAL). */
  symlink(_target: string, p: string): 0 | Errno {
    const n = this.lookup(p);
    return "errno" in n ? { errno: "EPERM" } : { errno: "EEXIST" };
  }

  readlink(p: string): string | Errno {
    const n = this.lookup(p);
    return "errno" in n ? n : { errno: "EINVAL" };
  }

  link(from: string, to: string): 0 | Errno {
    const o = this.lookup(from);
    if ("errno" in o) return o;
    return "errno" in this.lookup(to) ? { errno: "EPERM" } : { errno: "EEXIST" };
  }

  closeAll(): void {
    const open = [...this.files.values()];
    this.files.clear();
    for (const f of open) this.closed(f);
  }
}
