// The profiles of simulated time (runtime/cpuprof.ts, runtime/mprof.ts, trace/proto.ts): real
// Go 1.19's `go tool pprof` reads them and names the function real Go's profiler names for the
// same program; the same run gives the same bytes; the heap profile samples as MemProfileRate
// says (every allocation at 1, none at 0, about one per 512 KiB by default).

import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { Profile } from "pprof-format";
import { compile, defaultRunOptions, encodeCpuProfile, encodeHeapProfile, run, type Program, type RunOptions, type RunResult } from "../api.js";
import { nodeToolchain, readProgram } from "../host/node.js";
import { repoRoot } from "../../tools/golden.js";

const tc = await nodeToolchain();
const goBin = "/usr/lib/go-1.19/bin/go";
const haveGo = fs.existsSync(goBin);
const exe = "/tmp/go-build/exe/main";

function build(text: string): Program {
  const c = compile(tc, [{ name: "./main.go", path: "/home/gopher/prog/main.go", text }], "command-line-arguments");
  if (!c.ok) throw new Error(c.stderr);
  return c.program;
}

function buildFile(rel: string): Program {
  const file = path.join(repoRoot(), rel);
  const l = readProgram(file, path.dirname(file));
  if (!l.ok) throw new Error(l.stderr);
  const c = compile(tc, l.files, l.pkgLabel, l.mode);
  if (!c.ok) throw new Error(c.stderr);
  return c.program;
}

function runProf(p: Program, args: string[] = [], seed = 1, extra: Partial<RunOptions> = {}): RunResult {
  const r = run(p, { ...defaultRunOptions, seed, args: [exe, ...args], cpuprofile: true, memprofile: true, ...extra });
  assert.equal(r.exitCode, 0, r.stderr);
  return r;
}

/** The profile files as the CLI writes them. */
function files(r: RunResult): { cpu: Buffer; mem: Buffer } {
  return {
    cpu: gzipSync(encodeCpuProfile(r.cpuprofile!, exe)),
    mem: gzipSync(encodeHeapProfile(r.memprofile!, exe, r.simNs)),
  };
}

/** `go tool pprof -top` of a profile file: its rows, function name to flat value. */
function pprofTop(bytes: Buffer, extra: string[] = []): { text: string; top: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gort-pprof-"));
  const f = path.join(dir, "prof.pb.gz");
  fs.writeFileSync(f, bytes);
  const r = spawnSync(goBin, ["tool", "pprof", "-top", ...extra, f], { encoding: "utf8", env: { ...process.env, HOME: dir } });
  fs.rmSync(dir, { recursive: true, force: true });
  assert.equal(r.status, 0, r.stderr);
  const rows = r.stdout.split("\n").filter((l) => /^\s*[0-9.]+\w*\s+[0-9.]+%/.test(l));
  const top = rows[0]?.trim().split(/\s+/).slice(5).join(" ") ?? "";
  return { text: r.stdout, top };
}

test("go tool pprof reads both profiles; the top function of a CPU-bound loop is real Go's", { skip: !haveGo && "Go 1.19 is not installed" }, () => {
  const r = runProf(buildFile("testdata/pprof/hashloop.go"), ["6000"]);
  const { cpu, mem } = files(r);
  const c = pprofTop(cpu);
  assert.match(c.text, /Type: cpu/);
  // Real Go 1.19 on the same program (docs/FIDELITY.md): main.fnv1a, 100% flat.
  assert.equal(c.top, "main.fnv1a", c.text);
  const m = pprofTop(mem, ["-sample_index=alloc_space"]);
  assert.match(m.text, /Type: alloc_space/);
});

test("the CPU profile: Go's sample types and period, samples that add up to the busy time, runtime frames", () => {
  const r = runProf(buildFile("testdata/pprof/mapheavy.go"), ["10"]);
  const p = Profile.decode(gunzipSync(files(r).cpu));
  const str = (i: unknown): string => p.stringTable.strings[Number(i)]!;
  assert.deepEqual(p.sampleType.map((t) => `${str(t.type)}/${str(t.unit)}`), ["samples/count", "cpu/nanoseconds"]);
  assert.equal(`${str(p.periodType!.type)}/${str(p.periodType!.unit)}`, "cpu/nanoseconds");
  assert.equal(Number(p.period), 10_000_000);
  let n = 0;
  for (const s of p.sample) {
    n += Number(s.value[0]);
    assert.equal(Number(s.value[1]), Number(s.value[0]) * 10_000_000);
  }
  // One goroutine does the work: its samples cover the run's simulated time, to a period or two.
  assert.ok(n * 10e6 <= r.simNs + 10e6 && n * 10e6 >= r.simNs - 20e6, `${n} samples in ${r.simNs} ns`);
  const names = new Set(p.function.map((f) => str(f.name)));
  for (const fn of ["runtime.mapassign_fast64", "main.fill", "main.main", "runtime.main"]) assert.ok(names.has(fn), `${fn} in ${[...names]}`);
  const main = p.function.find((f) => str(f.name) === "main.fill")!;
  assert.match(str(main.filename), /testdata\/pprof\/mapheavy\.go$/);
  assert.equal(Number(main.startLine), 11);
});

test("profiles are deterministic: the same program, options and seed give the same bytes", () => {
  const p = buildFile("testdata/pprof/mapheavy.go");
  const a = files(runProf(p, ["2"], 7));
  const b = files(runProf(p, ["2"], 7));
  assert.ok(a.cpu.equals(b.cpu), "CPU profiles differ");
  assert.ok(a.mem.equals(b.mem), "heap profiles differ");
});

test("profiling changes nothing the program observes", () => {
  const p = buildFile("testdata/pprof/mapheavy.go");
  const on = runProf(p, ["2"], 3);
  const off = run(p, { ...defaultRunOptions, seed: 3, args: [exe, "2"] });
  assert.deepEqual([on.stdout, on.simNs, on.steps], [off.stdout, off.simNs, off.steps]);
});

/** A program that allocates n live and m dead 64-byte objects at MemProfileRate rate. */
function allocProgram(rate: string, n: number, m: number): Program {
  return build(`package main

import "runtime"

var keep []*[64]byte

func live(n int) {
	for i := 0; i < n; i++ {
		p := new([64]byte)
		keep[i] = p
	}
}

var sink *[64]byte

func dead(n int) {
	for i := 0; i < n; i++ {
		sink = new([64]byte)
	}
}

func main() {
	runtime.MemProfileRate = ${rate}
	keep = make([]*[64]byte, ${n})
	live(${n})
	dead(${m})
	sink = nil
	runtime.GC()
	runtime.GC()
}
`);
}

/** The heap profile's values (unscaled) per leaf function and line. */
function heapBySite(r: RunResult): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const s of r.memprofile!.samples) {
    const f = s.stack[0]!;
    const k = `${f.name}:${f.line}`;
    const v = out.get(k) ?? [0, 0, 0, 0];
    out.set(k, v.map((x, i) => x + s.values[i]!));
  }
  return out;
}

test("MemProfileRate = 1 records every allocation exactly; inuse is as of the last GC", () => {
  const r = runProf(allocProgram("1", 1000, 500));
  const h = heapBySite(r);
  assert.deepEqual(h.get("main.live:9"), [1000, 64000, 1000, 64000]);
  assert.deepEqual(h.get("main.dead:18"), [500, 32000, 0, 0]);
  // The writer does not scale at rate 1.
  const p = Profile.decode(gunzipSync(files(r).mem));
  assert.equal(Number(p.period), 1);
});

test("MemProfileRate = 0 records nothing", () => {
  const r = runProf(allocProgram("0", 1000, 500));
  assert.equal(r.memprofile!.samples.length, 0);
});

test("the default MemProfileRate samples about one allocation per 512 KiB, and the writer unsamples it", () => {
  // 200,000 live objects of 64 bytes: 12.2 MiB, about 24 samples of 64 bytes each, which
  // scaleHeapSample turns back into about 12.2 MiB (each sample stands for 1/(1-e^(-64/524288))).
  const n = 200000;
  const r = runProf(allocProgram("512 * 1024", n, 0));
  const v = heapBySite(r).get("main.live:9") ?? [0, 0, 0, 0];
  assert.ok(v[0]! >= 8 && v[0]! <= 60, `samples: ${v[0]}`);
  assert.deepEqual([v[1], v[2], v[3]], [64 * v[0]!, v[0], 64 * v[0]!]);
  const p = Profile.decode(gunzipSync(files(r).mem));
  const live = p.sample.find((s) => s.value[1] !== undefined && Number(s.value[1]) > 0 && Number(s.value[1]) === Number(s.value[3]) &&
    Math.round(Number(s.value[1]) / Number(s.value[0])) === 64)!;
  const bytes = Number(live.value[1]);
  assert.ok(bytes > 0.5 * 64 * n && bytes < 2 * 64 * n, `estimated ${bytes} bytes`);
});

test("runtime/pprof: a program's StartCPUProfile, StopCPUProfile and WriteHeapProfile write profiles pprof reads", () => {
  const p = build(`package main

import (
	"bytes"
	"fmt"
	"runtime"
	"runtime/pprof"
)

func fnv1a(b []byte, h uint64) uint64 {
	for _, c := range b {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

var keep [][]byte

func main() {
	runtime.MemProfileRate = 1
	var cpu, mem bytes.Buffer
	if err := pprof.StartCPUProfile(&cpu); err != nil {
		panic(err)
	}
	fmt.Println(pprof.StartCPUProfile(&cpu))
	buf := make([]byte, 4096)
	h := uint64(0)
	for r := 0; r < 3000; r++ {
		h = fnv1a(buf, h)
		if r%100 == 0 {
			b := make([]byte, 1000)
			keep = append(keep, b)
		}
	}
	pprof.StopCPUProfile()
	runtime.GC()
	pprof.WriteHeapProfile(&mem)
	fmt.Printf("%x\\n%x\\n", cpu.Bytes(), mem.Bytes())
}
`);
  const r = run(p, { ...defaultRunOptions, seed: 1, args: [exe] });
  assert.equal(r.exitCode, 0, r.stderr);
  const [err, cpuHex, memHex] = r.stdout.split("\n");
  assert.equal(err, "cpu profiling already in use");
  const cpu = Profile.decode(gunzipSync(Buffer.from(cpuHex!, "hex")));
  const str = (i: unknown): string => cpu.stringTable.strings[Number(i)]!;
  assert.ok(cpu.function.some((f) => str(f.name) === "main.fnv1a"));
  const mem = Profile.decode(gunzipSync(Buffer.from(memHex!, "hex")));
  const mstr = (i: unknown): string => mem.stringTable.strings[Number(i)]!;
  // The 30 kept 1000-byte slices (size class 1024), every one sampled at MemProfileRate 1.
  const kept = mem.sample.find((s) => Number(s.value[0]) === 30);
  assert.ok(kept !== undefined, `samples: ${mem.sample.map((s) => s.value.join(",")).join(" ")}`);
  assert.deepEqual(kept.value.map(Number), [30, 30 * 1024, 30, 30 * 1024]);
  assert.equal(mstr(mem.function.find((f) => f.id === mem.location.find((l) => l.id === kept.locationId[0])!.line[0]!.functionId)!.name), "main.main");
  if (haveGo) assert.equal(pprofTop(Buffer.from(cpuHex!, "hex")).top, "main.fnv1a");
});
