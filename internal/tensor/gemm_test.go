package tensor

import (
	"fmt"
	"math"
	"os"
	"regexp"
	"strings"
	"testing"
)

// Tests of the MatMulABT kernels (gemm_amd64.go/.s, gemm_other.go): the SIMD path and the generic
// kernel must both give exactly the bits of the per-element reference RefExec, on every shape
// class (tile edges in m and n, k chunking, k tails) and on data full of special values.

// withGemmPath runs f with MatMulABT forced onto one path and the given thread count.
func withGemmPath(t testing.TB, mode, threads int, f func()) {
	t.Helper()
	oldMode, oldThreads := gemmForce, Threads()
	gemmForce = mode
	SetThreads(threads)
	defer func() {
		gemmForce = oldMode
		SetThreads(oldThreads)
	}()
	f()
}

// gemmData returns n values of one of several kinds.
func gemmData(g *gen, kind string, n int) []float32 {
	d := make([]float32, n)
	for i := range d {
		switch kind {
		case "normal": // gen's mix: moderate values, sometimes huge, tiny or subnormal
			g.rate = 0
			d[i] = g.value()
		case "specials": // few specials: most outputs stay finite, some are NaN/Inf
			g.rate = 0.002
			d[i] = g.value()
		case "dense-specials":
			g.rate = 0.3
			d[i] = g.value()
		case "subnormal": // products and sums in the subnormal range (FTZ/DAZ would zero them)
			d[i] = float32(g.r.NormFloat64()) * 0x1p-70
			if g.r.IntN(4) == 0 {
				d[i] = math.Float32frombits(uint32(g.r.IntN(1<<23)) | uint32(g.r.IntN(2))<<31)
			}
		case "zeros": // ±0 and ±1: exact sums, signed-zero results
			d[i] = [...]float32{0, float32(math.Copysign(0, -1)), 1, -1}[g.r.IntN(4)]
			if g.r.IntN(3) > 0 {
				d[i] = float32(math.Copysign(0, float64(g.r.IntN(2)*2-1)))
			}
		case "cancel": // 1, 2^-24 and -1 in mixed order: the result depends on the summation order
			d[i] = [...]float32{1, 0x1p-24, -1, 0x1p-24, 0x1p-23, 3}[g.r.IntN(6)]
		case "huge": // overflow to ±Inf and Inf-Inf NaNs
			d[i] = float32(g.r.NormFloat64()) * 1e19
			if g.r.IntN(50) == 0 {
				d[i] = math.Float32frombits(specials[g.r.IntN(len(specials))])
			}
		default:
			panic(kind)
		}
	}
	return d
}

var gemmKinds = []string{"normal", "specials", "dense-specials", "subnormal", "zeros", "cancel", "huge"}

// refMatMul computes the reference result with RefExec.
func refMatMul(a, b []float32, batch, m, n, k int) []uint32 {
	d := &Desc{Op: OpMatMulABT, Shape: []int{batch, m, n}}
	c := filled(d.Shape)
	RefExec(d, c, FromData([]int{batch, m, k}, a), FromData([]int{batch, n, k}, b))
	return bits(c.Data)
}

// runMatMul runs MatMulABT on one path into a sentinel-filled output.
func runMatMul(t testing.TB, mode, threads int, a, b []float32, batch, m, n, k int) []uint32 {
	c := filled([]int{batch, m, n})
	withGemmPath(t, mode, threads, func() { MatMulABT(c.Data, a, b, batch, m, n, k) })
	return bits(c.Data)
}

// compareBits reports the first few differences; name describes the case.
func compareBits(t *testing.T, name string, got, want []uint32) bool {
	t.Helper()
	bad := 0
	for i := range want {
		if got[i] != want[i] || (isNaNBits(got[i]) && got[i] != canonNaN) {
			if bad < 3 {
				t.Errorf("%s: element %d = %#08x, want %#08x", name, i, got[i], want[i])
			}
			bad++
		}
	}
	if bad > 3 {
		t.Errorf("%s: %d bad elements", name, bad)
	}
	return bad == 0
}

// gemmSizes are the sizes every dimension takes in TestGEMMMatchesRef: tile edges around the 6-row
// and 16-column tiles, k tails around the 8-wide packing and the 256-long k chunks.
var gemmSizes = []int{1, 2, 3, 5, 6, 7, 15, 16, 17, 31, 33, 64, 100, 257}

func TestGEMMMatchesRef(t *testing.T) {
	type shape struct{ batch, m, n, k int }
	var shapes []shape
	for _, m := range gemmSizes {
		for _, n := range gemmSizes {
			for _, k := range gemmSizes {
				shapes = append(shapes, shape{1 + 2*(len(shapes)%2), m, n, k}) // batch 1 and 3
			}
		}
	}
	// Batches (row ranges straddle batch items), several k chunks with tails, n split into
	// column blocks, rows split into row blocks.
	shapes = append(shapes,
		shape{3, 7, 17, 33}, shape{3, 31, 16, 257}, shape{3, 100, 33, 64}, shape{3, 6, 100, 513},
		shape{1, 300, 513, 777}, shape{1, 13, 3100, 70}, shape{1, 301, 47, 1031}, shape{2, 150, 40, 530},
	)
	if testing.Short() {
		shapes = shapes[:0:0]
		for _, s := range []shape{{1, 7, 17, 33}, {3, 31, 16, 257}, {1, 100, 33, 300}, {2, 13, 35, 9}} {
			shapes = append(shapes, s)
		}
	}
	modes := []int{gemmForceGeneric}
	if gemmSIMDAvailable {
		modes = append(modes, gemmForceSIMD, gemmAuto)
	}
	for si, s := range shapes {
		kind := gemmKinds[si%len(gemmKinds)]
		g := newGen(uint64(si), 0)
		a := gemmData(g, kind, s.batch*s.m*s.k)
		b := gemmData(g, kind, s.batch*s.n*s.k)
		want := refMatMul(a, b, s.batch, s.m, s.n, s.k)
		for _, mode := range modes {
			name := fmt.Sprintf("%+v %s mode=%d", s, kind, mode)
			if !compareBits(t, name, runMatMul(t, mode, 1, a, b, s.batch, s.m, s.n, s.k), want) {
				return
			}
		}
	}
}

// TestGEMMKinds runs every data kind through both paths on a few shapes with full tiles, edge
// tiles and several k chunks, with 1 and 2 threads.
func TestGEMMKinds(t *testing.T) {
	for _, s := range []struct{ batch, m, n, k int }{{1, 12, 32, 512}, {3, 17, 35, 300}, {2, 64, 100, 257}, {1, 7, 9, 1000}} {
		for ki, kind := range gemmKinds {
			reps := 3
			if testing.Short() {
				reps = 1
			}
			for rep := range reps {
				g := newGen(uint64(1000+ki*10+rep), 0)
				a := gemmData(g, kind, s.batch*s.m*s.k)
				b := gemmData(g, kind, s.batch*s.n*s.k)
				want := refMatMul(a, b, s.batch, s.m, s.n, s.k)
				for _, th := range []int{1, 2} {
					compareBits(t, fmt.Sprintf("%+v %s threads=%d generic", s, kind, th), runMatMul(t, gemmForceGeneric, th, a, b, s.batch, s.m, s.n, s.k), want)
					if gemmSIMDAvailable {
						compareBits(t, fmt.Sprintf("%+v %s threads=%d simd", s, kind, th), runMatMul(t, gemmForceSIMD, th, a, b, s.batch, s.m, s.n, s.k), want)
					}
				}
			}
		}
	}
}

// TestGEMMPathsAgree forces the generic and the SIMD path on the same large inputs (too big for
// the per-element reference to be quick) and compares them bit for bit, with 1, 2 and 3 threads.
func TestGEMMPathsAgree(t *testing.T) {
	if !gemmSIMDAvailable {
		t.Skip("no SIMD MatMulABT path on this build")
	}
	for _, s := range []struct{ batch, m, n, k int }{{1, 256, 256, 256}, {1, 128, 512, 784}, {2, 97, 130, 1100}, {1, 1024, 93, 64}} {
		for ki, kind := range []string{"normal", "specials", "subnormal", "cancel"} {
			g := newGen(uint64(2000+ki), 0)
			a := gemmData(g, kind, s.batch*s.m*s.k)
			b := gemmData(g, kind, s.batch*s.n*s.k)
			want := runMatMul(t, gemmForceGeneric, 1, a, b, s.batch, s.m, s.n, s.k)
			for _, th := range []int{1, 2, 3} {
				compareBits(t, fmt.Sprintf("%+v %s threads=%d", s, kind, th), runMatMul(t, gemmForceSIMD, th, a, b, s.batch, s.m, s.n, s.k), want)
			}
		}
	}
}

// TestGEMMSpecialCases pins the semantics the SIMD kernel must keep, at every position of a tile
// (and past the first k chunk): +0 start, rounding before the add, canonical NaN, Inf, subnormals.
func TestGEMMSpecialCases(t *testing.T) {
	negZero := float32(math.Copysign(0, -1))
	nanPayload := math.Float32frombits(0xffc00001)
	inf := float32(math.Inf(1))
	cases := []struct {
		name string
		a, b []float32 // one row of a and one row of b (k values)
		want uint32
	}{
		{"-0 products start at +0", []float32{negZero, 1}, []float32{1, negZero}, 0x00000000},
		{"-0 + -0 stays +0 from the +0 start", []float32{-1, -1}, []float32{0, 0}, 0x00000000},
		{"ascending order", []float32{1, 0x1p-24, 0x1p-24}, []float32{1, 1, 1}, 0x3f800000},
		// -(1+2^-11) + float32((1+2^-12)^2) = 0; an FMA would keep the 2^-24 of the exact product.
		{"product rounded before the add", []float32{-1, 1 + 0x1p-12}, []float32{1 + 0x1p-11, 1 + 0x1p-12}, 0x00000000},
		{"NaN payload input", []float32{nanPayload, 1}, []float32{1, 1}, canonNaN},
		{"Inf - Inf", []float32{inf, inf}, []float32{1, -1}, canonNaN},
		{"0 * Inf", []float32{0, 1}, []float32{inf, 1}, canonNaN},
		{"overflow", []float32{3e38, 3e38}, []float32{1, 1}, 0x7f800000},
		{"subnormal products", []float32{0x1p-70, 0x1p-70}, []float32{0x1p-70, 0x1p-71}, math.Float32bits(0x1p-140 + 0x1p-141)},
		{"smallest subnormal sum", []float32{math.Float32frombits(1), math.Float32frombits(1)}, []float32{1, 1}, 0x00000002},
		{"subnormal input, normal output", []float32{math.Float32frombits(0x00400000)}, []float32{0x1p30}, math.Float32bits(0x1p-127 * 0x1p30)},
	}
	modes := []int{gemmForceGeneric}
	if gemmSIMDAvailable {
		modes = append(modes, gemmForceSIMD)
	}
	const m, n = 13, 35 // edge tiles in both directions
	for _, c := range cases {
		for _, pad := range []int{0, 3, 300} { // the case's k values after pad zero products (k chunking)
			k := pad + len(c.a)
			a, b := make([]float32, m*k), make([]float32, n*k)
			g := newGen(7, 0)
			// Every row and column holds the case after the padding. The padding products are
			// a·0 = ±0, so the sum is still +0 when the case's values come.
			for i := range m {
				for p := range pad {
					a[i*k+p] = float32(g.r.IntN(5) - 2)
				}
				copy(a[i*k+pad:], c.a)
			}
			for j := range n {
				copy(b[j*k+pad:], c.b)
			}
			want := make([]uint32, m*n)
			for i := range want {
				want[i] = c.want
			}
			for _, mode := range modes {
				got := runMatMul(t, mode, 1, a, b, 1, m, n, k)
				compareBits(t, fmt.Sprintf("%s pad=%d mode=%d", c.name, pad, mode), got, want)
			}
		}
	}
}

// TestGEMMNoAllocs: a steady-state MatMulABT on one thread allocates nothing (the packing buffers
// are reused).
func TestGEMMNoAllocs(t *testing.T) {
	m, n, k := 128, 512, 784
	if testing.Short() { // the pure-Go kernel under emulation is slow
		m, n, k = 40, 64, 100
	}
	a, b := benchData(m*k), benchData(n*k)
	c := make([]float32, m*n)
	withGemmPath(t, gemmAuto, 1, func() {
		MatMulABT(c, a, b, 1, m, n, k)
		if allocs := testing.AllocsPerRun(20, func() { MatMulABT(c, a, b, 1, m, n, k) }); allocs != 0 {
			t.Errorf("MatMulABT %dx%dx%d allocates %v times per call, want 0", m, n, k, allocs)
		}
		// Also the small-problem path and an edge-heavy shape.
		a2, b2, c2 := benchData(3*7*300), benchData(3*19*300), make([]float32, 3*7*19)
		MatMulABT(c2, a2, b2, 3, 7, 19, 300)
		if allocs := testing.AllocsPerRun(20, func() { MatMulABT(c2, a2, b2, 3, 7, 19, 300) }); allocs != 0 {
			t.Errorf("MatMulABT 3x7x19x300 allocates %v times per call, want 0", allocs)
		}
	})
}

// fusedMnemonic matches amd64 fused multiply-add mnemonics (VFMADD231PS, VFNMADD..., VFMSUB...,
// VFMADDSUB..., and the FMA4 forms).
var fusedMnemonic = regexp.MustCompile(`(?i)\bV?F(N)?M(ADD|SUB)`)

// TestGEMMAsmNoFMA: the assembly kernel must multiply and add separately (the product is rounded
// before the add). The source, macros included, is grepped for fused mnemonics and for raw
// instruction bytes (BYTE/WORD/LONG/QUAD) that could hide one. (go tool objdump cannot decode VEX
// instructions, so the linked code is not disassembled.)
func TestGEMMAsmNoFMA(t *testing.T) {
	src, err := os.ReadFile("gemm_amd64.s")
	if err != nil {
		t.Fatal(err)
	}
	text := string(src)
	raw := regexp.MustCompile(`^\s*(BYTE|WORD|LONG|QUAD)\b`)
	for i, line := range strings.Split(text, "\n") {
		code, _, _ := strings.Cut(line, "//")
		if fusedMnemonic.MatchString(code) {
			t.Errorf("gemm_amd64.s:%d: fused multiply-add: %s", i+1, strings.TrimSpace(line))
		}
		if raw.MatchString(code) {
			t.Errorf("gemm_amd64.s:%d: raw instruction bytes: %s", i+1, strings.TrimSpace(line))
		}
	}
	for _, want := range []string{"VMULPS", "VADDPS"} {
		if !strings.Contains(text, want) {
			t.Errorf("gemm_amd64.s has no %s: the grep above would be vacuous", want)
		}
	}
	if !fusedMnemonic.MatchString("VFMADD231PS Y12, Y14, Y0") || !fusedMnemonic.MatchString("vfnmsub213ps") {
		t.Errorf("fusedMnemonic does not match FMA mnemonics")
	}
}

// BenchmarkGEMM measures MatMulABT on square and model shapes, reporting GFLOP/s (2·m·n·k flops
// per call), with 1 and 2 threads.
//
//	go test -run '^$' -bench GEMM ./internal/tensor/
func BenchmarkGEMM(b *testing.B) {
	shapes := []struct {
		name    string
		m, n, k int
	}{
		{"256", 256, 256, 256},
		{"512", 512, 512, 512},
		{"1024", 1024, 1024, 1024},
		{"mnist_128x512x784", 128, 512, 784}, // first layer forward: batch 128, 784 -> 512
		{"mnist_512x784x128", 512, 784, 128}, // its weight gradient (k = batch)
		{"gpt_1024x64x64", 1024, 64, 64},     // char-gpt: 16x64 tokens, dim 64 projections
		{"gpt_1024x256x64", 1024, 256, 64},   // MLP up
		{"gpt_1024x64x256", 1024, 64, 256},   // MLP down
		{"gpt_1024x93x64", 1024, 93, 64},     // logits over the 93-byte vocabulary
	}
	for _, s := range shapes {
		for _, th := range []int{1, 2} {
			b.Run(fmt.Sprintf("%s/threads=%d", s.name, th), func(b *testing.B) {
				old := Threads()
				SetThreads(th)
				defer SetThreads(old)
				a, bb := benchData(s.m*s.k), benchData(s.n*s.k)
				c := make([]float32, s.m*s.n)
				MatMulABT(c, a, bb, 1, s.m, s.n, s.k)
				b.ResetTimer()
				for b.Loop() {
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
