package tensor

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"testing"
)

func benchData(n int) []float32 {
	r := rand.New(rand.NewPCG(1, 2))
	d := make([]float32, n)
	for i := range d {
		d[i] = float32(r.Float64()*2 - 1)
	}
	return d
}

// BenchmarkMatMulABT measures C[m,n] = A[m,k]·B[n,k]ᵀ and reports GFLOP/s (2·m·n·k flops per
// call), single-threaded and with all threads.
//
//	go test -run '^$' -bench MatMulABT ./internal/tensor/
func BenchmarkMatMulABT(b *testing.B) {
	shapes := []struct {
		name    string
		m, n, k int
	}{
		{"mnist_64x784x256", 64, 256, 784}, // batch 64, 784 inputs, 256 hidden units
		{"256x256x256", 256, 256, 256},
		{"512x512x512", 512, 512, 512},
	}
	all := runtime.GOMAXPROCS(0)
	for _, s := range shapes {
		for _, th := range []int{1, all} {
			b.Run(fmt.Sprintf("%s/threads=%d", s.name, th), func(b *testing.B) {
				old := Threads()
				SetThreads(th)
				defer SetThreads(old)
				// Plain normal-range data: subnormal operands are far slower on most CPUs and
				// would measure the FPU's microcode assists rather than the kernel.
				a, bb := benchData(s.m*s.k), benchData(s.n*s.k)
				c := make([]float32, s.m*s.n)
				b.SetBytes(int64(4 * (s.m*s.k + s.n*s.k + s.m*s.n)))
				b.ResetTimer()
				for i := 0; i < b.N; i++ {
					MatMulABT(c, a, bb, 1, s.m, s.n, s.k)
				}
				b.StopTimer()
				if sec := b.Elapsed().Seconds(); sec > 0 {
					b.ReportMetric(2*float64(s.m)*float64(s.n)*float64(s.k)*float64(b.N)/sec/1e9, "GFLOP/s")
				}
			})
		}
	}
}
