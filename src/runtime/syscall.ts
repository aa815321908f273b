// The simulated process's file system calls: what Go's syscall package does on linux/amd64
// (open, read, write, pread, pwrite, lseek, close, fstat, stat, lstat, mkdir, unlink, rmdir,
// rename, getdents, getcwd, chdir, truncate), on a file system the host gives the run
// (RunOptions.newFS: the CLI's is the host's, src/host/nodefs.ts; the browser's is in memory,
// src/host/memfs.ts; without one every call fails with ENOSYS).
//
// Models Go 1.19's syscall (syscall_linux.go, zerrors_linux_amd64.go for the errno texts). A
// call returns its result or an Errno name ("ENOENT"); package os (stdlib/os/file.go) turns the
// name into a syscall error value whose text is Go's (errnoText) and which matches
// fs.ErrNotExist and its kin as syscall.Errno.Is does.
//
// Invariants: file descriptors are the process's own, from 3 up, the lowest free first (as the
// kernel gives them), whatever the host's are; what a run opened is closed when it ends
// (HostFS.closeAll). Paths are byte strings (the program's bytes), relative ones resolved
// against the process's working directory.
//
// Simplifications: no permissions model of its own (the host's applies), no symlink creation,
// no file locking; a call costs fileCallNs of simulated time and never blocks the P (a disk
// that answers at once).

/** A failed call: the errno's name, as linux names it. */
export type Errno = { errno: string };

export function isErrno(x: unknown): x is Errno {
  return typeof x === "object" && x !== null && typeof (x as Errno).errno === "string";
}

/** What stat returns: the fields os.FileInfo is built from. */
export interface StatT {
  /** Size in bytes. */
  size: number;
  /** st_mode's file type and permission bits (S_IFDIR, S_IFREG... | 0o777 and the set-id bits). */
  mode: number;
  /** Modification time, in nanoseconds since the Unix epoch. */
  mtimeNs: number;
}

/** The file system a run sees. Each method is one system call. */
export interface HostFS {
  open(path: string, flags: number, perm: number): number | Errno;
  close(fd: number): 0 | Errno;
  /** At most max bytes from the file position ("" at the end). */
  read(fd: number, max: number): string | Errno;
  pread(fd: number, max: number, off: number): string | Errno;
  write(fd: number, data: string): number | Errno;
  pwrite(fd: number, data: string, off: number): number | Errno;
  seek(fd: number, off: number, whence: number): number | Errno;
  fstat(fd: number): StatT | Errno;
  stat(path: string, follow: boolean): StatT | Errno;
  mkdir(path: string, perm: number): 0 | Errno;
  unlink(path: string): 0 | Errno;
  rmdir(path: string): 0 | Errno;
  rename(from: string, to: string): 0 | Errno;
  /** The names in a directory opened as fd, in the file system's order, without . and .. */
  readdir(fd: number): string[] | Errno;
  getwd(): string | Errno;
  chdir(path: string): 0 | Errno;
  truncate(path: string, size: number): 0 | Errno;
  ftruncate(fd: number, size: number): 0 | Errno;
  chmod(path: string, mode: number): 0 | Errno;
  /** symlink(2): a link at path whose content is target, as given. */
  symlink(target: string, path: string): 0 | Errno;
  /** readlink(2): a symbolic link's content. */
  readlink(path: string): string | Errno;
  /** link(2): a new name for an existing file. */
  link(from: string, to: string): 0 | Errno;
  /** Close whatever the run left open (the process exits). */
  closeAll(): void;
}

/** A host child's fd: see HostExec.start. */
export type StdioMode = "null" | "pipe" | "stdout";

/**
 * The host processes a run may start (`--exec host`, RunOptions.newExec; src/host/hostexec.ts
 * is the CLI's): each method is one call that never blocks for long. A call that would wait
 * answers "again", and package os (stdlib/os/proc.go) sleeps a little simulated time and asks
 * again. Byte strings throughout; ids are the host object's own, pids the host's.
 */
export interface HostExec {
  /** Start path with argv (argv[0] included), env (KEY=VALUE) in dir (absolute); stdio[i] is
   *  fd i: "null" (/dev/null), "pipe" (to and from the caller), or for fd 2 "stdout" (the
   *  same pipe as fd 1, so that the caller reads both in the order the child wrote them). */
  start(path: string, argv: string[], env: string[], dir: string, stdio: StdioMode[]): { id: number; pid: number } | Errno;
  /** Write to the child's stdin: the count written, "again", or an errno (EPIPE). simNs, here
   *  and below: the simulated time of the call (the host keeps its clock with it while the
   *  program waits). */
  write(id: number, data: string, simNs: number): number | "again" | Errno;
  closeStdin(id: number): void;
  /** At most max bytes of the child's fd 1 or 2: "" at its end, or "again". */
  read(id: number, fd: 1 | 2, max: number, simNs: number): string | "again";
  /** The child's wait status (linux's encoding), or "again" while it runs. */
  wait(id: number, simNs: number): number | "again";
  kill(id: number, sig: number): 0 | Errno;
  /** Kill and forget the children still running (the run has ended). */
  closeAll(): void;
}

/** open(2)'s flags on linux/amd64, as os.O_* and syscall.O_* are. */
export const O_RDONLY = 0x0;
export const O_WRONLY = 0x1;
export const O_RDWR = 0x2;
export const O_CREAT = 0x40;
export const O_EXCL = 0x80;
export const O_TRUNC = 0x200;
export const O_APPEND = 0x400;
export const O_SYNC = 0x101000;

/** st_mode's file types. */
export const S_IFMT = 0o170000;
export const S_IFDIR = 0o040000;
export const S_IFREG = 0o100000;
export const S_IFLNK = 0o120000;
export const S_IFIFO = 0o010000;
export const S_IFSOCK = 0o140000;
export const S_IFCHR = 0o020000;
export const S_IFBLK = 0o060000;

/** The errnos' numbers (syscall.Errno's values, zerrors_linux_amd64.go), by name. */
export const errnoNumber: Record<string, number> = {
  E2BIG: 7, EACCES: 13, EADDRINUSE: 98, EADDRNOTAVAIL: 99, EADV: 68, EAFNOSUPPORT: 97, EAGAIN: 11,
  EALREADY: 114, EBADE: 52, EBADF: 9, EBADFD: 77, EBADMSG: 74, EBADR: 53, EBADRQC: 56, EBADSLT: 57,
  EBFONT: 59, EBUSY: 16, ECANCELED: 125, ECHILD: 10, ECHRNG: 44, ECOMM: 70, ECONNABORTED: 103,
  ECONNREFUSED: 111, ECONNRESET: 104, EDEADLK: 35, EDEADLOCK: 35, EDESTADDRREQ: 89, EDOM: 33,
  EDOTDOT: 73, EDQUOT: 122, EEXIST: 17, EFAULT: 14, EFBIG: 27, EHOSTDOWN: 112, EHOSTUNREACH: 113,
  EIDRM: 43, EILSEQ: 84, EINPROGRESS: 115, EINTR: 4, EINVAL: 22, EIO: 5, EISCONN: 106, EISDIR: 21,
  EISNAM: 120, EKEYEXPIRED: 127, EKEYREJECTED: 129, EKEYREVOKED: 128, EL2HLT: 51, EL2NSYNC: 45,
  EL3HLT: 46, EL3RST: 47, ELIBACC: 79, ELIBBAD: 80, ELIBEXEC: 83, ELIBMAX: 82, ELIBSCN: 81,
  ELNRNG: 48, ELOOP: 40, EMEDIUMTYPE: 124, EMFILE: 24, EMLINK: 31, EMSGSIZE: 90, EMULTIHOP: 72,
  ENAMETOOLONG: 36, ENAVAIL: 119, ENETDOWN: 100, ENETRESET: 102, ENETUNREACH: 101, ENFILE: 23,
  ENOANO: 55, ENOBUFS: 105, ENOCSI: 50, ENODATA: 61, ENODEV: 19, ENOENT: 2, ENOEXEC: 8,
  ENOKEY: 126, ENOLCK: 37, ENOLINK: 67, ENOMEDIUM: 123, ENOMEM: 12, ENOMSG: 42, ENONET: 64,
  ENOPKG: 65, ENOPROTOOPT: 92, ENOSPC: 28, ENOSR: 63, ENOSTR: 60, ENOSYS: 38, ENOTBLK: 15,
  ENOTCONN: 107, ENOTDIR: 20, ENOTEMPTY: 39, ENOTNAM: 118, ENOTRECOVERABLE: 131, ENOTSOCK: 88,
  ENOTSUP: 95, ENOTTY: 25, ENOTUNIQ: 76, ENXIO: 6, EOPNOTSUPP: 95, EOVERFLOW: 75, EOWNERDEAD: 130,
  EPERM: 1, EPFNOSUPPORT: 96, EPIPE: 32, EPROTO: 71, EPROTONOSUPPORT: 93, EPROTOTYPE: 91,
  ERANGE: 34, EREMCHG: 78, EREMOTE: 66, EREMOTEIO: 121, ERESTART: 85, ERFKILL: 132, EROFS: 30,
  ESHUTDOWN: 108, ESOCKTNOSUPPORT: 94, ESPIPE: 29, ESRCH: 3, ESRMNT: 69, ESTALE: 116, ESTRPIPE: 86,
  ETIME: 62, ETIMEDOUT: 110, ETOOMANYREFS: 109, ETXTBSY: 26, EUCLEAN: 117, EUNATCH: 49, EUSERS: 87,
  EWOULDBLOCK: 11, EXDEV: 18, EXFULL: 54,
};

/** Go's texts for the errnos (syscall.Errno.Error, zerrors_linux_amd64.go). */
export const errnoText: Record<string, string> = {
  EPERM: "operation not permitted",
  ENOENT: "no such file or directory",
  EIO: "input/output error",
  EBADF: "bad file descriptor",
  EAGAIN: "resource temporarily unavailable",
  EACCES: "permission denied",
  EBUSY: "device or resource busy",
  EEXIST: "file exists",
  EXDEV: "invalid cross-device link",
  ENOTDIR: "not a directory",
  EISDIR: "is a directory",
  EINVAL: "invalid argument",
  EMFILE: "too many open files",
  EFBIG: "file too large",
  ENOSPC: "no space left on device",
  ESPIPE: "illegal seek",
  EROFS: "read-only file system",
  ENAMETOOLONG: "file name too long",
  ENOSYS: "function not implemented",
  ENOTEMPTY: "directory not empty",
  ELOOP: "too many levels of symbolic links",
};

/** Without a file system every call fails as an unimplemented system call does. */
export const noFS: HostFS = {
  open: () => ({ errno: "ENOSYS" }),
  close: () => ({ errno: "EBADF" }),
  read: () => ({ errno: "EBADF" }),
  pread: () => ({ errno: "EBADF" }),
  write: () => ({ errno: "EBADF" }),
  pwrite: () => ({ errno: "EBADF" }),
  seek: () => ({ errno: "EBADF" }),
  fstat: () => ({ errno: "EBADF" }),
  stat: () => ({ errno: "ENOSYS" }),
  mkdir: () => ({ errno: "ENOSYS" }),
  unlink: () => ({ errno: "ENOSYS" }),
  rmdir: () => ({ errno: "ENOSYS" }),
  rename: () => ({ errno: "ENOSYS" }),
  readdir: () => ({ errno: "EBADF" }),
  getwd: () => "/",
  chdir: () => ({ errno: "ENOSYS" }),
  truncate: () => ({ errno: "ENOSYS" }),
  ftruncate: () => ({ errno: "EBADF" }),
  chmod: () => ({ errno: "ENOSYS" }),
  symlink: () => ({ errno: "ENOSYS" }),
  readlink: () => ({ errno: "ENOSYS" }),
  link: () => ({ errno: "ENOSYS" }),
  closeAll: () => {},
};
