// Tests for gort's cgo: preambles from the seed article, C integer semantics and printf compared
// with real gcc 12 output (recorded from programs compiled in /tmp with `gcc -O2`), timing
// yields, C heap strings, positioned diagnostics, faults and limits.

import { test } from "node:test";
import assert from "node:assert/strict";
import { Prng } from "../base/prng.js";
import { loadCLanguage } from "../host/treesitter.js";
import { SimLimit } from "../runtime/panic.js";
import { ExitError } from "../runtime/rt.js";
import { CFault, CgoProgram, cgoDecls, formatDiag, type CgoContext } from "./cgo.js";
import type { CgoOptions } from "./cgo.js";

const C = await loadCLanguage();

function load(text: string, opts: CgoOptions = {}, line = 3): CgoProgram {
  const r = CgoProgram.load(C, { text, pos: { file: "./main.go", line, col: 3 } }, opts);
  assert.deepEqual(r.diags.map(formatDiag), []);
  return r.program!;
}

function diags(text: string, opts: CgoOptions = {}): string[] {
  const r = CgoProgram.load(C, { text, pos: { file: "./main.go", line: 3, col: 3 } }, opts);
  return r.diags.map(formatDiag);
}

interface Run {
  result: unknown;
  /** Yields and writes in order: numbers are nanoseconds, strings are "fd:bytes". */
  events: (number | string)[];
  out: string;
}

function ctxFor(events: (number | string)[], stdin = ""): CgoContext {
  let pos = 0;
  return {
    write: (fd, b) => void events.push(`${fd}:${b}`),
    prng: new Prng(1),
    pid: 1,
    readStdin: (n) => {
      const s = stdin.slice(pos, pos + n);
      pos += s.length;
      return s;
    },
  };
}

function run(p: CgoProgram, name: string, args: unknown[] = [], stdin = ""): Run {
  const events: (number | string)[] = [];
  const g = p.call(name, args, ctxFor(events, stdin));
  for (;;) {
    const x = g.next();
    if (x.done) {
      const out = events.filter((e) => typeof e === "string").map((e) => (e as string).slice(2)).join("");
      return { result: x.value, events, out };
    }
    events.push(x.value);
  }
}

function fault(fn: () => unknown): CFault {
  try {
    fn();
  } catch (e) {
    if (e instanceof CFault) return e;
    throw e;
  }
  throw new Error("no fault");
}

test("seed example 1: #cgo line, local #include, block_in_cgo sleeps one second", () => {
  const file = "#include <unistd.h>\nvoid block_in_cgo() {\n    sleep(1); // 触发 M 进入系统调用\n}\n";
  const p = load('\n#cgo LDFLAGS: -lc\n#include "cgo_test.c"\n', {
    includeFile: (n) => (n === "cgo_test.c" ? { file: "cgo_test.c", text: file } : undefined),
  });
  assert.deepEqual(cgoDecls(p).map((d) => [d.name, d.params, d.result]), [["block_in_cgo", [], "void"]]);
  const r = run(p, "block_in_cgo");
  assert.equal(r.result, undefined);
  assert.deepEqual(r.events.slice(-1), [1e9]);
  assert.ok((r.events[0] as number) < 10, "computation before the sleep is a few ns");
});

test("seed example 1 without an includeFile callback: a positioned diagnostic", () => {
  assert.deepEqual(diags('\n#cgo LDFLAGS: -lc\n#include "cgo_test.c"\n'), [
    './main.go:5:10: gort: C #include "cgo_test.c": file not found or not supported yet',
  ]);
});

test("seed example 2: c_trigger", () => {
  const p = load("\n#include <unistd.h>\nvoid c_trigger() { sleep(1); }\n");
  assert.deepEqual(p.lookup("c_trigger")?.result, "void");
  assert.deepEqual(p.lookup("sleep")?.params, ["uint"], "libc functions of included headers");
  assert.equal(p.lookup("malloc"), undefined, "stdlib.h not included");
  const r = run(p, "c_trigger");
  assert.equal(r.events.at(-1), 1e9);
  assert.equal(run(p, "sleep", [2]).events.at(-1), 2e9, "C.sleep(2) called directly");
});

const ARITH = `
#include <stdio.h>
#include <stdlib.h>
static int counter = 5;
int next(void) { return ++counter; }
void arith_test(void) {
  int big = 2147483647; int one = 1;
  unsigned u = 0; unsigned char uc = 250; char c = 120; short sh = 32767;
  long l = 9223372036854775807L; unsigned long ul = 0;
  int m7 = -7, two = 2;
  printf("%d %u %d %d %d\\n", big + one, u - 1, m7 / two, m7 % two, 7 % -2);
  uc += 10; c += 10; sh++;
  printf("%d %d %d %d\\n", uc, c, sh, (char)(c * 3));
  printf("%ld %lu %ld\\n", l + one, ul - 1, -l - 1);
  printf("%d %d %d\\n", -1 < 1u, -1 < 1L, (unsigned char)-1 == 255);
  printf("%d %d %u %d\\n", 1 << 31, -16 >> 2, 0x80000000u >> 4, (int)(3.99), (int)-3.99);
  double d = 10 / 4; double e = 10 / 4.0; float f = 1.0f / 3;
  printf("%f %f %.9f %d\\n", d, e, f, (int)(unsigned char)300);
  long long ll = 1; for (int i = 0; i < 62; i++) ll *= 2;
  printf("%lld %lld\\n", ll, ll * 4);
  unsigned long long x = 0xFFFFFFFFFFFFFFFFULL; x *= x;
  printf("%llu %llu %llu\\n", x, 18446744073709551615ULL / 3, 18446744073709551615ULL % 1000);
  int acc = 0; int i = 0;
  while (1) { i++; if (i % 2 == 0) continue; if (i > 9) break; acc += i; }
  do { acc--; } while (acc > 20);
  printf("%d %d %d\\n", acc, i, next() + next());
  char s[8]; s[0] = 'h'; s[1] = 'i'; s[2] = 0;
  char *p = s; int n = 0; while (*p++) n++;
  printf("%d %s %d %c\\n", n, s, s[1] - 'a', *(s + 1));
  printf("%d %d %d %d\\n", 5 > 3 && 2 > 1, 0 || 0, !5, ~0);
  printf("%d %d %ld\\n", 3 ? 4 : 5, (1, 2), sizeof(long long) + sizeof(short));
}
void rand_test(void) {
  printf("%d %d %d\\n", rand(), rand(), rand());
  srand(42); printf("%d %d\\n", rand(), rand());
  srand(0); printf("%d\\n", rand());
  srand(3000000000u); printf("%d\\n", rand());
}
`;

// Output of the same code compiled by gcc 12.2 -O2 (and -O0: identical), glibc 2.36.
const ARITH_GCC = `-2147483648 4294967295 -3 -1 1
4 -126 -32768 -122
-9223372036854775808 18446744073709551615 -9223372036854775808
0 1 1
-2147483648 -4 134217728 3
2.000000 2.500000 0.333333343 44
4611686018427387904 0
1 6148914691236517205 615
20 11 13
2 hi 8 i
1 0 0 -1
4 2 10
1681692777 846930886 1804289383
708592740 71876166
1804289383
2058147116
`;

test("C integer semantics and rand() match gcc + glibc", () => {
  const p = load(ARITH, { tty: true });
  const a = run(p, "arith_test");
  const b = run(p, "rand_test");
  assert.equal(a.out + b.out, ARITH_GCC);
});

test("return values cross to Go in value.ts form", () => {
  const p = load(`
    int add(int a, int b) { return a + b; }
    unsigned long big(void) { return 18446744073709551615UL; }
    long neg(long x) { return -x; }
    char ch(int x) { return x; }
    double half(double x) { return x / 2; }
    float third(void) { return 1.0f / 3; }
    char *nul(void) { return 0; }
  `);
  assert.equal(run(p, "add", [2147483647, 1]).result, -2147483648);
  assert.equal(run(p, "big").result, 18446744073709551615n);
  assert.equal(run(p, "neg", [-9223372036854775808n]).result, -9223372036854775808n);
  assert.equal(run(p, "neg", [5]).result, -5);
  assert.equal(run(p, "ch", [200]).result, -56);
  assert.equal(run(p, "half", [3]).result, 1.5);
  assert.equal(run(p, "third").result, Math.fround(1 / 3));
  assert.equal(run(p, "nul").result, null);
});

const PRINTF = `
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
void fmt_test(void) {
  printf("[%d] [%i] [%5d] [%-5d] [%05d] [%+d] [% d] [%.3d] [%8.3d] [%-8.3d|]\\n", 42, -42, 42, 42, -42, 42, 42, 7, -7, 7);
  printf("[%u] [%u] [%x] [%X] [%#x] [%#o] [%o] [%#X] [%08x] [%.0d] [%.0x]\\n", 42u, -1, 255, 255, 255, 8, 8, 0, 0xbeef, 0, 0);
  printf("[%ld] [%lld] [%lu] [%llx] [%ld] [%lu] [%zu] [%hd] [%hhd] [%hu] [%hhu]\\n", 9223372036854775807L, -9223372036854775807LL - 1, 18446744073709551615UL, 0xdeadbeefcafeULL, -1L, (unsigned long)-1, sizeof(long), 70000, 300, -1, 257);
  printf("[%c] [%3c] [%-3c] [%s] [%10s] [%-10s] [%.2s] [%10.3s] [%%]\\n", 'A', 'b', 'c', "str", "right", "left", "trunc", "abcdef");
  printf("[%f] [%.2f] [%10.3f] [%-10.1f] [%010.2f] [%+.1f] [% .0f] [%#.0f] [%.0f] [%.0f] [%.0f]\\n", 3.14159, 2.675, -1.5, 2.25, -3.5, 1.0, 2.5, 3.0, 0.5, 1.5, 2.5);
  printf("[%e] [%.2e] [%E] [%.0e] [%#.0e] [%12.4e] [%e] [%e]\\n", 12345.678, 0.000123456, 1e100, 5e-324, 1.0, -0.00001234, 0.0, 1.7976931348623157e308);
  printf("[%g] [%g] [%g] [%g] [%g] [%g] [%.3g] [%#g] [%G] [%.10g] [%g] [%g]\\n", 100000.0, 1000000.0, 0.0001, 0.00001, 123.456, 1e-10, 3.14159, 1.0, 1e-20, 1.0/3, 0.0, -2.5);
  printf("[%f] [%f] [%e] [%5.1f] [%-8f|] [%F]\\n", 1.0/0.0, -1.0/0.0, 1.0/0.0, 1e15, 0.1, 1.0/0.0);
  printf("[%.20f] [%.17g] [%f] [%.3f] [%.15e]\\n", 0.1, 0.1, 1e20, 1e-5, 123456789.123456789);
  printf("[%*d] [%-*d] [%.*f] [%*.*s]\\n", 6, 42, 6, 42, 3, 3.14159, 8, 3, "abcdef");
  char *np = NULL;
  printf("[%p] [%5.3s] [%lu] [%d]\\n", np, "xyz", strlen("hello"), (int)sizeof(int));
  printf("[%d %d %d] [%u] [%d]\\n", 'a' + 1, (char)200, (unsigned char)200, 4000000000u, 2147483647 + 1);
  float f = 1.1f;
  printf("[%f] [%.10f] [%g]\\n", f, f, f * 3);
}
`;

const PRINTF_GCC = `[42] [-42] [   42] [42   ] [-0042] [+42] [ 42] [007] [    -007] [007     |]
[42] [4294967295] [ff] [FF] [0xff] [010] [10] [0] [0000beef] [] []
[9223372036854775807] [-9223372036854775808] [18446744073709551615] [deadbeefcafe] [-1] [18446744073709551615] [8] [4464] [44] [65535] [1]
[A] [  b] [c  ] [str] [     right] [left      ] [tr] [       abc] [%]
[3.141590] [2.67] [    -1.500] [2.2       ] [-000003.50] [+1.0] [ 2] [3.] [0] [2] [2]
[1.234568e+04] [1.23e-04] [1.000000E+100] [5e-324] [1.e+00] [ -1.2340e-05] [0.000000e+00] [1.797693e+308]
[100000] [1e+06] [0.0001] [1e-05] [123.456] [1e-10] [3.14] [1.00000] [1E-20] [0.3333333333] [0] [-2.5]
[inf] [-inf] [inf] [1000000000000000.0] [0.100000|] [INF]
[0.10000000000000000555] [0.10000000000000001] [100000000000000000000.000000] [0.000] [1.234567891234568e+08]
[    42] [42    ] [3.142] [     abc]
[(nil)] [  xyz] [5] [4]
[98 -56 200] [4000000000] [-2147483648]
[1.100000] [1.1000000238] [3.3]
`;

test("printf formats match glibc", () => {
  const p = load(PRINTF, { tty: true });
  assert.equal(run(p, "fmt_test").out, PRINTF_GCC);
});

test("timing: computation is paid before output and sleeps, and at the end", () => {
  const p = load(`
    #include <stdio.h>
    #include <unistd.h>
    #include <poll.h>
    void work(void) {
      long s = 0;
      for (int i = 0; i < 1000; i++) s += i;
      printf("s=%ld\\n", s);
      usleep(250);
      poll(NULL, 0, 3);
      s = s + 1;
    }
  `, { tty: true });
  const r = run(p, "work");
  assert.equal(r.events.length, 7);
  const [debt, write, debt1, us, debt2, ms, tail] = r.events;
  assert.ok(typeof debt === "number" && debt > 3000 && debt < 20000, `loop cost ${debt}`);
  assert.equal(write, "1:s=499500\n");
  assert.ok(typeof debt1 === "number" && debt1 > 0 && debt1 < 10, "the usleep statement's cost");
  assert.equal(us, 250_000);
  assert.ok(typeof debt2 === "number" && debt2 > 0 && debt2 < 10);
  assert.equal(ms, 3_000_000);
  assert.ok(typeof tail === "number" && tail > 0 && tail < 10, "the last statement, paid at return");
});

test("stdout is fully buffered on a pipe, line buffered on a tty; stderr never", () => {
  const src = `
    #include <stdio.h>
    void a(void) { printf("one\\n"); fprintf(stderr, "err\\n"); }
    void b(void) { printf("two"); fflush(stdout); }
    void big(void) { for (int i = 0; i < 500; i++) printf("0123456789"); }
  `;
  const pipe = load(src);
  assert.deepEqual(run(pipe, "a").events.filter((e) => typeof e === "string"), ["2:err\n"]);
  assert.deepEqual(run(pipe, "b").events.filter((e) => typeof e === "string"), ["1:one\ntwo"]);
  const w = run(pipe, "big").events.filter((e) => typeof e === "string") as string[];
  assert.deepEqual(w.map((s) => s.length), [2 + 4096], "one full 4096-byte buffer written");
  const tty = load(src, { tty: true });
  assert.deepEqual(run(tty, "a").events.filter((e) => typeof e === "string"), ["1:one\n", "2:err\n"]);
});

test("C heap strings round trip; strlen, strcpy, toupper by hand, malloc and free", () => {
  const p = load(`
    #include <stdlib.h>
    #include <string.h>
    char *shout(const char *s) {
      size_t n = strlen(s);
      char *r = malloc(n + 2);
      strcpy(r, s);
      for (size_t i = 0; i < n; i++) if (r[i] >= 'a' && r[i] <= 'z') r[i] -= 32;
      r[n] = '!'; r[n + 1] = 0;
      return r;
    }
    int sum(unsigned char *b, int n) { int s = 0; for (int i = 0; i < n; i++) s += b[i]; return s; }
  `);
  const cs = p.CString("hello, \xe4");
  const r = run(p, "shout", [cs]).result;
  assert.equal(p.GoString(r), "HELLO, \xe4!");
  assert.equal(p.GoStringN(r, 3), "HEL");
  assert.equal(run(p, "sum", [cs, 3]).result, 104 + 101 + 108);
  run(p, "free", [cs]);
  run(p, "free", [r]);
  assert.equal(p.heap.live.size, 0);
  const f = fault(() => run(p, "free", [r]));
  assert.equal(f.signal, "SIGABRT");
  assert.equal(f.stderrText, "free(): double free detected in tcache 2\n");
  assert.equal(p.GoString(null), "");
});

test("faults: NULL dereference is SIGSEGV, division by zero is SIGFPE, at the C line", () => {
  const p = load(`
int crash(void) {
  int *p = 0;
  return *p;
}
int div(int a, int b) { return a / b; }
long ldiv(long a, long b) { return a % b; }
double fdiv(double a) { return a / 0; }
void ro(void) { char *s = "lit"; s[0] = 'L'; }
`);
  const f = fault(() => run(p, "crash"));
  assert.equal(f.signal, "SIGSEGV");
  assert.equal(f.addr, 0);
  assert.deepEqual(f.pos, { file: "./main.go", line: 6, col: 3 });
  const g = fault(() => run(p, "div", [1, 0]));
  assert.equal(g.signal, "SIGFPE");
  assert.equal(g.pos?.line, 8);
  assert.equal(fault(() => run(p, "div", [-2147483648, -1])).signal, "SIGFPE");
  assert.equal(fault(() => run(p, "ldiv", [1, 0])).signal, "SIGFPE");
  assert.equal(run(p, "fdiv", [1]).result, Infinity);
  assert.equal(fault(() => run(p, "ro")).signal, "SIGSEGV", "string literals are read-only");
});

test("limits: step budget and recursion depth are SimLimits", () => {
  const p = load(`
    void spin(void) { for (;;) {} }
    int rec(int n) { return n == 0 ? 0 : 1 + rec(n - 1); }
  `, { stepsMax: 1e6, depthMax: 500 });
  assert.throws(() => run(p, "spin"), (e: unknown) => e instanceof SimLimit && e.limit === "steps");
  assert.equal(run(p, "rec", [400]).result, 400);
  assert.throws(() => run(p, "rec", [600]), (e: unknown) => e instanceof SimLimit && e.limit === "depth");
});

test("globals keep their values across calls; getpid, read and write", () => {
  const p = load(`
    #include <unistd.h>
    static int counter = 40;
    int bump(void) { return ++counter; }
    int pid(void) { return getpid(); }
    long echo(void) {
      char buf[16];
      long n = read(0, buf, sizeof buf);
      write(1, buf, n);
      return n;
    }
  `);
  run(p, "bump");
  assert.equal(run(p, "bump").result, 42);
  assert.equal(run(p, "pid").result, 1);
  const r = run(p, "echo", [], "hello");
  assert.equal(r.result, 5);
  assert.equal(r.out, "hello");
  assert.equal(p.heap.live.size, 0, "the local array was freed on return");
});

test("exit flushes C stdout and exits the process", () => {
  const p = load(`#include <stdio.h>\n#include <stdlib.h>\nvoid bye(void) { printf("buffered"); exit(3); }`);
  const events: (number | string)[] = [];
  const g = p.call("bye", [], ctxFor(events));
  assert.throws(() => { for (let x = g.next(); !x.done; x = g.next()) events.push(x.value); },
    (e: unknown) => e instanceof ExitError && e.code === 3);
  assert.ok(events.includes("1:buffered"));
});

test("#define constants and prototypes", () => {
  const p = load(`
#define N 10
#define M (N * 2 + 1)
int twice(int x);
int f(void) { return twice(M); }
int twice(int x) { return 2 * x; }
`);
  assert.equal(run(p, "f").result, 42);
});

test("unsupported constructs give positioned diagnostics", () => {
  assert.deepEqual(diags(`
#include <math.h>
struct point { int x; };
int f(int x) {
  switch (x) { case 1: return 2; }
  return 0;
}
`), [
    "./main.go:4:10: gort: C header <math.h> not supported yet",
    "./main.go:5:1: gort: C struct types not supported yet",
    "./main.go:7:3: gort: C switch statements not supported yet",
  ]);
  // Columns count bytes: the comment holds 3-byte UTF-8 characters.
  assert.deepEqual(diags("/* 中文 */ int g(void) { goto x; }"), [
    "./main.go:3:30: gort: C goto statements not supported yet",
  ]);
  assert.deepEqual(diags("int h(void) { return y; }"), ["./main.go:3:24: gort: C identifier 'y' undeclared"]);
  assert.deepEqual(diags("int k(void) {\n  int x = 1 @ 2;\n  return x;\n}"), [
    './main.go:4:13: gort: C syntax error (near "@ 2")',
  ]);
  assert.deepEqual(diags("#include <poll.h>\nvoid z(void) { poll(0, 1, 5); }"), [
    "./main.go:4:16: gort: C poll with file descriptors not supported yet",
  ]);
  // A static local (it would keep its value between calls); a file-scope static is fine.
  assert.deepEqual(diags("static int g = 1;\nint s(void) { static int k = 5; return k++ + g; }"), [
    "./main.go:4:15: gort: C static local variables not supported yet",
  ]);
});

test("sizeof a string literal is its array's size, NUL included", () => {
  const p = load(`int n(void) { return sizeof("abc"); }`);
  assert.equal(run(p, "n").result, 4);
});

test("a busy loop of 10^7 iterations (speed report)", () => {
  const p = load(`
    long busy(void) { long s = 0; for (int i = 0; i < 10000000; i++) { s += i ^ (i >> 3); } return s; }
    int ibusy(void) { int s = 0; int i; for (i = 0; i < 10000000; i++) s = s * 31 + i; return s; }
  `);
  const t0 = process.hrtime.bigint();
  const r = run(p, "busy");
  const t1 = process.hrtime.bigint();
  const r2 = run(p, "ibusy");
  const t2 = process.hrtime.bigint();
  assert.equal(typeof r.result, "number");
  assert.equal(typeof r2.result, "number");
  console.log(`# busy loop 1e7 (long): ${Number(t1 - t0) / 1e6} ms; (int): ${Number(t2 - t1) / 1e6} ms`);
});

test("callable: constant macros as cgo's Go constants; C variables and other macros named as unsupported", () => {
  const p = load(`
    #define N 10
    #define NEG (-N * 3)
    #define U 3000000000U
    #define F 0.1f
    #define D -2.5
    #define S "a\\tb"
    #define CH 'x'
    #define H -0x80000000
    #define O 017
    #define B '\\377'
    int counter = 1;
    #define CNT counter
    int f(void) { return N; }
  `);
  const by = new Map(p.callable().map((d) => [d.name, d]));
  assert.deepEqual(by.get("N")?.value, { kind: "int", v: 10n });
  assert.deepEqual(by.get("NEG")?.value, { kind: "int", v: -30n });
  assert.deepEqual(by.get("U")?.value, { kind: "int", v: 3000000000n });
  assert.deepEqual(by.get("F")?.value, { kind: "float", v: "0.100000" });
  assert.deepEqual(by.get("D")?.value, { kind: "float", v: "-2.500000" });
  assert.deepEqual(by.get("H")?.value, { kind: "int", v: -2147483648n });
  assert.deepEqual(by.get("O")?.value, { kind: "int", v: 15n });
  assert.deepEqual(by.get("B")?.value, { kind: "rune", v: 255n });
  assert.deepEqual(by.get("S")?.value, { kind: "string", v: "a\tb" });
  assert.deepEqual(by.get("CH")?.value, { kind: "rune", v: 120n });
  assert.equal(by.get("counter")?.unsupported, "a C variable");
  assert.equal(by.get("CNT")?.unsupported, "a macro that is not a constant");
  assert.equal(by.get("f")?.value, undefined);
});
