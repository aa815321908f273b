package bench

import (
	"strings"
	"sync"
	"testing"
)

func TestFib(t *testing.T) {
	if Fib(10) != 55 {
		t.Fatal("Fib(10) != 55")
	}
}

func BenchmarkFib(b *testing.B) {
	for i := 0; i < b.N; i++ {
		Fib(12)
	}
}

func BenchmarkJoin(b *testing.B) {
	b.ReportAllocs()
	parts := []string{"alpha", "beta", "gamma"}
	for i := 0; i < b.N; i++ {
		_ = Join(parts)
	}
}

func BenchmarkSizes(b *testing.B) {
	for _, n := range []int{4, 16} {
		b.Run(strings.Repeat("n", n), func(b *testing.B) {
			b.SetBytes(int64(n))
			s := strings.Repeat("x", n)
			for i := 0; i < b.N; i++ {
				_ = strings.ToUpper(s)
			}
		})
	}
}

func BenchmarkSetup(b *testing.B) {
	b.StopTimer()
	data := make([]int, 1000)
	for i := range data {
		data[i] = i
	}
	b.StartTimer()
	sum := 0
	for i := 0; i < b.N; i++ {
		sum += data[i%len(data)]
	}
	b.ReportMetric(float64(sum)/float64(b.N), "avg")
}

func BenchmarkParallel(b *testing.B) {
	var mu sync.Mutex
	n := 0
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			mu.Lock()
			n++
			mu.Unlock()
		}
	})
	if n != b.N {
		b.Fatalf("n = %d, b.N = %d", n, b.N)
	}
}

func BenchmarkLogs(b *testing.B) {
	if b.N == 1 {
		b.Log("first round")
	}
	for i := 0; i < b.N; i++ {
		Fib(5)
	}
}

func BenchmarkFails(b *testing.B) {
	if b.N > 1 {
		b.Fatalf("too many: %d", b.N)
	}
}

func BenchmarkSkipped(b *testing.B) {
	b.Skip("not today")
}
