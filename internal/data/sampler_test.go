package data

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestSamplerEpochCoverage reads the stream step by step and checks that every epoch (N
// consecutive positions, which may start and end inside a batch) holds each index exactly
// once, that Index agrees with Indices, and that consecutive epochs use different orders.
func TestSamplerEpochCoverage(t *testing.T) {
	for _, c := range []struct{ n, batch, epochs int }{
		{1, 1, 3}, {1, 5, 4}, {2, 3, 6}, {10, 3, 7}, {10, 4, 6}, {10, 10, 3}, {7, 20, 9},
		{100, 7, 5}, {1000, 64, 4}, {60000, 64, 2},
	} {
		t.Run(fmt.Sprintf("N=%d/Batch=%d", c.n, c.batch), func(t *testing.T) {
			s := Sampler{N: c.n, Batch: c.batch, Seed: 42}
			total := c.n * c.epochs
			steps := (total + c.batch - 1) / c.batch
			var stream []int
			dst := make([]int, c.batch)
			for step := range steps {
				s.Indices(step, dst)
				for row, v := range dst {
					if i := s.Index(step, row); i != v {
						t.Fatalf("step %d row %d: Index = %d, Indices = %d", step, row, i, v)
					}
				}
				stream = append(stream, dst...)
			}
			var prev []int
			for e := range c.epochs {
				epoch := stream[e*c.n : (e+1)*c.n]
				seen := make([]bool, c.n)
				for k, v := range epoch {
					if v < 0 || v >= c.n || seen[v] {
						t.Fatalf("epoch %d position %d: index %d out of range or repeated", e, k, v)
					}
					seen[v] = true
				}
				if c.n >= 100 && slices.Equal(epoch, prev) {
					t.Fatalf("epoch %d repeats the order of epoch %d", e, e-1)
				}
				prev = epoch
			}
		})
	}
}

func TestSamplerGolden(t *testing.T) {
	s := Sampler{N: 60000, Batch: 16, Seed: 42}
	got := make([]int, 16)
	s.Indices(0, got)
	want := []int{51557, 53741, 22774, 31275, 3455, 18827, 38355, 7130, 4102, 46456, 8542, 57743,
		4482, 34579, 57374, 27325}
	if !slices.Equal(got, want) {
		t.Errorf("Sampler{60000, 16, 42}.Indices(0) = %v, want %v", got, want)
	}
	// N=10, Batch=4: epochs straddle steps 2 and 4 (epoch 0 = steps 0, 1 and half of 2).
	s = Sampler{N: 10, Batch: 4, Seed: 42}
	var stream []int
	for step := range 5 {
		s.Indices(step, got[:4])
		stream = append(stream, got[:4]...)
	}
	want = []int{7, 2, 9, 8, 5, 0, 6, 1, 4, 3, 1, 4, 8, 7, 6, 0, 5, 2, 9, 3}
	if !slices.Equal(stream, want) {
		t.Errorf("Sampler{10, 4, 42} steps 0..4 = %v, want %v", stream, want)
	}
}

func TestSamplerSeedsDiffer(t *testing.T) {
	a := make([]int, 32)
	b := make([]int, 32)
	Sampler{N: 60000, Batch: 32, Seed: 1}.Indices(0, a)
	Sampler{N: 60000, Batch: 32, Seed: 2}.Indices(0, b)
	if slices.Equal(a, b) {
		t.Fatal("seeds 1 and 2 give the same first batch")
	}
}

func TestSamplerPanics(t *testing.T) {
	ok := Sampler{N: 10, Batch: 4, Seed: 1}
	for _, c := range []struct {
		name, want string
		f          func()
	}{
		{"N=0", "N = 0", func() { Sampler{N: 0, Batch: 4}.Index(0, 0) }},
		{"Batch=0", "Batch = 0", func() { Sampler{N: 10, Batch: 0}.Index(0, 0) }},
		{"negative step", "out of range", func() { ok.Index(-1, 0) }},
		{"row=Batch", "out of range", func() { ok.Index(0, 4) }},
		{"negative row", "out of range", func() { ok.Index(0, -1) }},
		{"overflow", "overflows", func() { ok.Index(1<<62, 0) }},
		{"short dst", "len(dst)", func() { ok.Indices(0, make([]int, 3)) }},
		// The first row fits in int64 but the last one does not.
		{"Indices overflow", "overflows", func() {
			Sampler{N: 10, Batch: 1<<32 + 1}.Indices(1<<31-1, nil)
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			defer func() {
				r := recover()
				if r == nil {
					t.Fatal("no panic")
				}
				if msg := fmt.Sprint(r); !strings.Contains(msg, c.want) {
					t.Fatalf("panic %q does not mention %q", msg, c.want)
				}
			}()
			c.f()
		})
	}
	if err := (Sampler{N: 3, Batch: 0}).Validate(); err == nil {
		t.Error("Validate accepted Batch = 0")
	}
	if err := ok.Validate(); err != nil {
		t.Error(err)
	}
}

func BenchmarkSamplerIndices(b *testing.B) {
	for _, batch := range []int{64, 256} {
		b.Run(fmt.Sprintf("N=60000/Batch=%d", batch), func(b *testing.B) {
			s := Sampler{N: 60000, Batch: batch, Seed: 42}
			dst := make([]int, batch)
			step := 0
			for b.Loop() {
				s.Indices(step, dst)
				step++
			}
		})
	}
}

func BenchmarkSamplerIndex(b *testing.B) {
	s := Sampler{N: 60000, Batch: 64, Seed: 42}
	var sum, step int
	for b.Loop() {
		sum += s.Index(step, 3)
		step++
	}
	_ = sum
}
