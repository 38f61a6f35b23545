package tensor

import (
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"testing"

	"veritrain/internal/fmath"
)

// Tests of the SIMD elementwise kernels (elem_amd64.go/.s, elem_other.go): for every op they
// handle, the SIMD path must give exactly the bits of the scalar loops of elemTask.run, on every
// length around the 8-lane blocks and the 32-element unrolled loops, on misaligned sub-slices,
// in place, and on data full of special values.

// elemOps are the ops the SIMD path handles (every elementwise op).
var elemOps = []Op{OpAdd, OpSub, OpMul, OpDiv, OpMax, OpGT, OpWhere, OpNeg, OpExp, OpLog, OpSqrt}

// elemSpecials extends specials with NaN payloads, values around the exp and log thresholds and
// the exp scaling boundaries.
var elemSpecials = append(append([]uint32{}, specials...),
	0xff800001, 0x7fa00000, 0xffffffff, 0x7f800002, 0xffc00001, 0x7fbfffff, // more NaNs, signalling ones
	0x42b17217, 0x42b17219, 0xc2cff1b4, 0xc2cff1b6, // exp thresholds ± 1 ulp
	0x42b00000, 0x42b10000, 0xc2aeac50, 0xc2aeac4f, 0xc2ae0000, 0xc2b00000, 0xc2c00000, // exp n = 127/128, -126/-127 ...
	0x3f3504f3, 0x3fb504f3, 0x3f3504f4, 0x3fb504f2, 0x3fb0a3d0, 0x3fb0a3cf, 0x3fb5c288, 0x3fb5c289, // log branches
	0x3f800001, 0x3f7fffff, 0x33800000, 0xb3800000, // near 1, 2^-24
	0x4b400000, 0x4b3fffff, // roundMagic
)

// elemValue returns one random input value: a special value, uniformly random bits (every kind
// of float, NaNs with random payloads included), or a moderate or exp/log-relevant value.
func elemValue(r *rand.Rand) float32 {
	switch r.IntN(10) {
	case 0, 1:
		return math.Float32frombits(elemSpecials[r.IntN(len(elemSpecials))])
	case 2, 3:
		return math.Float32frombits(r.Uint32())
	case 4:
		return float32(r.Float64()*220 - 115) // the whole exp range and beyond
	case 5:
		return math.Float32frombits(r.Uint32N(0x00800000) | uint32(r.IntN(2))<<31) // subnormal
	case 6:
		// Around the exp scaling boundaries n = -126/-127 and 127/128, and the underflow.
		c := []float32{-87.3365, -88.0297, -103.97, 88.0, 88.7228}[r.IntN(5)]
		return c + float32(r.Float64()-0.5)
	default:
		x := float32(r.NormFloat64())
		if r.IntN(4) == 0 {
			x *= 1e-38
		}
		return x
	}
}

// elemInputs returns the inputs of op over n elements: random values, and for the binary ops
// many equal pairs, ±0 pairs and negated pairs; for where, conditions with ±0 and NaNs.
func elemInputs(r *rand.Rand, op Op, n int) (a, b, c []float32) {
	a, b, c = make([]float32, n), make([]float32, n), make([]float32, n)
	for i := range a {
		a[i], b[i], c[i] = elemValue(r), elemValue(r), elemValue(r)
		switch r.IntN(8) {
		case 0:
			b[i] = a[i]
		case 1:
			b[i] = -a[i]
		case 2:
			z := []uint32{0, 0x80000000}
			a[i], b[i] = math.Float32frombits(z[r.IntN(2)]), math.Float32frombits(z[r.IntN(2)])
		}
		if op == OpWhere {
			switch r.IntN(3) {
			case 0:
				c[i] = 0
			case 1:
				c[i] = float32(math.Copysign(0, -1))
			}
		}
	}
	return
}

// withElemSIMD runs f with the SIMD elementwise path on or off.
func withElemSIMD(on bool, f func()) {
	old := elemUseSIMD
	elemUseSIMD = on
	defer func() { elemUseSIMD = old }()
	f()
}

// elemScalar runs the scalar loops of op.
func elemScalar(op Op, o, a, b, c []float32) {
	withElemSIMD(false, func() { Elementwise(op, o, a, b, c) })
}

// elemArgs orders the inputs as Elementwise takes them: where takes (cond, a, b).
func elemArgs(op Op, a, b, c []float32) (x, y, z []float32) {
	switch op {
	case OpWhere:
		return c, a, b
	case OpNeg, OpExp, OpLog, OpSqrt:
		return a, nil, nil
	}
	return a, b, nil
}

func sameBits(t *testing.T, name string, got, want []float32) bool {
	t.Helper()
	bad := 0
	for i := range want {
		if g, w := math.Float32bits(got[i]), math.Float32bits(want[i]); g != w {
			if bad < 3 {
				t.Errorf("%s: element %d = %#08x, want %#08x", name, i, g, w)
			}
			bad++
		}
	}
	if bad > 3 {
		t.Errorf("%s: %d bad elements", name, bad)
	}
	return bad == 0
}

func needElemSIMD(t testing.TB) {
	if !elemSIMDAvailable {
		t.Skip("no SIMD elementwise path on this build or machine")
	}
}

// TestElemSIMDMatchesScalar: every op, every length 0..70 and some large ones, every start
// offset 0..7 (misaligned sub-slices of larger buffers, the output at its own offset).
func TestElemSIMDMatchesScalar(t *testing.T) {
	needElemSIMD(t)
	r := rand.New(rand.NewPCG(7, 11))
	var lengths []int
	for n := 0; n <= 70; n++ {
		lengths = append(lengths, n)
	}
	lengths = append(lengths, 127, 128, 129, 1000, 1024, 4096+13, 1<<16+5)
	for _, op := range elemOps {
		for _, n := range lengths {
			for off := 0; off < 8; off++ {
				if n > 1024 && off%3 != 0 {
					continue
				}
				ooff := (off * 5) % 8
				a, b, c := elemInputs(r, op, n+off)
				x, y, z := elemArgs(op, a[off:], b[off:], c[off:])
				want := make([]float32, n)
				elemScalar(op, want, x, y, z)
				buf := make([]float32, n+ooff+1)
				guard := float32(12345)
				buf[ooff+n] = guard
				got := buf[ooff : ooff+n]
				withElemSIMD(true, func() {
					if !elemSIMD(op, got, x, y, z) {
						t.Fatalf("%v: elemSIMD did not handle n=%d", op, n)
					}
				})
				name := fmt.Sprintf("%v n=%d off=%d/%d", op, n, off, ooff)
				if !sameBits(t, name, got, want) {
					return
				}
				if buf[ooff+n] != guard {
					t.Fatalf("%s: wrote past the end", name)
				}
			}
		}
	}
}

// TestElemSIMDInPlace: the output may be the same buffer as any input.
func TestElemSIMDInPlace(t *testing.T) {
	needElemSIMD(t)
	r := rand.New(rand.NewPCG(3, 4))
	for _, op := range elemOps {
		for _, n := range []int{1, 7, 8, 31, 32, 33, 100, 1027} {
			a, b, c := elemInputs(r, op, n)
			x, y, z := elemArgs(op, a, b, c)
			want := make([]float32, n)
			elemScalar(op, want, x, y, z)
			ins := [][]float32{x, y, z}
			for i, in := range ins {
				if in == nil {
					continue
				}
				cp := [3][]float32{}
				for j := range ins {
					if ins[j] != nil {
						cp[j] = append([]float32(nil), ins[j]...)
					}
				}
				o := cp[i]
				withElemSIMD(true, func() { Elementwise(op, o, cp[0], cp[1], cp[2]) })
				sameBits(t, fmt.Sprintf("%v n=%d in place of input %d", op, n, i), o, want)
			}
		}
	}
}

// TestElemSIMDSemantics pins the tricky cases directly (independently of the scalar code).
func TestElemSIMDSemantics(t *testing.T) {
	needElemSIMD(t)
	nz, pz := float32(math.Copysign(0, -1)), float32(0)
	nan := math.Float32frombits(0xffc00001)
	inf := float32(math.Inf(1))
	cases := []struct {
		op      Op
		a, b, c float32
		want    uint32
	}{
		{OpMax, nz, pz, 0, 0x00000000},
		{OpMax, pz, nz, 0, 0x80000000},
		{OpMax, nan, 1, 0, canonNaN},
		{OpMax, 1, nan, 0, canonNaN},
		{OpMax, -inf, -3, 0, 0xc0400000},
		{OpGT, pz, nz, 0, 0},
		{OpGT, 2, 1, 0, 0x3f800000},
		{OpGT, nan, 1, 0, 0},
		{OpGT, 1, nan, 0, 0},
		{OpWhere, 1, 2, nz, 0x40000000},
		{OpWhere, 1, 2, nan, 0x3f800000},
		{OpWhere, math.Float32frombits(0x7f800001), 2, 1, 0x7f800001},
		{OpNeg, pz, 0, 0, 0x80000000},
		{OpNeg, nan, 0, 0, canonNaN},
		{OpSqrt, nz, 0, 0, 0x80000000},
		{OpSqrt, -1e-45, 0, 0, canonNaN},
		{OpSqrt, -inf, 0, 0, canonNaN},
		{OpSub, inf, inf, 0, canonNaN},
		{OpDiv, pz, pz, 0, canonNaN},
		{OpMul, 0x1p-100, 0x1p-30, 0, 0x00080000}, // subnormal product kept
		{OpExp, -inf, 0, 0, 0},
		{OpExp, inf, 0, 0, 0x7f800000},
		{OpExp, nz, 0, 0, 0x3f800000},
		{OpLog, nz, 0, 0, 0xff800000},
		{OpLog, -1, 0, 0, canonNaN},
		{OpLog, inf, 0, 0, 0x7f800000},
		{OpLog, 1, 0, 0, 0},
	}
	for _, tc := range cases {
		for _, n := range []int{1, 8, 40} { // the tail copy, one block, the unrolled loop
			a, b, c := make([]float32, n), make([]float32, n), make([]float32, n)
			for i := range a {
				a[i], b[i], c[i] = tc.a, tc.b, tc.c
			}
			x, y, z := elemArgs(tc.op, a, b, c)
			o := make([]float32, n)
			withElemSIMD(true, func() { Elementwise(tc.op, o, x, y, z) })
			for i := range o {
				if g := math.Float32bits(o[i]); g != tc.want {
					t.Errorf("%v(%v, %v, %v) n=%d [%d] = %#08x, want %#08x", tc.op, tc.a, tc.b, tc.c, n, i, g, tc.want)
					break
				}
			}
		}
	}
}

// TestElemSIMDExec: Exec, single and multi-threaded (chunks across workers), matches the scalar
// loops; so do Exec on the reference RefExec's terms (TestExecMatchesRef covers shapes).
func TestElemSIMDExec(t *testing.T) {
	needElemSIMD(t)
	r := rand.New(rand.NewPCG(5, 6))
	n := elemParallelMin + 4096 + 3
	for _, op := range elemOps {
		a, b, c := elemInputs(r, op, n)
		x, y, z := elemArgs(op, a, b, c)
		want := make([]float32, n)
		elemScalar(op, want, x, y, z)
		var in []*Tensor
		for _, s := range [][]float32{x, y, z} {
			if s != nil {
				in = append(in, &Tensor{Shape: []int{n}, Data: s})
			}
		}
		for _, th := range []int{1, 2} {
			old := Threads()
			SetThreads(th)
			out := &Tensor{Shape: []int{n}, Data: make([]float32, n)}
			Exec(&Desc{Op: op}, out, in...)
			SetThreads(old)
			sameBits(t, fmt.Sprintf("Exec %v threads=%d", op, th), out.Data, want)
		}
	}
}

// TestElemSIMDDeclines: what the SIMD path does not handle is left to the scalar loops.
func TestElemSIMDDeclines(t *testing.T) {
	needElemSIMD(t)
	x := make([]float32, 40)
	for i := range x {
		x[i] = float32(i)
	}
	withElemSIMD(true, func() {
		if elemSIMD(OpSum, x[:8], x[:8], nil, nil) {
			t.Errorf("elemSIMD handled a non-elementwise op")
		}
		if elemSIMD(OpAdd, x[:8], x[:8], x[:7], nil) {
			t.Errorf("elemSIMD handled a short input")
		}
		if elemSIMD(OpWhere, x[:8], x[:8], x[:8], nil) {
			t.Errorf("elemSIMD handled a missing input")
		}
		if elemSIMD(OpAdd, x[1:9], x[:8], x[:8], nil) {
			t.Errorf("elemSIMD handled a shifted alias of an input")
		}
		if !elemSIMD(OpAdd, x[:8], x[:8], x[:8], nil) {
			t.Errorf("elemSIMD declined an exact alias")
		}
	})
	// A short input still panics as in the scalar loop.
	defer func() {
		if recover() == nil {
			t.Errorf("Elementwise with a short input did not panic")
		}
	}()
	Elementwise(OpAdd, make([]float32, 8), x[:8], x[:7:7], nil)
}

// TestElemSIMDNoAllocs: the SIMD path, tail included, allocates nothing.
func TestElemSIMDNoAllocs(t *testing.T) {
	needElemSIMD(t)
	a, b, c := benchData(77), benchData(77), benchData(77)
	o := make([]float32, 77)
	for _, op := range elemOps {
		x, y, z := elemArgs(op, a, b, c)
		if allocs := testing.AllocsPerRun(20, func() { Elementwise(op, o, x, y, z) }); allocs != 0 {
			t.Errorf("Elementwise %v allocates %v times per call", op, allocs)
		}
	}
}

// TestElemSIMDExhaustive compares the unary ops with fmath / the scalar loops on all 2^32
// inputs (a few minutes): ELEM_EXHAUSTIVE=1 go test -run Exhaustive -timeout 0 ./internal/tensor/
func TestElemSIMDExhaustive(t *testing.T) {
	needElemSIMD(t)
	if os.Getenv("ELEM_EXHAUSTIVE") == "" {
		t.Skip("set ELEM_EXHAUSTIVE=1")
	}
	for _, op := range []Op{OpExp, OpLog, OpSqrt, OpNeg} {
		const chunk = 1 << 16
		workers := runtime.GOMAXPROCS(0)
		var wg sync.WaitGroup
		var mu sync.Mutex
		bad := 0
		for w := range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				in, got, want := make([]float32, chunk), make([]float32, chunk), make([]float32, chunk)
				for base := uint64(w) * chunk; base < 1<<32; base += uint64(workers) * chunk {
					for i := range in {
						in[i] = math.Float32frombits(uint32(base) + uint32(i))
					}
					if !elemSIMD(op, got, in, nil, nil) {
						panic("not handled")
					}
					for i, x := range in {
						switch op {
						case OpExp:
							want[i] = fmath.Exp(x)
						case OpLog:
							want[i] = fmath.Log(x)
						case OpSqrt:
							want[i] = fmath.Sqrt(x)
						case OpNeg:
							want[i] = canon(-x)
						}
					}
					for i := range in {
						if math.Float32bits(got[i]) != math.Float32bits(want[i]) {
							mu.Lock()
							if bad < 5 {
								t.Errorf("%v(%#08x) = %#08x, want %#08x", op, math.Float32bits(in[i]), math.Float32bits(got[i]), math.Float32bits(want[i]))
							}
							bad++
							mu.Unlock()
						}
					}
				}
			}()
		}
		wg.Wait()
		t.Logf("%v: %d mismatches over 2^32 inputs", op, bad)
	}
}

// TestElemAsmNoFMA: the assembly kernels must round every product before adding it (no fused
// multiply-add, as in TestGEMMAsmNoFMA), and hide no raw instruction bytes.
func TestElemAsmNoFMA(t *testing.T) {
	src, err := os.ReadFile("elem_amd64.s")
	if err != nil {
		t.Fatal(err)
	}
	text := string(src)
	raw := regexp.MustCompile(`^\s*(BYTE|WORD|LONG|QUAD)\b`)
	for i, line := range strings.Split(text, "\n") {
		code, _, _ := strings.Cut(line, "//")
		if fusedMnemonic.MatchString(code) {
			t.Errorf("elem_amd64.s:%d: fused multiply-add: %s", i+1, strings.TrimSpace(line))
		}
		if raw.MatchString(code) {
			t.Errorf("elem_amd64.s:%d: raw instruction bytes: %s", i+1, strings.TrimSpace(line))
		}
	}
	for _, want := range []string{"VMULPS", "VADDPS"} {
		if !strings.Contains(text, want) {
			t.Errorf("elem_amd64.s has no %s: the grep above would be vacuous", want)
		}
	}
}

// BenchmarkElementwise measures ns per element of the scalar loops and the SIMD kernels on a
// fused block (1024 elements, in L1) and on a 1M-element tensor (one thread).
//
//	go test -run '^$' -bench Elementwise ./internal/tensor/
func BenchmarkElementwise(b *testing.B) {
	for _, op := range []Op{OpAdd, OpMul, OpDiv, OpMax, OpWhere, OpNeg, OpSqrt, OpExp, OpLog} {
		for _, n := range []int{1024, 1 << 20} {
			paths := []string{"scalar"}
			if elemSIMDAvailable {
				paths = append(paths, "simd")
			}
			for _, path := range paths {
				b.Run(fmt.Sprintf("%v/n=%d/%s", op, n, path), func(b *testing.B) {
					x, y := benchData(n), benchData(n)
					for i := range x {
						x[i] = x[i]*20 + 0.5 // exp and log of moderate positive and negative values
						if op == OpLog || op == OpSqrt {
							x[i] = float32(math.Abs(float64(x[i])))
						}
					}
					c := benchData(n)
					xa, ya, za := elemArgs(op, x, y, c)
					o := make([]float32, n)
					withElemSIMD(path == "simd", func() {
						b.ResetTimer()
						for i := 0; i < b.N; i++ {
							Elementwise(op, o, xa, ya, za)
						}
						b.StopTimer()
					})
					b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/elem")
				})
			}
		}
	}
}
