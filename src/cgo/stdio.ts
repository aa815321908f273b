// C stdio buffering for stdout and stderr, as glibc 2.36 does it.
//
// Models glibc libio's buffering modes (libio/fileops.c _IO_new_file_xsputn): stdout is fully
// buffered when it is not a terminal (a pipe or a file, as when gort's output is captured and
// compared with real Go) and line buffered on a terminal; stderr is unbuffered.
//
// Consequence, observed with go1.19 + gcc 12 (`./prog | cat`): C printf output appears only when
// 4096 bytes have accumulated, at fflush(stdout), or at C's exit(); when the Go program ends
// (main returns or os.Exit), Go does not run C's atexit handlers, so buffered C output is lost.
// Go's own writes to os.Stdout are unbuffered, so C and Go output interleave by flush time.
//
// Invariants: buf.length < BUFSIZ after every fwrite in full mode; in line mode buf holds no
// newline after an fwrite.
//
// Simplification vs glibc: the buffer is allocated at the first write with st_blksize = 4096
// (pipes and most files); a line-buffered stream flushes at 1024 bytes as well.

type BufMode = "full" | "line" | "none";

/** glibc's buffer size for a pipe or a regular file (st_blksize). */
const BUFSIZ_PIPE = 4096;
const BUFSIZ_TTY = 1024;

export class Stdio {
  stdoutMode: BufMode;
  buf = "";

  constructor(tty: boolean) {
    this.stdoutMode = tty ? "line" : "full";
  }

  /** Write bytes to stdout (fd 1) or stderr (fd 2) through C stdio. */
  fwrite(fd: 1 | 2, s: string, out: (fd: 1 | 2, b: string) => void): void {
    if (s.length === 0) return;
    if (fd === 2 || this.stdoutMode === "none") {
      if (fd === 1) this.fflush(out);
      out(fd, s);
      return;
    }
    if (this.stdoutMode === "line") {
      this.buf += s;
      const nl = this.buf.lastIndexOf("\n");
      if (nl >= 0) {
        out(1, this.buf.slice(0, nl + 1));
        this.buf = this.buf.slice(nl + 1);
      }
      if (this.buf.length >= BUFSIZ_TTY) this.fflush(out);
      return;
    }
    this.fullWrite(s, out);
  }

  /** _IO_new_file_xsputn for a fully buffered stream. */
  private fullWrite(s: string, out: (fd: 1 | 2, b: string) => void): void {
    // 1. Fill the buffer as far as it goes.
    const room = BUFSIZ_PIPE - this.buf.length;
    this.buf += s.slice(0, room);
    let rest = s.slice(room);
    if (rest.length === 0 && this.buf.length < BUFSIZ_PIPE) return;
    // 2. The buffer is full: write it out.
    this.fflush(out);
    // 3. Write whole blocks of the rest directly, and buffer the tail.
    const direct = rest.length - (rest.length % BUFSIZ_PIPE);
    if (direct > 0) out(1, rest.slice(0, direct));
    rest = rest.slice(direct);
    this.buf = rest;
  }

  /** fflush(stdout). */
  fflush(out: (fd: 1 | 2, b: string) => void): void {
    if (this.buf.length > 0) {
      const b = this.buf;
      this.buf = "";
      out(1, b);
    }
  }
}
