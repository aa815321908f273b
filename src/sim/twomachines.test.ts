// Two machines in one process: runs of two different programs, stepped alternately a few events
// at a time (api.ts startRun), each end exactly as it does alone with the same seed: the same
// output, exit code, outcome, simulated time, steps and event stream.
//
// The programs are chosen to touch the state a machine owns through the runtime's registers
// (sim/machine.ts header): maps (the hash key), goroutines and plain loops that the machine
// suspends (S, nested loops), unsafe.Pointer and uintptr addresses and %p (addr.ts, unsafe.ts),
// reflect (the registered types, rt.natives), os.Args, the environment and standard input (the
// process record), the race detector (S.r), and cgo with channels (the machine's C program).

import { test } from "node:test";
import assert from "node:assert/strict";
import { compile, defaultRunOptions, run, startRun, type Program, type RunOptions, type RunResult } from "../api.js";
import { nodeToolchain } from "../host/node.js";

const tc = await nodeToolchain();

function build(text: string, race = false): Program {
  const c = compile(tc, [{ name: "./main.go", path: "/home/gopher/prog/main.go", text }], "command-line-arguments", "files", { race });
  if (!c.ok) throw new Error(`compile failed:\n${c.stderr}`);
  return c.program;
}

/** Maps keyed by pointers and strings, goroutines, unsafe addresses, %p, reflect, args, env
 *  and stdin. It prints addresses, which are the machine's own: they would move if another
 *  machine's objects shared its address space. */
const mapsAndPointers = `package main

import (
	"bufio"
	"fmt"
	"os"
	"reflect"
	"sort"
	"sync"
	"unsafe"
)

type node struct {
	id   int
	name string
	next *node
}

var slots [64]int
var tags [64]string

func spin(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i % 7
	}
	return s
}

func main() {
	in := bufio.NewScanner(os.Stdin)
	for in.Scan() {
		fmt.Println("stdin:", in.Text())
	}
	fmt.Println("args:", os.Args[1:], "env:", os.Getenv("WHO"))
	var nodes []*node
	byPtr := map[*node]int{}
	byAddr := map[uintptr]string{}
	for i := 0; i < 50; i++ {
		n := &node{id: i, name: fmt.Sprint("n", i)}
		if i > 0 {
			n.next = nodes[i-1]
		}
		nodes = append(nodes, n)
		byPtr[n] = i
		byAddr[uintptr(unsafe.Pointer(n))] = n.name
	}
	fmt.Printf("%p %p %v\\n", nodes[0], &nodes[3].name, uintptr(unsafe.Pointer(nodes[7]))%4096)
	var local [4]int
	fmt.Printf("local %p %p\\n", &local, &local[2])
	words := map[string]int{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			x := spin(200000 + g*1000)
			for i := 0; i < 300; i++ {
				mu.Lock()
				words[fmt.Sprint("w", (i*7+g)%97)] += x % 5
				if i%60 == 0 {
					fmt.Printf("g%d %p %p\\n", g, &slots[(i+g)%64], &tags[g])
				}
				mu.Unlock()
			}
		}(g)
	}
	wg.Wait()
	order := []string{}
	for k := range words {
		order = append(order, k)
		if len(order) == 8 {
			break
		}
	}
	fmt.Println("first keys:", order)
	keys := make([]string, 0, len(words))
	for k := range words {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(len(keys), keys[:5], words[keys[0]])
	ok := 0
	for _, n := range nodes {
		if byPtr[n] == n.id && byAddr[uintptr(unsafe.Pointer(n))] == n.name {
			ok++
		}
	}
	fmt.Println("found", ok, reflect.TypeOf(byPtr), reflect.ValueOf(nodes[1]).Elem().Field(1))
}
`;

/** cgo with channels: goroutines block in C (the machine's C program), then meet on channels. */
const cgoAndChannels = `package main

/*
#include <unistd.h>
#include <stdio.h>
int work(int x) {
	usleep(1000 * x);
	printf("C %d\\n", x);
	fflush(stdout);
	return x * x;
}
*/
import "C"

import (
	"fmt"
	"os"
	"reflect"
	"time"
)

var cells [16]int64

func main() {
	fmt.Println("args:", os.Args[1:], "env:", os.Getenv("WHO"))
	results := make(chan int)
	done := make(chan struct{})
	for i := 1; i <= 5; i++ {
		go func(i int) {
			r := int(C.work(C.int(i)))
			fmt.Printf("%d %p\\n", i, &cells[i*2])
			results <- r
		}(i)
	}
	go func() {
		time.Sleep(3 * time.Millisecond)
		close(done)
	}()
	sum := 0
	for i := 0; i < 5; i++ {
		sum += <-results
	}
	<-done
	m := map[int]string{1: "a", 2: "b", 3: "c", 4: "d", 5: "e", 6: "f"}
	s := ""
	for k, v := range m {
		s += fmt.Sprint(k, v)
	}
	fmt.Println("sum", sum, "order", s, reflect.TypeOf(m))
}
`;

function opts(seed: number, who: string, args: string[], stdin: string): RunOptions {
  return {
    ...defaultRunOptions, seed, trace: true,
    environ: new Map([["WHO", who]]), args: ["/tmp/go-build/exe/main", ...args], stdin,
  };
}

/** What must be equal between a run alone and the same run interleaved. */
function digest(r: RunResult): unknown {
  return {
    stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode, outcome: r.outcome, simNs: r.simNs,
    steps: r.steps, races: r.races, events: JSON.stringify(r.events),
  };
}

test("two programs stepped alternately in one process end as each does alone", () => {
  const a = build(mapsAndPointers, true);
  const b = build(cgoAndChannels);
  for (const seed of [1, 2, 3]) {
    const oa = opts(seed, "alpha", ["x", "y"], "one\ntwo\n");
    const ob = opts(seed + 100, "beta", ["z"], "");
    const aloneA = run(a, oa);
    const aloneB = run(b, ob);
    assert.equal(aloneA.exitCode, 0, aloneA.stderr);
    assert.equal(aloneB.exitCode, 0, aloneB.stderr);
    // Steps of different sizes, so that the switches fall at different points of each run.
    const sa = startRun(a, oa);
    const sb = startRun(b, ob);
    const sizes = [1, 3, 17, 2, 50, 5];
    let doneA = false, doneB = false, stepsA = 0, stepsB = 0, i = seed;
    while (!doneA || !doneB) {
      const n = sizes[i++ % sizes.length]!;
      if (!doneA) {
        doneA = sa.step(n);
        stepsA++;
      }
      if (!doneB) {
        doneB = sb.step(1 + (i % 3));
        stepsB++;
      }
    }
    assert.ok(stepsA > 50 && stepsB > 20, `the runs interleaved (${stepsA} and ${stepsB} steps)`);
    assert.deepEqual(digest(sa.result()), digest(aloneA), `program A, seed ${seed}`);
    assert.deepEqual(digest(sb.result()), digest(aloneB), `program B, seed ${seed}`);
  }
});

test("a program runs on one machine at a time", () => {
  const b = build(cgoAndChannels);
  const s = startRun(b, opts(1, "beta", [], ""));
  assert.throws(() => run(b, opts(2, "beta", [], "")), /one machine at a time/);
  while (!s.step(100));
  assert.equal(s.result().exitCode, 0);
  // Once the run has ended, the program runs again.
  assert.equal(run(b, opts(2, "beta", [], "")).exitCode, 0);
});
