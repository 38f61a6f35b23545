//go:build bench

package main

import (
	"bufio"
	"context"
	"fmt"
	"hash/fnv"
	"math"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"time"

	"golang.org/x/sys/cpu"
	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas32"

	"veritrain/internal/tensor"
)

// mmShape is one C = A·Bᵀ problem: batch independent products of A [m, k] and B [n, k].
type mmShape struct {
	name           string
	batch, m, n, k int
}

func (s mmShape) flops() float64 {
	return 2 * float64(s.batch) * float64(s.m) * float64(s.n) * float64(s.k)
}

func (s mmShape) label() string {
	if s.batch > 1 {
		return fmt.Sprintf("%s %d×(%dx%d·%dx%dᵀ)", s.name, s.batch, s.m, s.k, s.n, s.k)
	}
	return fmt.Sprintf("%s %dx%d·%dx%dᵀ", s.name, s.m, s.k, s.n, s.k)
}

// mmShapes lists the square sizes and the products the two examples run per step (as C = A·Bᵀ,
// the only matrix product of the engine: forward x·Wᵀ, and the backward products after the
// transposes autograd inserts).
func mmShapes(sizes []int) []mmShape {
	var out []mmShape
	for _, n := range sizes {
		out = append(out, mmShape{"square", 1, n, n, n})
	}
	return append(out,
		// examples/mnist-mlp.toml: 784-512-256-10 at batch 128.
		mmShape{"mnist fwd L1", 1, 128, 512, 784},
		mmShape{"mnist fwd L2", 1, 128, 256, 512},
		mmShape{"mnist fwd L3", 1, 128, 10, 256},
		mmShape{"mnist dX L2", 1, 128, 512, 256},
		mmShape{"mnist dW L1", 1, 512, 784, 128},
		mmShape{"mnist dW L2", 1, 256, 512, 128},
		// examples/char-gpt.toml: batch 16 × context 64 = 1024 rows, dim 64, 4 heads, MLP 256,
		// vocabulary 93.
		mmShape{"gpt qkv", 1, 1024, 192, 64},
		mmShape{"gpt proj", 1, 1024, 64, 64},
		mmShape{"gpt mlp-up", 1, 1024, 256, 64},
		mmShape{"gpt mlp-down", 1, 1024, 64, 256},
		mmShape{"gpt head", 1, 1024, 93, 64},
		mmShape{"gpt dW mlp-up", 1, 256, 64, 1024},
		mmShape{"gpt attn scores", 64, 64, 64, 16}, // 16 sequences × 4 heads, head dim 16
		mmShape{"gpt attn·V", 64, 64, 16, 64},
	)
}

// mmData holds the operands of one shape, filled with a fixed pseudo-random sequence in [-1, 1).
type mmData struct {
	s             mmShape
	a, b          []float32
	cVT, cBL, cGN []float32
}

func newMMData(s mmShape) *mmData {
	d := &mmData{s: s,
		a: make([]float32, s.batch*s.m*s.k), b: make([]float32, s.batch*s.n*s.k),
		cVT: make([]float32, s.batch*s.m*s.n), cBL: make([]float32, s.batch*s.m*s.n), cGN: make([]float32, s.batch*s.m*s.n)}
	x := uint64(s.batch*1_000_003 + s.m*10_007 + s.n*101 + s.k)
	next := func() float32 {
		x += 0x9e3779b97f4a7c15
		z := x
		z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
		z = (z ^ z>>27) * 0x94d049bb133111eb
		z ^= z >> 31
		return float32(int32(z>>40)-1<<23) / (1 << 23)
	}
	for i := range d.a {
		d.a[i] = next()
	}
	for i := range d.b {
		d.b[i] = next()
	}
	return d
}

func (d *mmData) veritrain() {
	tensor.MatMulABT(d.cVT, d.a, d.b, d.s.batch, d.s.m, d.s.n, d.s.k)
}

func (d *mmData) openblas() { openblasABT(d.cBL, d.a, d.b, d.s.batch, d.s.m, d.s.n, d.s.k) }

// gonum is blas32.Gemm with gonum's pure-Go implementation (the blas32 default): it parallelises
// over GOMAXPROCS, which setThreads controls.
func (d *mmData) gonum() {
	s := d.s
	for i := 0; i < s.batch; i++ {
		a := blas32.General{Rows: s.m, Cols: s.k, Stride: s.k, Data: d.a[i*s.m*s.k : (i+1)*s.m*s.k]}
		b := blas32.General{Rows: s.n, Cols: s.k, Stride: s.k, Data: d.b[i*s.n*s.k : (i+1)*s.n*s.k]}
		c := blas32.General{Rows: s.m, Cols: s.n, Stride: s.n, Data: d.cGN[i*s.m*s.n : (i+1)*s.m*s.n]}
		blas32.Gemm(blas.NoTrans, blas.Trans, 1, a, b, 0, c)
	}
}

// relDiff is max|x-ref| / max|ref|. veritrain's canonical order (one float32 accumulator per
// output, ascending k, each product rounded before the add, no FMA) differs from OpenBLAS's and
// gonum's blocked, FMA-using summation orders, so results are NOT bitwise equal: they only agree
// to float32 rounding error, which grows like sqrt(k)·2⁻²⁴ relative to the row norms.
func relDiff(x, ref []float32) float64 {
	var d, m float64
	for i, r := range ref {
		d = max(d, math.Abs(float64(x[i])-float64(r)))
		m = max(m, math.Abs(float64(r)))
	}
	if m == 0 {
		return d
	}
	return d / m
}

func bitsHash(x []float32) uint64 {
	h := fnv.New64a()
	var buf [4]byte
	for _, v := range x {
		b := math.Float32bits(v)
		buf[0], buf[1], buf[2], buf[3] = byte(b), byte(b>>8), byte(b>>16), byte(b>>24)
		h.Write(buf[:])
	}
	return h.Sum64()
}

// mmResult is the per-repetition GFLOP/s of each implementation for one shape and thread count.
type mmResult struct {
	vt, bl, gn []float64
	sky        float64 // median from the OPENBLAS_CORETYPE child, 0 if not run
}

func sectionMatmul(cfg *config) {
	fmt.Printf("\n## 1. Matrix multiply C = A·Bᵀ (float32), GFLOP/s\n\n")
	shapes := mmShapes(cfg.sizes)
	data := make([]*mmData, len(shapes))
	for i, s := range shapes {
		data[i] = newMMData(s)
	}
	threadCounts := []int{1, ncpu}
	if ncpu == 1 {
		threadCounts = threadCounts[:1]
	}
	results := map[[2]int]*mmResult{} // (threads, shape index)
	oneThreadBits := make([]uint64, len(shapes))
	worstBLAS, worstGonum := 0.0, 0.0
	threadsBitwise := true
	var mismatches []string
	// Repetitions outermost, so that a drift of the machine's speed spreads over every row and
	// thread count instead of biasing the ones measured last.
	for rep := 0; rep < cfg.repeat; rep++ {
		for _, th := range threadCounts {
			setThreads(th)
			openblasSetThreads(th)
			for si, d := range data {
				r := results[[2]int{th, si}]
				if r == nil {
					r = &mmResult{}
					results[[2]int{th, si}] = r
				}
				// Rotate the order of the three implementations between repetitions so that none
				// always runs right after another (caches, OpenBLAS's spinning worker threads).
				order := []func(){
					func() { r.vt = append(r.vt, d.s.flops()/measureOnce(cfg.minTime, d.veritrain)/1e9) },
					func() {
						r.bl = append(r.bl, d.s.flops()/measureOnce(cfg.minTime, d.openblas)/1e9)
						if th > 1 {
							// OpenBLAS workers spin (sched_yield) for ~0.1 s after a call before
							// sleeping; let them settle so they do not steal the next measurement's
							// cores.
							time.Sleep(120 * time.Millisecond)
						}
					},
					func() { r.gn = append(r.gn, d.s.flops()/measureOnce(cfg.minTime, d.gonum)/1e9) },
				}
				for j := range order {
					order[(j+rep)%len(order)]()
				}
				if rep == 0 {
					// Light correctness check of the references (see relDiff).
					eb, eg := relDiff(d.cVT, d.cBL), relDiff(d.cVT, d.cGN)
					worstBLAS, worstGonum = max(worstBLAS, eb), max(worstGonum, eg)
					if eb > 1e-3 || eg > 1e-3 || math.IsNaN(eb) || math.IsNaN(eg) {
						mismatches = append(mismatches, fmt.Sprintf("%s threads %d: rel. diff vs OpenBLAS %.2e, vs gonum %.2e", d.s.label(), th, eb, eg))
					}
					h := bitsHash(d.cVT)
					if th == 1 {
						oneThreadBits[si] = h
					} else if h != oneThreadBits[si] {
						threadsBitwise = false
						mismatches = append(mismatches, fmt.Sprintf("%s: veritrain's result with %d threads differs bitwise from 1 thread", d.s.label(), th))
					}
				}
			}
		}
	}
	openblasSetThreads(1)
	setThreads(ncpu)

	skyNote := runSkylakeChild(cfg, shapes, results)

	fmt.Printf("OpenBLAS default kernel: %s. gonum: gonum.org/v1/gonum/blas/gonum (pure Go, blas32 default). veritrain: tensor.MatMulABT (canonical order, bit-reproducible).\n", openblasCorename())
	fmt.Printf("OpenBLAS with OPENBLAS_CORETYPE=%s: %s\n\n", cfg.coretype, skyNote)
	sky := strings.HasPrefix(skyNote, "measured")
	hdr := "| shape (A·Bᵀ) | threads | veritrain GFLOP/s | OpenBLAS | ratio | gonum | ratio |"
	sep := "|---|---|---|---|---|---|---|"
	if sky {
		hdr += " OpenBLAS " + cfg.coretype + " | ratio |"
		sep += "---|---|"
	}
	fmt.Println(hdr + " veritrain max/min |")
	fmt.Println(sep + "---|")
	for _, th := range threadCounts {
		for si, s := range shapes {
			r := results[[2]int{th, si}]
			vt, bl, gn := median(r.vt), median(r.bl), median(r.gn)
			row := fmt.Sprintf("| %s | %d | %.1f | %.1f | %s | %.1f | %s |", s.label(), th, vt, bl, ratio(vt, bl), gn, ratio(vt, gn))
			if sky {
				row += fmt.Sprintf(" %.1f | %s |", r.sky, ratio(vt, r.sky))
			}
			fmt.Printf("%s %.2f |\n", row, spread(r.vt))
		}
	}
	fmt.Printf("\nCheck: veritrain vs OpenBLAS max relative difference %.1e, vs gonum %.1e (limit 1e-3; different summation orders, so not bitwise equal); veritrain 1 thread vs %d threads bitwise equal: %v.\n",
		worstBLAS, worstGonum, ncpu, threadsBitwise)
	for _, m := range mismatches {
		fail("matmul: %s", m)
	}
}

// measureOnce is measure with the first call as an untimed warm-up when a call is short (cold
// caches and page faults would otherwise count); a call that alone takes minTime is timed as is.
func measureOnce(minTime time.Duration, fn func()) float64 {
	start := time.Now()
	fn()
	if el := time.Since(start); el >= minTime {
		return el.Seconds()
	}
	return measure(minTime, fn)
}

// needsAVX512 reports whether an OpenBLAS core type uses AVX-512 kernels.
func needsAVX512(core string) bool {
	switch strings.ToLower(core) {
	case "skylakex", "cooperlake", "sapphirerapids":
		return true
	}
	return false
}

// runSkylakeChild measures OpenBLAS with OPENBLAS_CORETYPE=cfg.coretype in a child process
// (OpenBLAS picks its kernel once, when the library loads), fills results[..].sky and returns a
// note for the report. An AVX-512 core type is tried only where the CPU has avx512f: elsewhere
// OpenBLAS would die with SIGILL.
func runSkylakeChild(cfg *config, shapes []mmShape, results map[[2]int]*mmResult) string {
	if cfg.coretype == "" || cfg.coretype == "none" {
		return "not requested"
	}
	if needsAVX512(cfg.coretype) && !cpu.X86.HasAVX512F {
		return "n/a: CPU lacks AVX-512"
	}
	exe, err := os.Executable()
	if err != nil {
		return "not run: " + err.Error()
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	sizes := make([]string, len(cfg.sizes))
	for i, n := range cfg.sizes {
		sizes[i] = strconv.Itoa(n)
	}
	cmd := exec.CommandContext(ctx, exe, "-openblas-child", "-sizes", strings.Join(sizes, ","),
		"-repeat", strconv.Itoa(cfg.repeat), "-mintime", cfg.minTime.String(), "-timeout", "10m")
	cmd.Env = append(os.Environ(), "OPENBLAS_CORETYPE="+cfg.coretype)
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return "child process failed: " + err.Error()
	}
	core := ""
	sc := bufio.NewScanner(strings.NewReader(string(out)))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		switch {
		case len(f) == 2 && f[0] == "CORE":
			core = f[1]
		case len(f) == 4 && f[0] == "RESULT":
			th, _ := strconv.Atoi(f[1])
			si, _ := strconv.Atoi(f[2])
			g, _ := strconv.ParseFloat(f[3], 64)
			if r := results[[2]int{th, si}]; r != nil {
				r.sky = g
			}
		}
	}
	if !strings.EqualFold(core, cfg.coretype) {
		return fmt.Sprintf("child reported core %q, not %q: OpenBLAS ignored OPENBLAS_CORETYPE (not measured)", core, cfg.coretype)
	}
	return "measured in a child process after the main measurements (column below)"
}

// runOpenBLASChild is the child side of runSkylakeChild: OpenBLAS alone on the same shapes and
// thread counts, one line per median.
func runOpenBLASChild(cfg *config) {
	fmt.Printf("CORE %s\n", openblasCorename())
	shapes := mmShapes(cfg.sizes)
	for _, th := range []int{1, ncpu} {
		openblasSetThreads(th)
		for si, s := range shapes {
			d := newMMData(s)
			var g []float64
			for rep := 0; rep < cfg.repeat; rep++ {
				g = append(g, s.flops()/measureOnce(cfg.minTime, d.openblas)/1e9)
			}
			fmt.Printf("RESULT %d %d %.3f\n", th, si, median(g))
		}
		if ncpu == 1 {
			break
		}
	}
}
