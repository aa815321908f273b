// Moving a command from bin/gort.js's main thread to a worker thread with a 1 GB stack.
//
// bin/gort.js runs `run`, `test` and `example` on Node's main thread: starting a worker thread
// costs about 80 ms on the 2-core development machine, a third of hello world's start-up, and
// most programs never need more than the main thread's ~1 MB stack. When one does (deep Go
// recursion, a deeply nested program), or when a run is about to change something on the host
// (a file written), gort throws MoveToBigStack (runtime/panic.ts) and bin/gort.js runs the same
// command again on a worker thread with a 1 GB stack. That second run is the first one again
// (a run is a function of its seed, options and input), so:
//   - the bytes the first run already wrote to fds 1 and 2 are counted here and dropped from
//     the second run's output, which then goes on where the first stopped;
//   - the standard input the first run read is handed over, and the second run reads it first,
//     then the rest from fd 0;
//   - nothing outside the process changed before the move (beforeHostEffect), so the second run
//     changes it once.
// gort's own caches (build cache, code cache) may be written by both runs: they are keyed by
// content, so a second write is the same file.

/** What the main thread's run had done when it moved: sent to the worker (structured clone). */
export interface Moved {
  /** Bytes written to fd 1 and fd 2. */
  written: [number, number];
  /** The standard input read so far (latin1: one char per byte), and whether it ended. */
  stdin: string;
  stdinEof: boolean;
}

/** Counts the bytes written (main thread) or drops the bytes already written (worker). */
export class OutputLedger {
  readonly written: [number, number] = [0, 0];

  constructor(private readonly skip: [number, number] = [0, 0]) {}

  /** The part of b to write now: all of it, or what is left after the bytes to drop. */
  pass(fd: 1 | 2, b: Buffer): Buffer {
    const i = fd - 1;
    this.written[i]! += b.length;
    const drop = Math.min(this.skip[i]!, b.length);
    this.skip[i]! -= drop;
    return drop === 0 ? b : b.subarray(drop);
  }
}
