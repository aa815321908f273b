// A measurement for issue 21 (docs/FIDELITY.md, "Outcome rates of racy programs"), not a
// program for gort: how the two goroutines of the built-in example come back from their C
// calls under real Go. Each goroutine sleeps 1 s in C, as the example does, then writes a map
// of its own (so that the run cannot crash and both writes are timed), its first write, whose
// bucket is the first object of its size class. With the argument "warm", main allocates and
// touches 200 objects of that size class first.
//
// Run it many times with GOMAXPROCS=4, e.g.
//
//	go build -o cgoreturn cgoreturn.go && for i in $(seq 100); do GOMAXPROCS=4 ./cgoreturn; done
//
// Each run prints, in ns: the gap between the two goroutines' entries into C, the gap between
// their returns from sleep (CLOCK_MONOTONIC in C), each sleep's lateness past its deadline,
// then for the goroutine back first and the one back second: the time from the C function's
// return to its next Go instruction (runtime.nanotime, the same clock), and its map write.
package main

/*
#include <time.h>
#include <unistd.h>
static long long now() { struct timespec ts; clock_gettime(CLOCK_MONOTONIC, &ts); return ts.tv_sec*1000000000LL+ts.tv_nsec; }
void c_trigger(long long *t) { t[0] = now(); sleep(1); t[1] = now(); }
*/
import "C"

import (
	"fmt"
	"os"
	"sync"
	_ "unsafe"
)

//go:linkname nanotime runtime.nanotime
func nanotime() int64

var warm []*[144]byte

func main() {
	if len(os.Args) > 1 && os.Args[1] == "warm" {
		warm = make([]*[144]byte, 200)
		for i := range warm {
			warm[i] = new([144]byte)
			warm[i][0] = 1
		}
	}
	var wg sync.WaitGroup
	var ts [2][2]C.longlong
	var back, done [2]int64
	ms := [2]map[int]int{make(map[int]int), make(map[int]int)}
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			C.c_trigger(&ts[id][0])
			back[id] = nanotime()
			ms[id][id] = id
			done[id] = nanotime()
		}(i)
	}
	wg.Wait()
	f, s := 0, 1
	if ts[1][1] < ts[0][1] {
		f, s = 1, 0
	}
	late := func(id int) int64 { return int64(ts[id][1]-ts[id][0]) - 1e9 }
	fmt.Println(int64(ts[s][0]-ts[f][0]), int64(ts[s][1]-ts[f][1]), late(f), late(s),
		back[f]-int64(ts[f][1]), done[f]-back[f], back[s]-int64(ts[s][1]), done[s]-back[s])
}
