package game

import (
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"veritrain/internal/commit"
)

func TestRejectLimit(t *testing.T) {
	two64 := new(big.Int).Lsh(big.NewInt(1), 64)
	for _, n := range []uint64{1, 2, 3, 5, 7, 10, 1000, 1 << 32, 1<<32 + 1, 1 << 63, 1<<63 + 1, math.MaxUint64 - 1, math.MaxUint64} {
		b := new(big.Int).SetUint64(n)
		want := new(big.Int).Sub(two64, new(big.Int).Mod(two64, b))
		if want.Cmp(two64) == 0 {
			want.SetInt64(0)
		}
		if got := rejectLimit(n); got != want.Uint64() {
			t.Errorf("rejectLimit(%d) = %d, want %v", n, got, want)
		}
	}
}

func TestSelectSegmentsProperties(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	iters := 2000
	if raceEnabled {
		iters = 200
	}
	for i := 0; i < iters; i++ {
		steps, segLen := 1+r.IntN(300), 1+r.IntN(20)
		n := Segments(steps, segLen)
		count := r.IntN(n + 1)
		seed := randomHash(r)
		got, err := SelectSegments(seed, steps, segLen, count)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != count || !slices.IsSorted(got) || len(slices.Compact(slices.Clone(got))) != count {
			t.Fatalf("SelectSegments(%d, %d, %d) = %v: want %d distinct, sorted", steps, segLen, count, got, count)
		}
		if count > 0 && (got[0] < 0 || got[count-1] >= n) {
			t.Fatalf("segments %v outside [0, %d)", got, n)
		}
		again, _ := SelectSegments(seed, steps, segLen, count)
		if !slices.Equal(got, again) {
			t.Fatal("not deterministic")
		}
		first, last := SegmentSteps(steps, segLen, n-1)
		if first < 1 || last != steps || last-first+1 > segLen {
			t.Fatalf("last segment of %d steps by %d: %d..%d", steps, segLen, first, last)
		}
	}
	for _, c := range []struct{ steps, segLen, count int }{{0, 1, 0}, {5, 0, 1}, {10, 3, 5}, {10, 3, -1}} {
		if _, err := SelectSegments(commit.Hash{}, c.steps, c.segLen, c.count); err == nil {
			t.Errorf("SelectSegments(%+v) accepted", c)
		}
	}
	if _, err := (Sampling{SegmentLen: 10, RateBPS: 10_001}).Select(commit.Hash{}, 100); err == nil {
		t.Error("rate above 100% accepted")
	}
}

// TestSelectSegmentsGolden pins the selection for one randomness, so that another implementation
// (the Solidity one) can check itself against the specification in docs/dispute-game.md.
func TestSelectSegmentsGolden(t *testing.T) {
	seed := commit.Keccak256([]byte("veritrain segment sampling test"))
	d := drawer{seed: append([]byte(SegmentDomain), seed[:]...)}
	draws := fmt.Sprintf("%#016x %#016x", d.next(), d.next())
	got, err := DefaultSampling.Select(seed, 10_000)
	if err != nil {
		t.Fatal(err)
	}
	const (
		wantSeed  = "0xfde2793313967cf2af22a3118cae66201d3a1b830c68021a68e1b9997b17d005"
		wantDraws = "0x65f84e60418d5d4d 0xe21954637eac2e52"
		wantSel   = "[10 11 14 18 47 107 137 148 166 171 189 201 220 221 222 231 232 233 238 239 269 323 326 333 336 352 362 372 418 426 451 462 475 526 560 593 594 650 672 708 720 778 783 785 833 848 856 904 929 994]"
	)
	if seed.String() != wantSeed || draws != wantDraws || fmt.Sprint(got) != wantSel {
		t.Errorf("seed %v\ndraws %s\nselection %v", seed, draws, got)
	}
}

// TestSelectSegmentsUniform: every subset of count segments is equally likely (chi-square over
// all 15 subsets of 2 of 6 segments, 30,000 draws).
func TestSelectSegmentsUniform(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	runs := 30_000
	if raceEnabled {
		runs = 3000
	}
	freq := map[string]int{}
	for i := 0; i < runs; i++ {
		got, err := SelectSegments(randomHash(r), 60, 10, 2)
		if err != nil {
			t.Fatal(err)
		}
		freq[fmt.Sprint(got)]++
	}
	if len(freq) != 15 {
		t.Fatalf("%d distinct subsets, want 15", len(freq))
	}
	exp := float64(runs) / 15
	chi := 0.0
	for _, f := range freq {
		chi += (float64(f) - exp) * (float64(f) - exp) / exp
	}
	// 14 degrees of freedom: P(chi2 > 40) ≈ 2.4e-4; the seed is fixed, so this cannot flake.
	if chi > 40 {
		t.Errorf("chi-square %.1f over %v", chi, freq)
	}
}

// subsets calls f with every subset of size k of [0, n) as a bit mask.
func subsets(n, k int, f func(mask uint64)) {
	for m := uint64(0); m < 1<<n; m++ {
		if popcount(m) == k {
			f(m)
		}
	}
}

func popcount(m uint64) int {
	c := 0
	for ; m != 0; m &= m - 1 {
		c++
	}
	return c
}

// TestDetectExact checks both formulas by enumeration on every small case: all sets of sampled
// segments (equally likely) against all sets of corrupt steps.
func TestDetectExact(t *testing.T) {
	for steps := 1; steps <= 8; steps++ {
		for segLen := 1; segLen <= 4; segLen++ {
			n := Segments(steps, segLen)
			segOf := func(step int) int { return step / segLen } // 0-based step
			for count := 0; count <= n; count++ {
				var samples []uint64
				subsets(n, count, func(m uint64) { samples = append(samples, m) })
				for corrupt := 0; corrupt <= steps; corrupt++ {
					hit, all := 0, 0
					worst := 1.0
					subsets(steps, corrupt, func(bad uint64) {
						segs := uint64(0)
						for s := 0; s < steps; s++ {
							if bad>>s&1 == 1 {
								segs |= 1 << segOf(s)
							}
						}
						h := 0
						for _, m := range samples {
							if m&segs != 0 {
								h++
							}
						}
						hit += h
						all += len(samples)
						worst = min(worst, float64(h)/float64(len(samples)))
					})
					random := float64(hit) / float64(all)
					if got := DetectRandom(steps, segLen, count, corrupt); math.Abs(got-random) > 1e-12 {
						t.Errorf("DetectRandom(%d, %d, %d, %d) = %v, enumeration %v", steps, segLen, count, corrupt, got, random)
					}
					if got := DetectWorstCase(steps, segLen, count, corrupt); math.Abs(got-worst) > 1e-12 {
						t.Errorf("DetectWorstCase(%d, %d, %d, %d) = %v, enumeration %v", steps, segLen, count, corrupt, got, worst)
					}
				}
			}
		}
	}
}

// TestDetectMonteCarlo checks the formulas against SelectSegments itself: a cheater corrupts
// steps (at random, or in one segment-aligned run), the selection is drawn from fresh
// randomness, and the fraction of runs in which a sampled segment holds a corrupt step must
// match the formula within 5 standard deviations.
func TestDetectMonteCarlo(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	runs := 6000
	if raceEnabled {
		runs = 400
	}
	for _, c := range []struct{ steps, segLen, count, corrupt int }{
		{1000, 10, 5, 10},
		{997, 10, 7, 30}, // a short last segment
		{10_000, 10, 50, 100},
	} {
		n := Segments(c.steps, c.segLen)
		for _, contiguous := range []bool{false, true} {
			hits := 0
			for i := 0; i < runs; i++ {
				bad := make([]bool, n)
				if contiguous {
					b := (c.corrupt-1)/c.segLen + 1
					s := r.IntN(n - b + 1)
					for j := s; j < s+b; j++ {
						bad[j] = true
					}
				} else {
					taken := map[int]bool{}
					for len(taken) < c.corrupt {
						s := r.IntN(c.steps)
						if !taken[s] {
							taken[s] = true
							bad[s/c.segLen] = true
						}
					}
				}
				sel, err := SelectSegments(randomHash(r), c.steps, c.segLen, c.count)
				if err != nil {
					t.Fatal(err)
				}
				for _, s := range sel {
					if bad[s] {
						hits++
						break
					}
				}
			}
			p := DetectRandom(c.steps, c.segLen, c.count, c.corrupt)
			if contiguous {
				p = DetectWorstCase(c.steps, c.segLen, c.count, c.corrupt)
			}
			got := float64(hits) / float64(runs)
			if sd := math.Sqrt(p * (1 - p) / float64(runs)); math.Abs(got-p) > 5*sd+1e-9 {
				t.Errorf("%+v contiguous=%v: simulated %.4f, formula %.4f (sd %.4f)", c, contiguous, got, p, sd)
			}
		}
	}
}

// TestDetectionFigure prints the detection probabilities at the default sampling rule (run with
// -v): the figure for a cheater corrupting 1% of the steps of a 10,000-step job, and a table.
func TestDetectionFigure(t *testing.T) {
	const steps = 10_000
	s := DefaultSampling
	count := s.Count(steps)
	random, worst := s.Detection(steps, 0.01)
	if random != DetectRandom(steps, s.SegmentLen, count, 100) || worst != DetectWorstCase(steps, s.SegmentLen, count, 100) {
		t.Errorf("Detection(%d, 0.01) = %v, %v: not 100 corrupt steps", steps, random, worst)
	}
	t.Logf("default sampling: %d of %d segments of %d steps (%.1f%% of the steps re-executed)",
		count, Segments(steps, s.SegmentLen), s.SegmentLen, 100*float64(count*s.SegmentLen)/steps)
	t.Logf("cheater corrupting 1%% (100) of %d steps: detected with probability %.6f at random placement, %.6f in the worst case (one contiguous run)", steps, random, worst)
	if random < 0.99 {
		t.Errorf("default sampling detects 1%% random corruption with probability %v < 0.99", random)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\n%-10s", "rate\\bad")
	fracs := []float64{0.001, 0.005, 0.01, 0.05}
	for _, f := range fracs {
		fmt.Fprintf(&b, " %16s", fmt.Sprintf("%.1f%% rnd/worst", 100*f))
	}
	for _, bps := range []int{100, 200, 500, 1000, 2000} {
		count := Sampling{SegmentLen: s.SegmentLen, RateBPS: bps}.Count(steps)
		fmt.Fprintf(&b, "\n%-10s", fmt.Sprintf("%.0f%%", float64(bps)/100))
		for _, f := range fracs {
			c := int(f * steps)
			fmt.Fprintf(&b, " %16s", fmt.Sprintf("%.4f/%.4f", DetectRandom(steps, s.SegmentLen, count, c), DetectWorstCase(steps, s.SegmentLen, count, c)))
		}
	}
	t.Logf("detection probability, %d steps, segments of %d:%s", steps, s.SegmentLen, b.String())
}
