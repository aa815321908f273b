// The build cache (buildcache.ts): a second compile of the same program is served from disk and
// runs exactly as the first; a damaged record, a changed file or options it cannot serve mean
// compiling again; a cgo program's C is made again from its preamble.

import { test } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { defaultRunOptions, run, type CompileOutcome, type Program, type SourceFile } from "../api.js";
import { cgoMapExample } from "../examples/cgo-map.js";
import { compileCached } from "./buildcache.js";
import { readProgram, trimDir } from "./node.js";

const cache = fs.mkdtempSync(path.join(os.tmpdir(), "gort-buildcache-"));
process.env["GORT_CACHE"] = cache;
const builds = path.join(cache, "builds");

function source(text: string): SourceFile[] {
  return [{ name: "./main.go", path: "/tmp/buildcache/main.go", text }];
}

function program(c: CompileOutcome): Program {
  assert.ok(c.ok, c.ok ? "" : c.stderr);
  return c.program;
}

function output(p: Program, seed: number): string {
  const r = run(p, { ...defaultRunOptions, seed, args: ["main"] });
  return `${r.exitCode}\n${r.stdout}\n${r.stderr}`;
}

const records = (): string[] => (fs.existsSync(builds) ? fs.readdirSync(builds).filter((f) => f.endsWith(".json")) : []);

const goroutines = `package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	m := map[int]int{}
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			m[i] = i * i
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println(len(m), m[3])
}
`;

test("a second compile is a hit whose program runs as the first", async () => {
  const first = program(await compileCached(source(goroutines), "command-line-arguments", "files"));
  assert.equal(records().length, 1);
  const second = program(await compileCached(source(goroutines), "command-line-arguments", "files"));
  assert.notEqual(second, first);
  assert.equal(second.compiled.js, first.compiled.js);
  assert.deepEqual(second.compiled.funcInfos, first.compiled.funcInfos);
  for (const seed of [1, 2, 3]) assert.equal(output(second, seed), output(first, seed));
  assert.equal(output(second, 1), "0\n4 9\n\n");
});

test("a changed file, or other options, is another build", async () => {
  const before = records().length;
  program(await compileCached(source(goroutines.replace("i * i", "i + i")), "command-line-arguments", "files"));
  program(await compileCached(source(goroutines), "command-line-arguments", "files", { race: true }));
  assert.equal(records().length, before + 2);
});

test("a damaged record means compiling again", async () => {
  const text = goroutines.replace("m[3]", "m[2]");
  program(await compileCached(source(text), "command-line-arguments", "files"));
  const newest = records().map((f) => path.join(builds, f)).sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0]!;
  fs.writeFileSync(newest, "{ not json");
  const p = program(await compileCached(source(text), "command-line-arguments", "files"));
  assert.equal(output(p, 1), "0\n4 4\n\n");
  assert.doesNotThrow(() => JSON.parse(fs.readFileSync(newest, "utf8")));
});

test("a listing is never cached, and a failed compile is not stored", async () => {
  const before = records().length;
  program(await compileCached(source(goroutines), "command-line-arguments", "files", { lower: true }));
  const bad = await compileCached(source("package main\n\nfunc main() { x := 1 }\n"), "command-line-arguments", "files");
  assert.equal(bad.ok, false);
  assert.equal(records().length, before);
});

test("a cgo program's hit makes its C program again and crashes as the miss did", async () => {
  const files: SourceFile[] = [{ name: "./example.go", path: "/home/gopher/example/example.go", text: cgoMapExample }];
  const miss = program(await compileCached(files, "command-line-arguments", "files"));
  const hit = program(await compileCached(files, "command-line-arguments", "files"));
  assert.ok(hit.cgo !== undefined && hit.cgo !== miss.cgo);
  for (const seed of [1, 7, 11]) assert.equal(output(hit, seed), output(miss, seed));
});

test("in a module, a changed file of an imported package is compiled again", async () => {
  const mod = fs.mkdtempSync(path.join(os.tmpdir(), "gort-buildcache-mod-"));
  try {
    fs.writeFileSync(path.join(mod, "go.mod"), "module example.com/m\n\ngo 1.19\n");
    fs.mkdirSync(path.join(mod, "greet"));
    const greet = (word: string): string => `package greet\n\nfunc Word() string { return "${word}" }\n`;
    fs.writeFileSync(path.join(mod, "greet", "greet.go"), greet("hello"));
    fs.writeFileSync(path.join(mod, "main.go"), 'package main\n\nimport (\n\t"fmt"\n\n\t"example.com/m/greet"\n)\n\nfunc main() { fmt.Println(greet.Word()) }\n');
    const build = async (): Promise<Program> => {
      const l = readProgram(".", mod);
      assert.ok(l.ok);
      return program(await compileCached(l.files, l.pkgLabel, l.mode, l.module ? { module: l.module } : {}));
    };
    const before = records().length;
    assert.equal(output(await build(), 1), "0\nhello\n\n");
    assert.equal(output(await build(), 1), "0\nhello\n\n");
    assert.equal(records().length, before + 1);
    fs.writeFileSync(path.join(mod, "greet", "greet.go"), greet("bonjour"));
    // The same key (the named files did not change); the record's deps no longer match, so it
    // is compiled again and the record replaced.
    assert.equal(output(await build(), 1), "0\nbonjour\n\n");
    assert.equal(records().length, before + 1);
  } finally {
    fs.rmSync(mod, { recursive: true, force: true });
  }
});

test.after(() => fs.rmSync(cache, { recursive: true, force: true }));

test("a trim deletes entries unused for 5 days, then the least recently used beyond the cap", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gort-trim-"));
  try {
    const now = Date.now();
    const put = (name: string, ageMs: number, size: number) => {
      const p = path.join(dir, name);
      fs.writeFileSync(p, Buffer.alloc(size));
      fs.utimesSync(p, (now - ageMs) / 1000, (now - ageMs) / 1000);
    };
    put("old", 6 * 24 * 3600e3, 10);
    put("a", 3000, 100);
    put("b", 2000, 100);
    put("c", 1000, 100);
    trimDir(dir, now, 250);
    assert.deepEqual(fs.readdirSync(dir).sort(), ["b", "c"]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
