// The cost model: every simulated duration gort charges for the work of a running goroutine or
// of the scheduler, in one place. Models no single Go file: it stands for the time Go 1.19's
// compiled code and runtime (proc.go, chan.go, map.go, malloc.go, sema.go, cgocall.go) take.
//
// Units: nanoseconds of simulated time (a `...Ns` constant), bytes or operations per simulated
// ns (a `...PerNs` rate), operations (a `...Ops` weight: src/compiler/weight.ts counts a loop
// body's operations) or bytes. Every value is a positive number (stallNs, a list of choices,
// starts at 0).
//
// How time is charged (src/sim/machine.ts): a goroutine runs in slices between two visible
// operations (a channel op, a map op, an atomic, a lock, a blocking call...). A slice costs
// sliceNs, plus its loop work (each loop back-edge or recursive call it passed weighs its body's
// straight-line operations, counted at compile time; the sum is charged at opsPerNs), plus what
// the operations it ran added to S.cost (the constants below), times a ±25% jitter drawn from
// the seeded PRNG. A goroutine that leaves its P (it parks, yields or is preempted) costs schedNs
// on the way out, and the next one costs schedNs more before its first instruction: a
// goroutine switch is 2 × schedNs. So an operation that ends a slice costs its own constant
// plus sliceNs; the calibration below compares those sums, not the constants alone.
//
// Invariants:
//   - One name per thing: no other file defines a cost of its own (tools/tidy.test.ts checks
//     that runtime, sim and stdlib-native files declare no `const xxxNs = <number>`, and that
//     every constant here is used and positive).
//   - A cost is charged once: mallocgc's cost is charged by the allocator (Machine.newobject)
//     for every allocation, map buckets included; callers add nothing for it.
//   - Go's own constants that are durations (forcePreemptNS, sysmon's delays in proc.ts,
//     sync's starvationThresholdNs, the CPU profiler's period) are Go's, not costs: they stay
//     where they are modelled. The garbage collector's timing (STW phases, mark rate, sweep
//     period) lives in mgc.ts and mgcpacer.ts with its own calibration (tools/gccompare.ts).
//
// How the values were obtained: `node dist/tools/calibrate.js` runs the programs of
// testdata/calibrate/ (each times its own work with time.Now) under native Go 1.19 and under
// gort, and writes simulated/real per program, and per operation for ops.go, into
// docs/FIDELITY.md ("Cost model and calibration"). "calibrate: X" below names the program a
// value was fitted or checked against and what real Go showed there (Intel Xeon, 2 vCPUs,
// linux/amd64, GOMAXPROCS=1; ops.go figures are its fastest run). The fit is to whole
// programs, within 0.5x–2x, and then to ops.go's single operations where the two agree: a
// slice's fixed cost is small, so an uncontended atomic or Mutex costs about Go's, while a map
// write still yields three times and keeps a write window long enough for a concurrent writer
// to meet (a write to a small hot map is ~8x Go's). Values no program covers cite where they
// come from.

// ---- the scheduler and plain code (src/sim/machine.ts, src/runtime/proc.ts) ----

/** Straight-line operations per ns: the rate at which a back-edge's weight (the static count of
 *  operations of its loop body or recursive function's body, src/compiler/weight.ts) becomes
 *  simulated time. calibrate: ops.go loop-iteration (3 operations, 0.4 ns real; gort 0.43 ns),
 *  cpu_loop (10 operations of xorshift, ~2.2 ns real per iteration: its shifts and xors are one
 *  dependency chain, so Go runs them at ~4.5 per ns; gort 1.4 ns), cpu_fib (11 per call with its
 *  two calls, ~1.7 ns real; gort 1.6 ns), cpu_sieve, mixed_workers (a 200-iteration inner loop of
 *  5 operations per job). Was backEdgeNs, 1 ns per back-edge whatever the body did (cpu_loop
 *  0.45x, an empty loop 2.5x). */
export const opsPerNs = 7;

/** A call's own work in operations (weight.ts): the CALL, the stack-bound check and frame
 *  setup of the callee's prologue, the RET; the callee's body is charged by its own weights.
 *  calibrate: cpu_fib (two calls in a body of five other operations, ~1.7 ns per call real). */
export const callOps = 3;

/** The weight of a backward goto (weight.ts), whose loop body is a run of statements between a
 *  label and the goto rather than one node to weigh: a short loop body's, 1 ns of work. Chosen,
 *  not measured (no calibration program loops by goto). */
export const gotoOps = 6;

/** The fixed cost of a slice: resuming a goroutine and its yield at a visible operation, which
 *  in Go is the few instructions of a call into the runtime. Part of every operation's cost (see
 *  the header); the operations' own constants carry the rest. calibrate: ops.go atomic-add
 *  (~6.5 ns real: atomicNs + sliceNs), mutex-lock-unlock. Was 20, which made every operation
 *  cost at least 20 ns: uncontended atomics and Mutexes 2.7x–4.8x Go's, mixed_workers 2.4x. */
export const sliceNs = 2;

/** Half a goroutine switch: charged when a goroutine leaves its P and again when the next one
 *  starts. calibrate: chan_pingpong, ~310 ns per round trip on a quiet host (2 switches and 4
 *  channel operations: a switch ~120 ns, gopark + schedule + execute + gogo); ops.go
 *  unbuffered-round-trip. Was 200 (chan_pingpong 3.6x–3.8x Go's time). */
export const schedNs = 60;

/** runqgrab's usleep(3): a thief about to take the runnext of a running P sleeps 3 µs first,
 *  so that the P can run the goroutine it has just readied itself (proc.go: "a sync chan
 *  send/recv takes ~50ns as of time of writing, so 3us gives ~50x overshoot"). */
export const runnextStealSleepNs = 3000;

/** newproc: creating a goroutine (a G from the free list, its stack, runqput). calibrate:
 *  ops.go go-and-exit, ~410 ns real for go, run and exit together (gort ~480 ns with the
 *  switches). */
export const newprocNs = 300;

/** How soon a P that has run timers checks them again (its trip through the scheduler to
 *  checkTimers): about a scheduling round, 1 µs. */
export const timerLoopNs = 1_000;

/** How long an exploring strategy's stall answer deschedules a thread (decide.ts): none, a
 *  short hiccup, a time slice, a long wait (PCT's lowest priority: the others run until they
 *  block or 10 ms, sysmon's forcePreemptNS, pass). Not a cost of Go's: a choice of the OS. */
export const stallNs = [0, 50_000, 1_000_000, 10_000_000] as const;

// ---- the allocator (Machine.newobject → mallocgc) ----

/** mallocgc's fixed part for a small object. calibrate: ops.go new-32B (~19 ns), alloc_small
 *  (~29 ns per object with its share of GC). One cost for every allocation: map buckets,
 *  channels, closures and the rest are charged it by the allocator, not by their callers. */
export const mallocNs = 20;

/** mallocgc's zeroing and size-dependent work, bytes per ns. calibrate: ops.go make-1KiB
 *  (~200 ns real, gort 84 + jitter), alloc_slices. */
export const mallocBytesPerNs = 16;

/** The what-if stale-mcache (whatif.ts) only: how long nextFreeFast's unsynchronized
 *  read-modify-write of a span's freeindex and allocCache lasts; two allocations from one span
 *  closer than this read the same slot. A few instructions on a 2020s core; chosen, not measured
 *  (Go never lets two Ps allocate from one span). */
export const nextFreeFastNs = 5;

// ---- maps (map.ts, map_fast.ts) ----

/** A map operation's call, entry check and first bucket probe (mapaccess, mapassign,
 *  mapdelete) on a map whose buckets stay in the core's cache. A write is mapOpNs + hashNs +
 *  mapWindowNs plus three slices (it yields at its entry, after hashing and inside its write
 *  window), ~81 ns; a delete mapOpNs + hashNs plus two slices; a read mapOpNs + hashNs plus one
 *  slice, ~16 ns. A bigger map adds mapMissNs. calibrate: ops.go (a 1,000-key map: mapassign
 *  ~12 ns real, mapaccess ~7 ns), mixed_workers (`m[k] += x` on a 1,000-key map, a read and a
 *  write in gort). Was 10 with a 20 ns slice (sliceNs), whatever the map's size, and a read
 *  charged only its slice. */
export const mapOpNs = 6;

/** What a map operation on a map bigger than mapCacheBytes adds (the bucket's cache misses):
 *  a big map's read is ~38 ns, its write ~103 ns. calibrate: map_int (~47 ns per operation
 *  real on a quiet host over maps of 100k entries, growth included), map_string (50k string
 *  keys): fitted so that their operations cost what they did with a 20 ns slice. */
export const mapMissNs = 22;

/** A map's bucket array beyond this many bytes misses the cache (mapMissNs): a core's L2
 *  (1 MiB on the calibration host's Xeon). A 1,000-key map[int]int's buckets are ~36 KiB,
 *  100k keys' ~2.3 MiB. */
export const mapCacheBytes = 1 << 20;

/** Hashing a small key (memhash64/strhash of a short string). */
export const hashNs = 8;

/** A map write's window between setting and clearing hashWriting (the bucket search and the
 *  store): the window in which a concurrent writer finds the flag. With the hash before it
 *  (hashNs + 2 × sliceNs + mapWindowNs, 73 ns) it is the span in which a second writer's entry
 *  check or exit check fails, as it was with a 20 ns slice (8 + 20 + 25 + 20). */
export const mapWindowNs = 61;

// ---- channels (chan.ts) ----

/** A channel send, receive or select's lock-and-check, charged with the slice it ends.
 *  calibrate: chan_pipeline (~80 ns per item on a quiet host through two buffered channels:
 *  4 operations, ~20 ns each), ops.go chan-send-recv-buffered (~40 ns for the pair); the
 *  model's operation is chanOpNs + sliceNs = 30 ns. Was 60 (chan_pipeline 2.5x–4.2x Go's
 *  time), then 10 with a 20 ns slice. */
export const chanOpNs = 28;

// ---- atomics and sync (sema.ts, stdlib/native/sync.ts) ----

/** One atomic read-modify-write (a lock prefix on a cache line the core holds): sync's fast
 *  paths, the semaphores' atomics, sync/atomic's Add/CAS/Store/Swap. calibrate: ops.go
 *  atomic-add (~6.5 ns real; gort 7 with the slice), mutex-lock-unlock (~15 ns: a CAS and an
 *  atomic add; gort 14), mixed_workers. Was 10 with a 20 ns slice (atomic-add 4.8x). */
export const atomicNs = 5;

/** What an atomic read-modify-write adds when another P wrote the object last (sema.ts
 *  atomicCost): its cache line moves from that core to this one (a core-to-core transfer,
 *  ~50–70 ns between the cores of one Xeon socket). Checked against testdata/gotest/abba's
 *  AB-BA deadlock (100 pairs of opposite Transfers on 2 Ps: real Go deadlocked in 6 of 40
 *  runs; gort in 8 of 200 seeds, and in 5 of 400 with atomics that cost the same on every P).
 *  GOMAXPROCS=1 programs never pay it. */
export const cacheLineNs = 60;

/** An atomic load (sync/atomic's LoadXxx: a plain MOV on amd64, which gc inlines as an
 *  intrinsic): with the slice, ~3 ns. Was 5 with a 20 ns slice. */
export const atomicLoadNs = 1;

/** runtime_doSpin's procyield(30): 30 PAUSE instructions, ~600 ns on Skylake and later
 *  (PAUSE takes ~140 cycles there; Intel's optimization manual, 2.5.4.1). */
export const doSpinNs = 600;

/** --leaks: how long after main returns a run waits for its other goroutines to end before it
 *  calls them leaked, as goleak's VerifyNone retries (and gort test's checkLeaks, in
 *  stdlib/testing): 20 sleeps of 1 µs doubling each time, about 1.05 s in all. */
export const leakRetryNs = 1_048_575_000;

// ---- the race detector (race.ts) ----

/** -race: printing a data race report, the process's first (ThreadSanitizer symbolizes both
 *  stacks through the Go runtime's callbacks, and sets its symbolizer up the first time).
 *  Measured on the calibration host (go1.19 -race, a write that races with a finished
 *  goroutine's, timed around the write): 620 to 785 µs, median 659 µs. */
export const raceFirstReportNs = 650_000;

/** -race: a go statement's racegostart (TSan makes the new goroutine's thread state), beside
 *  newprocNs. Measured on the calibration host: 20,000 goroutines started and joined took
 *  38 ms more under -race (47 against 9 ms), 1.9 µs a goroutine. */
export const raceGoStartNs = 1_900;

/** -race: printing a later report (the same measurement's second racing write): 11 to 21 µs.
 *  Reports suppressed as repeats cost nothing here. */
export const raceReportNs = 15_000;

// ---- system calls and cgo (syscall.ts, cgocall.ts, stdlib/native/os.ts) ----

/** One file system call that the page cache answers (open, read, stat...): ~1 µs. */
export const fileCallNs = 1_000;

/** cgocall's own overhead (entersyscall, asmcgocall, exitsyscall's fast path): Go 1.19's
 *  BenchmarkCgoCall is ~60–100 ns. */
export const cgocallNs = 80;

/** A C sleep of at least this long is a timer sleep with slack: it ends anywhere in the slack
 *  after its deadline, each thread's independently (Linux's default timer slack for a normal
 *  thread is 50 µs, prctl(PR_SET_TIMERSLACK); hrtimer_start_range_ns expires the timer at the
 *  first timer interrupt of its CPU between the soft and the hard expiry, so two threads' sleeps
 *  are not aligned to any common grid). */
export const slackNs = 50_000;

/** After its timer expires, a thread that slept in C takes this long, at least, to run again:
 *  the wake-up of a CPU that idled through the sleep (sleepWakeMaxNs bounds it). Measured on the
 *  calibration host (sleep(1) in C from two goroutines, GOMAXPROCS=4, 100 runs, CLOCK_MONOTONIC
 *  around the call; testdata/odds/measure/cgoreturn.go): a sleep ended 30 µs (5th percentile),
 *  64 µs (25th), 74 µs (median) and 108 µs (75th) after its deadline, a tail of host load beyond; the model's slack plus wake-up
 *  is 25 to 110 µs, median ~67 µs. The two threads' returns were a median 31 µs apart and under
 *  1 µs apart in 1 run of 100. Was a common 50 µs grid plus 0–1 µs, which made two sleeps that
 *  began in the same 50 µs window return within 1 µs of each other (two thirds of the example's
 *  seeds). */
export const sleepWakeMinNs = 25_000;

/** The longest wake-up of a thread after its C sleep's timer expires (see sleepWakeMinNs). */
export const sleepWakeMaxNs = 60_000;

/** The first page fault after a long C call that returned to a machine with every P idle: the
 *  first touch of memory the process never used (a fresh span's page, its heap metadata), which
 *  the kernel backs on a CPU that idled through the call. Measured on the calibration host: in a
 *  busy process the first object of a new size class and its first store cost ~0.3 + 1.4 µs;
 *  after two goroutines' 1 s sleep(1) in C, the first goroutine back spent a median 21 µs (15 µs
 *  10th percentile, 41 µs 90th; 100 runs of testdata/odds/measure/cgoreturn.go) in its first
 *  map write, whose bucket was the first
 *  object of its size class, and ~3 µs when main had allocated and touched 200 such objects
 *  before the sleep; the second goroutine back, whose own first bucket came from fresh pages
 *  too, 0.5 µs. Charged by the allocator (Machine.newobject) to the first allocation after such
 *  a return, if it takes never-used pages. The ordinary ~1.4 µs fault of a busy process is not
 *  charged (mallocNs and mallocBytesPerNs stand for it). */
export const coldFaultNs = 20_000;

/** How long a C call must last for its return to find the machine cold (coldFaultNs): a
 *  millisecond, long enough for idle CPUs to have let their caches and the kernel's per-CPU
 *  page lists go. Chosen, not measured: the measurement behind coldFaultNs slept 1 s. */
export const coldCallNs = 1_000_000;

// ---- the standard library's native parts (src/stdlib/native) ----

/** regexp: compiling, per program instruction (parse, simplify, compile, one-pass analysis). */
export const regexpCompileNsPerInst = 40;
/** regexp: one call into the engine (setting up the machine and the input). */
export const regexpExecCallNs = 60;
/** regexp: one unit of the engine's work (a step of the backtracker or of the NFA). */
export const regexpExecStepNs = 3;

/** math/big: one call into an arithmetic kernel (addVV, mulAddVWW...), before its words. */
export const bigCallNs = 8;

/** math/big: storing a Float's mantissa, before its words. */
export const bigStoreNs = 4;

/** sort: one comparison and its share of swaps of Go's pdqsort on ints or strings (the host
 *  sorts; n log2 n of these are charged). */
export const sortCompareNs = 4;
